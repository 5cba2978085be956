/*
 * x509_vfy.h: certificate verification types and constants.
 *
 * X509_V_* are the results of chain verification, as returned by
 * SSL_get_verify_result() and passed to verify callbacks.
 */
#ifndef OPENSSL_X509_VFY_H
#define OPENSSL_X509_VFY_H

#include <stddef.h>
#include <time.h>
#include <openssl/e_os2.h>
#include <openssl/types.h>
#include <openssl/safestack.h>
#include <openssl/crypto.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Verification results. */
#define X509_V_OK                                    0
#define X509_V_ERR_UNSPECIFIED                       1
#define X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT         2
#define X509_V_ERR_UNABLE_TO_GET_CRL                 3
#define X509_V_ERR_UNABLE_TO_DECRYPT_CERT_SIGNATURE  4
#define X509_V_ERR_UNABLE_TO_DECRYPT_CRL_SIGNATURE   5
#define X509_V_ERR_UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY 6
#define X509_V_ERR_CERT_SIGNATURE_FAILURE            7
#define X509_V_ERR_CRL_SIGNATURE_FAILURE             8
#define X509_V_ERR_CERT_NOT_YET_VALID                9
#define X509_V_ERR_CERT_HAS_EXPIRED                  10
#define X509_V_ERR_CRL_NOT_YET_VALID                 11
#define X509_V_ERR_CRL_HAS_EXPIRED                   12
#define X509_V_ERR_ERROR_IN_CERT_NOT_BEFORE_FIELD    13
#define X509_V_ERR_ERROR_IN_CERT_NOT_AFTER_FIELD     14
#define X509_V_ERR_ERROR_IN_CRL_LAST_UPDATE_FIELD    15
#define X509_V_ERR_ERROR_IN_CRL_NEXT_UPDATE_FIELD    16
#define X509_V_ERR_OUT_OF_MEM                        17
#define X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT       18
#define X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN         19
#define X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY 20
#define X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE   21
#define X509_V_ERR_CERT_CHAIN_TOO_LONG               22
#define X509_V_ERR_CERT_REVOKED                      23
#define X509_V_ERR_NO_ISSUER_PUBLIC_KEY              24
#define X509_V_ERR_PATH_LENGTH_EXCEEDED              25
#define X509_V_ERR_INVALID_PURPOSE                   26
#define X509_V_ERR_CERT_UNTRUSTED                    27
#define X509_V_ERR_CERT_REJECTED                     28
#define X509_V_ERR_SUBJECT_ISSUER_MISMATCH           29
#define X509_V_ERR_AKID_SKID_MISMATCH                30
#define X509_V_ERR_AKID_ISSUER_SERIAL_MISMATCH       31
#define X509_V_ERR_KEYUSAGE_NO_CERTSIGN              32
#define X509_V_ERR_UNABLE_TO_GET_CRL_ISSUER          33
#define X509_V_ERR_UNHANDLED_CRITICAL_EXTENSION      34
#define X509_V_ERR_KEYUSAGE_NO_CRL_SIGN              35
#define X509_V_ERR_UNHANDLED_CRITICAL_CRL_EXTENSION  36
#define X509_V_ERR_INVALID_NON_CA                    37
#define X509_V_ERR_PROXY_PATH_LENGTH_EXCEEDED        38
#define X509_V_ERR_KEYUSAGE_NO_DIGITAL_SIGNATURE     39
#define X509_V_ERR_PROXY_CERTIFICATES_NOT_ALLOWED    40
#define X509_V_ERR_INVALID_EXTENSION                 41
#define X509_V_ERR_INVALID_POLICY_EXTENSION          42
#define X509_V_ERR_NO_EXPLICIT_POLICY                43
#define X509_V_ERR_DIFFERENT_CRL_SCOPE               44
#define X509_V_ERR_UNSUPPORTED_EXTENSION_FEATURE     45
#define X509_V_ERR_UNNESTED_RESOURCE                 46
#define X509_V_ERR_PERMITTED_VIOLATION               47
#define X509_V_ERR_EXCLUDED_VIOLATION                48
#define X509_V_ERR_SUBTREE_MINMAX                    49
#define X509_V_ERR_APPLICATION_VERIFICATION          50
#define X509_V_ERR_UNSUPPORTED_CONSTRAINT_TYPE       51
#define X509_V_ERR_UNSUPPORTED_CONSTRAINT_SYNTAX     52
#define X509_V_ERR_UNSUPPORTED_NAME_SYNTAX           53
#define X509_V_ERR_CRL_PATH_VALIDATION_ERROR         54
#define X509_V_ERR_PATH_LOOP                         55
#define X509_V_ERR_SUITE_B_INVALID_VERSION           56
#define X509_V_ERR_SUITE_B_INVALID_ALGORITHM         57
#define X509_V_ERR_SUITE_B_INVALID_CURVE             58
#define X509_V_ERR_SUITE_B_INVALID_SIGNATURE_ALGORITHM 59
#define X509_V_ERR_SUITE_B_LOS_NOT_ALLOWED           60
#define X509_V_ERR_SUITE_B_CANNOT_SIGN_P_384_WITH_P_256 61
#define X509_V_ERR_HOSTNAME_MISMATCH                 62
#define X509_V_ERR_EMAIL_MISMATCH                    63
#define X509_V_ERR_IP_ADDRESS_MISMATCH               64
#define X509_V_ERR_DANE_NO_MATCH                     65
#define X509_V_ERR_EE_KEY_TOO_SMALL                  66
#define X509_V_ERR_CA_KEY_TOO_SMALL                  67
#define X509_V_ERR_CA_MD_TOO_WEAK                    68
#define X509_V_ERR_INVALID_CALL                      69
#define X509_V_ERR_STORE_LOOKUP                      70
#define X509_V_ERR_NO_VALID_SCTS                     71
#define X509_V_ERR_PROXY_SUBJECT_NAME_VIOLATION      72
#define X509_V_ERR_OCSP_VERIFY_NEEDED                73
#define X509_V_ERR_OCSP_VERIFY_FAILED                74
#define X509_V_ERR_OCSP_CERT_UNKNOWN                 75
#define X509_V_ERR_UNSUPPORTED_SIGNATURE_ALGORITHM   76
#define X509_V_ERR_SIGNATURE_ALGORITHM_MISMATCH      77
#define X509_V_ERR_SIGNATURE_ALGORITHM_INCONSISTENCY 78
#define X509_V_ERR_INVALID_CA                        79
#define X509_V_ERR_PATHLEN_INVALID_FOR_NON_CA        80
#define X509_V_ERR_PATHLEN_WITHOUT_KU_KEY_CERT_SIGN  81
#define X509_V_ERR_KU_KEY_CERT_SIGN_INVALID_FOR_NON_CA 82
#define X509_V_ERR_ISSUER_NAME_EMPTY                 83
#define X509_V_ERR_SUBJECT_NAME_EMPTY                84
#define X509_V_ERR_MISSING_AUTHORITY_KEY_IDENTIFIER  85
#define X509_V_ERR_MISSING_SUBJECT_KEY_IDENTIFIER    86
#define X509_V_ERR_EMPTY_SUBJECT_ALT_NAME            87
#define X509_V_ERR_EMPTY_SUBJECT_SAN_NOT_CRITICAL    88
#define X509_V_ERR_CA_BCONS_NOT_CRITICAL             89
#define X509_V_ERR_AUTHORITY_KEY_IDENTIFIER_CRITICAL 90
#define X509_V_ERR_SUBJECT_KEY_IDENTIFIER_CRITICAL   91
#define X509_V_ERR_CA_CERT_MISSING_KEY_USAGE         92
#define X509_V_ERR_EXTENSIONS_REQUIRE_VERSION_3      93
#define X509_V_ERR_EC_KEY_EXPLICIT_PARAMS            94

/* Verification flags (X509_VERIFY_PARAM_set_flags()). */
#define X509_V_FLAG_CB_ISSUER_CHECK      0x0
#define X509_V_FLAG_USE_CHECK_TIME       0x2
#define X509_V_FLAG_CRL_CHECK            0x4
#define X509_V_FLAG_CRL_CHECK_ALL        0x8
#define X509_V_FLAG_IGNORE_CRITICAL      0x10
#define X509_V_FLAG_X509_STRICT          0x20
#define X509_V_FLAG_ALLOW_PROXY_CERTS    0x40
#define X509_V_FLAG_POLICY_CHECK         0x80
#define X509_V_FLAG_EXPLICIT_POLICY      0x100
#define X509_V_FLAG_INHIBIT_ANY          0x200
#define X509_V_FLAG_INHIBIT_MAP          0x400
#define X509_V_FLAG_NOTIFY_POLICY        0x800
#define X509_V_FLAG_EXTENDED_CRL_SUPPORT 0x1000
#define X509_V_FLAG_USE_DELTAS           0x2000
#define X509_V_FLAG_CHECK_SS_SIGNATURE   0x4000
#define X509_V_FLAG_TRUSTED_FIRST        0x8000
#define X509_V_FLAG_SUITEB_128_LOS_ONLY  0x10000
#define X509_V_FLAG_SUITEB_192_LOS       0x20000
#define X509_V_FLAG_SUITEB_128_LOS       0x30000
#define X509_V_FLAG_PARTIAL_CHAIN        0x80000
#define X509_V_FLAG_NO_ALT_CHAINS        0x100000
#define X509_V_FLAG_NO_CHECK_TIME        0x200000
#define X509_V_FLAG_POLICY_MASK                                         \
    (X509_V_FLAG_POLICY_CHECK | X509_V_FLAG_EXPLICIT_POLICY             \
     | X509_V_FLAG_INHIBIT_ANY | X509_V_FLAG_INHIBIT_MAP)

/* How verification parameters are inherited. */
#define X509_VP_FLAG_DEFAULT     0x1
#define X509_VP_FLAG_OVERWRITE   0x2
#define X509_VP_FLAG_RESET_FLAGS 0x4
#define X509_VP_FLAG_LOCKED      0x8
#define X509_VP_FLAG_ONCE        0x10

/* Trust settings. */
#define X509_TRUST_DEFAULT      0
#define X509_TRUST_COMPAT       1
#define X509_TRUST_SSL_CLIENT   2
#define X509_TRUST_SSL_SERVER   3
#define X509_TRUST_EMAIL        4
#define X509_TRUST_OBJECT_SIGN  5
#define X509_TRUST_OCSP_SIGN    6
#define X509_TRUST_OCSP_REQUEST 7
#define X509_TRUST_TSA          8
#define X509_TRUST_MIN          1
#define X509_TRUST_MAX          8
#define X509_TRUST_DYNAMIC      (1U << 0)
#define X509_TRUST_DYNAMIC_NAME (1U << 1)
#define X509_TRUST_NO_SS_COMPAT (1U << 2)
#define X509_TRUST_DO_SS_COMPAT (1U << 3)
#define X509_TRUST_OK_ANY_EKU   (1U << 4)
#define X509_TRUST_TRUSTED      1
#define X509_TRUST_REJECTED     2
#define X509_TRUST_UNTRUSTED    3

/* Lookup results and commands. */
#define X509_LU_RETRY -1
#define X509_LU_FAIL 0
#define X509_L_FILE_LOAD  1
#define X509_L_ADD_DIR    2
#define X509_L_ADD_STORE  3
#define X509_L_LOAD_STORE 4

/* Policy tree results. */
#define X509_PCY_TREE_FAILURE  -2
#define X509_PCY_TREE_INVALID  -1
#define X509_PCY_TREE_INTERNAL 0
#define X509_PCY_TREE_VALID    1
#define X509_PCY_TREE_EMPTY    2
#define X509_PCY_TREE_EXPLICIT 4

/* DANE flags. */
#define DANE_FLAG_NO_DANE_EE_NAMECHECKS (1L << 0)

/*
 * Verification callback: called for each step with |ok| the verdict so far
 * and |ctx| the verification state; returns the verdict to continue with.
 */
typedef int (*X509_STORE_CTX_verify_cb)(int ok, X509_STORE_CTX *ctx);

/*
 * Trusted certificate stores.  A store is reference counted; an SSL_CTX
 * has one (SSL_CTX_get_cert_store()).  Files are PEM; a path is a
 * directory of certificates named by subject hash (`openssl rehash`),
 * each name's files read when a verification first looks the name up.  X509_STORE_set_flags() adds X509_V_FLAG_*
 * bits used by every verification against the store.
 */
X509_STORE *X509_STORE_new(void);
void X509_STORE_free(X509_STORE *v);
int X509_STORE_up_ref(X509_STORE *v);
int X509_STORE_add_cert(X509_STORE *ctx, X509 *x);
int X509_STORE_load_file(X509_STORE *ctx, const char *file);
int X509_STORE_load_path(X509_STORE *ctx, const char *path);
int X509_STORE_load_locations(X509_STORE *ctx, const char *file, const char *dir);
int X509_STORE_set_default_paths(X509_STORE *ctx);
int X509_STORE_set_flags(X509_STORE *ctx, unsigned long flags);

/*
 * Verification parameters: an SSL's (SSL_get0_param()) or a context's
 * (SSL_CTX_get0_param()), owned by that object.  Host names are
 * alternatives (any one matching passes); namelen 0 means strlen(name).
 * An address is 4 or 16 bytes.  The depth counts intermediate CAs (-1:
 * unset, meaning 100).  set_time checks validity at |t| instead of now.
 * Purposes: X509_PURPOSE_SSL_CLIENT, X509_PURPOSE_SSL_SERVER,
 * X509_PURPOSE_ANY.
 */
int X509_VERIFY_PARAM_set1_host(X509_VERIFY_PARAM *param, const char *name, size_t namelen);
int X509_VERIFY_PARAM_add1_host(X509_VERIFY_PARAM *param, const char *name, size_t namelen);
void X509_VERIFY_PARAM_set_hostflags(X509_VERIFY_PARAM *param, unsigned int flags);
unsigned int X509_VERIFY_PARAM_get_hostflags(const X509_VERIFY_PARAM *param);
char *X509_VERIFY_PARAM_get0_peername(const X509_VERIFY_PARAM *param);
int X509_VERIFY_PARAM_set1_ip(X509_VERIFY_PARAM *param, const unsigned char *ip, size_t iplen);
int X509_VERIFY_PARAM_set1_ip_asc(X509_VERIFY_PARAM *param, const char *ipasc);
void X509_VERIFY_PARAM_set_depth(X509_VERIFY_PARAM *param, int depth);
int X509_VERIFY_PARAM_get_depth(const X509_VERIFY_PARAM *param);
int X509_VERIFY_PARAM_set_flags(X509_VERIFY_PARAM *param, unsigned long flags);
int X509_VERIFY_PARAM_clear_flags(X509_VERIFY_PARAM *param, unsigned long flags);
unsigned long X509_VERIFY_PARAM_get_flags(const X509_VERIFY_PARAM *param);
void X509_VERIFY_PARAM_set_time(X509_VERIFY_PARAM *param, time_t t);
int X509_VERIFY_PARAM_set_purpose(X509_VERIFY_PARAM *param, int purpose);

/*
 * What a verify callback may ask of its X509_STORE_CTX: the X509_V_* error
 * found (X509_V_OK when the call reports a depth that passed), its depth
 * (0 is the peer's certificate), the certificate at that depth (owned by
 * the context), and application data; SSL_get_ex_data_X509_STORE_CTX_idx()
 * is the slot holding the SSL being verified.
 */
int X509_STORE_CTX_get_error(const X509_STORE_CTX *ctx);
void X509_STORE_CTX_set_error(X509_STORE_CTX *ctx, int s);
int X509_STORE_CTX_get_error_depth(const X509_STORE_CTX *ctx);
X509 *X509_STORE_CTX_get_current_cert(const X509_STORE_CTX *ctx);
int X509_STORE_CTX_set_ex_data(X509_STORE_CTX *ctx, int idx, void *data);
void *X509_STORE_CTX_get_ex_data(const X509_STORE_CTX *ctx, int idx);

/*
 * Verification without a connection: X509_STORE_CTX_init() sets a context
 * up with a store (NULL: nothing trusted), the certificate to verify and
 * untrusted intermediates (NULL: none); X509_verify_cert() runs the same
 * verification as a handshake and returns 1 (verified), 0 (not), or -1
 * (no certificate, context already used, NULL).  The chain it built is
 * the context's (get0) or the caller's (get1: free with
 * sk_X509_pop_free(chain, X509_free)).  set0_param hands a parameter set
 * made by X509_VERIFY_PARAM_new() over to the context.
 */
X509_STORE_CTX *X509_STORE_CTX_new(void);
void X509_STORE_CTX_free(X509_STORE_CTX *ctx);
int X509_STORE_CTX_init(X509_STORE_CTX *ctx, X509_STORE *trust_store,
                        X509 *target, STACK_OF(X509) *untrusted);
void X509_STORE_CTX_cleanup(X509_STORE_CTX *ctx);
int X509_verify_cert(X509_STORE_CTX *ctx);
void X509_STORE_CTX_set_verify_cb(X509_STORE_CTX *ctx,
                                  X509_STORE_CTX_verify_cb verify);
X509_VERIFY_PARAM *X509_STORE_CTX_get0_param(const X509_STORE_CTX *ctx);
void X509_STORE_CTX_set0_param(X509_STORE_CTX *ctx, X509_VERIFY_PARAM *param);
STACK_OF(X509) *X509_STORE_CTX_get0_chain(const X509_STORE_CTX *ctx);
STACK_OF(X509) *X509_STORE_CTX_get1_chain(const X509_STORE_CTX *ctx);
X509_VERIFY_PARAM *X509_VERIFY_PARAM_new(void);
void X509_VERIFY_PARAM_free(X509_VERIFY_PARAM *param);

#ifdef __cplusplus
}
#endif

#endif /* OPENSSL_X509_VFY_H */
