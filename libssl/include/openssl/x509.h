/*
 * x509.h: certificate types and constants.
 *
 * Inspecting certificates: names, serial number, validity, encodings,
 * public key, and stacks of certificates (STACK_OF(X509)).
 */
#ifndef OPENSSL_X509_H
#define OPENSSL_X509_H

#include <openssl/e_os2.h>
#include <openssl/types.h>
#include <openssl/safestack.h>
#include <openssl/crypto.h>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/asn1.h>
#include <openssl/objects.h>
#include <openssl/x509_vfy.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Encodings of certificate and key files. */
#define X509_FILETYPE_PEM 1
#define X509_FILETYPE_ASN1 2
#define X509_FILETYPE_DEFAULT 3

/* keyUsage bits, as returned by X509_get_key_usage(). */
#define X509v3_KU_DIGITAL_SIGNATURE 0x0080
#define X509v3_KU_NON_REPUDIATION   0x0040
#define X509v3_KU_KEY_ENCIPHERMENT  0x0020
#define X509v3_KU_DATA_ENCIPHERMENT 0x0010
#define X509v3_KU_KEY_AGREEMENT     0x0008
#define X509v3_KU_KEY_CERT_SIGN     0x0004
#define X509v3_KU_CRL_SIGN          0x0002
#define X509v3_KU_ENCIPHER_ONLY     0x0001
#define X509v3_KU_DECIPHER_ONLY     0x8000
#define X509v3_KU_UNDEF             0xffff

/* Version numbers as stored (one less than the version name). */
#define X509_VERSION_1     0
#define X509_VERSION_2     1
#define X509_VERSION_3     2
#define X509_REQ_VERSION_1 0
#define X509_CRL_VERSION_1 0
#define X509_CRL_VERSION_2 1

/* Flags for printing a certificate. */
#define X509_FLAG_COMPAT              0
#define X509_FLAG_NO_HEADER           1L
#define X509_FLAG_NO_VERSION          (1L << 1)
#define X509_FLAG_NO_SERIAL           (1L << 2)
#define X509_FLAG_NO_SIGNAME          (1L << 3)
#define X509_FLAG_NO_ISSUER           (1L << 4)
#define X509_FLAG_NO_VALIDITY         (1L << 5)
#define X509_FLAG_NO_SUBJECT          (1L << 6)
#define X509_FLAG_NO_PUBKEY           (1L << 7)
#define X509_FLAG_NO_EXTENSIONS       (1L << 8)
#define X509_FLAG_NO_SIGDUMP          (1L << 9)
#define X509_FLAG_NO_AUX              (1L << 10)
#define X509_FLAG_NO_ATTRIBUTES       (1L << 11)
#define X509_FLAG_NO_IDS              (1L << 12)
#define X509_FLAG_EXTENSIONS_ONLY_KID (1L << 13)

/* String escaping flags, used by the name printing flags below. */
#define ASN1_STRFLGS_ESC_2253     1
#define ASN1_STRFLGS_ESC_CTRL     2
#define ASN1_STRFLGS_ESC_MSB      4
#define ASN1_STRFLGS_ESC_QUOTE    8
#define ASN1_STRFLGS_UTF8_CONVERT 0x10
#define ASN1_STRFLGS_IGNORE_TYPE  0x20
#define ASN1_STRFLGS_SHOW_TYPE    0x40
#define ASN1_STRFLGS_DUMP_ALL     0x80
#define ASN1_STRFLGS_DUMP_UNKNOWN 0x100
#define ASN1_STRFLGS_DUMP_DER     0x200
#define ASN1_STRFLGS_ESC_2254     0x400
#define ASN1_STRFLGS_RFC2253                                            \
    (ASN1_STRFLGS_ESC_2253 | ASN1_STRFLGS_ESC_CTRL | ASN1_STRFLGS_ESC_MSB \
     | ASN1_STRFLGS_UTF8_CONVERT | ASN1_STRFLGS_DUMP_UNKNOWN            \
     | ASN1_STRFLGS_DUMP_DER)

/* Flags for printing a name. */
#define XN_FLAG_SEP_MASK            (0xf << 16)
#define XN_FLAG_COMPAT              0
#define XN_FLAG_SEP_COMMA_PLUS      (1 << 16)
#define XN_FLAG_SEP_CPLUS_SPC       (2 << 16)
#define XN_FLAG_SEP_SPLUS_SPC       (3 << 16)
#define XN_FLAG_SEP_MULTILINE       (4 << 16)
#define XN_FLAG_DN_REV              (1 << 20)
#define XN_FLAG_FN_MASK             (0x3 << 21)
#define XN_FLAG_FN_SN               0
#define XN_FLAG_FN_LN               (1 << 21)
#define XN_FLAG_FN_OID              (2 << 21)
#define XN_FLAG_FN_NONE             (3 << 21)
#define XN_FLAG_SPC_EQ              (1 << 23)
#define XN_FLAG_DUMP_UNKNOWN_FIELDS (1 << 24)
#define XN_FLAG_FN_ALIGN            (1 << 25)
#define XN_FLAG_RFC2253                                                 \
    (ASN1_STRFLGS_RFC2253 | XN_FLAG_SEP_COMMA_PLUS | XN_FLAG_DN_REV     \
     | XN_FLAG_FN_SN | XN_FLAG_DUMP_UNKNOWN_FIELDS)
#define XN_FLAG_ONELINE                                                 \
    (ASN1_STRFLGS_RFC2253 | ASN1_STRFLGS_ESC_QUOTE | XN_FLAG_SEP_CPLUS_SPC \
     | XN_FLAG_SPC_EQ | XN_FLAG_FN_SN)
#define XN_FLAG_MULTILINE                                               \
    (ASN1_STRFLGS_ESC_CTRL | ASN1_STRFLGS_ESC_MSB | XN_FLAG_SEP_MULTILINE \
     | XN_FLAG_SPC_EQ | XN_FLAG_FN_LN | XN_FLAG_FN_ALIGN)

/* Signature information flags. */
#define X509_SIG_INFO_VALID 0x1
#define X509_SIG_INFO_TLS 0x2

/* Flags for adding certificates to a stack. */
#define X509_ADD_FLAG_DEFAULT 0
#define X509_ADD_FLAG_UP_REF  0x1
#define X509_ADD_FLAG_PREPEND 0x2
#define X509_ADD_FLAG_NO_DUP  0x4
#define X509_ADD_FLAG_NO_SS   0x8

/* Reasons reported by the X509 library (ERR_LIB_X509). */
#define X509_R_BAD_X509_FILETYPE                  100
#define X509_R_CERT_ALREADY_IN_HASH_TABLE         101
#define X509_R_LOADING_CERT_DIR                   103
#define X509_R_LOADING_DEFAULTS                   104
#define X509_R_NO_CERT_SET_FOR_US_TO_VERIFY       105
#define X509_R_SHOULD_RETRY                       106
#define X509_R_UNABLE_TO_FIND_PARAMETERS_IN_CHAIN 107
#define X509_R_UNABLE_TO_GET_CERTS_PUBLIC_KEY     108
#define X509_R_UNKNOWN_NID                        109
#define X509_R_AKID_MISMATCH                      110
#define X509_R_UNSUPPORTED_ALGORITHM              111
#define X509_R_WRONG_LOOKUP_TYPE                  112
#define X509_R_INVALID_DIRECTORY                  113
#define X509_R_CANT_CHECK_DH_KEY                  114
#define X509_R_KEY_TYPE_MISMATCH                  115
#define X509_R_KEY_VALUES_MISMATCH                116
#define X509_R_UNKNOWN_KEY_TYPE                   117
#define X509_R_BASE64_DECODE_ERROR                118
#define X509_R_INVALID_FIELD_NAME                 119
#define X509_R_UNKNOWN_TRUST_ID                   120
#define X509_R_UNKNOWN_PURPOSE_ID                 121
#define X509_R_WRONG_TYPE                         122
#define X509_R_INVALID_TRUST                      123
#define X509_R_METHOD_NOT_SUPPORTED               124
#define X509_R_PUBLIC_KEY_DECODE_ERROR            125
#define X509_R_PUBLIC_KEY_ENCODE_ERROR            126
#define X509_R_CRL_ALREADY_DELTA                  127
#define X509_R_IDP_MISMATCH                       128
#define X509_R_ISSUER_MISMATCH                    129
#define X509_R_NO_CRL_NUMBER                      130
#define X509_R_CRL_VERIFY_FAILURE                 131
#define X509_R_NEWER_CRL_NOT_NEWER                132
#define X509_R_BAD_SELECTOR                       133
#define X509_R_NAME_TOO_LONG                      134
#define X509_R_NO_CERTIFICATE_FOUND               135
#define X509_R_NO_CERTIFICATE_OR_CRL_FOUND        136
#define X509_R_NO_CRL_FOUND                       137
#define X509_R_INVALID_ATTRIBUTES                 138
#define X509_R_CERTIFICATE_VERIFICATION_FAILED    139
#define X509_R_DUPLICATE_ATTRIBUTE                140
#define X509_R_ERROR_GETTING_MD_BY_NID            141
#define X509_R_ERROR_USING_SIGINF_SET             142
#define X509_R_INVALID_DISTPOINT                  143
#define X509_R_UNKNOWN_SIGID_ALGS                 144
#define X509_R_CRL_SIGNATURE_ALGORITHM_MISMATCH   147

/* Reference counting: X509_up_ref adds one (1 on success); X509_free drops one. */
int X509_up_ref(X509 *a);
void X509_free(X509 *a);

/* X509_dup returns a new certificate equal to |x| (freed with X509_free). */
X509 *X509_dup(const X509 *x);

/*
 * The subject and issuer names, serial number and validity times.  The
 * objects belong to |x| and stay valid as long as it does; do not free
 * them.
 */
X509_NAME *X509_get_subject_name(const X509 *x);
X509_NAME *X509_get_issuer_name(const X509 *x);
ASN1_INTEGER *X509_get_serialNumber(X509 *x);
const ASN1_INTEGER *X509_get0_serialNumber(const X509 *x);
const ASN1_TIME *X509_get0_notBefore(const X509 *x);
const ASN1_TIME *X509_get0_notAfter(const X509 *x);

/*
 * The same times for code written for OpenSSL 1.0 and LibreSSL
 * (X509_get_notBefore is a macro for X509_getm_notBefore, as in
 * OpenSSL 3).  They may only be read: there are no setters.
 */
ASN1_TIME *X509_getm_notBefore(const X509 *x);
ASN1_TIME *X509_getm_notAfter(const X509 *x);
#define X509_get_notBefore X509_getm_notBefore
#define X509_get_notAfter X509_getm_notAfter

/*
 * The subject's public key: X509_get_pubkey returns a reference the caller
 * frees with EVP_PKEY_free; X509_get0_pubkey's belongs to |x|.
 */
EVP_PKEY *X509_get_pubkey(X509 *x);
EVP_PKEY *X509_get0_pubkey(const X509 *x);

/*
 * DER encoding.  i2d_X509 returns the length of the encoding of |a| (0
 * for NULL, negative on error); with |out| it also writes the encoding at
 * *out and advances *out past it, or, if *out is NULL, stores a new
 * buffer there (freed with OPENSSL_free).  d2i_X509 decodes one
 * certificate from at most |length| bytes at *in and advances *in past
 * it; with |a|, *a receives the result (a certificate it held is freed,
 * and on failure *a is freed and set to NULL).  NULL on failure.
 */
int i2d_X509(const X509 *a, unsigned char **out);
X509 *d2i_X509(X509 **a, const unsigned char **in, long length);

/*
 * X509_NAME_oneline writes |a| as "/C=DE/O=Example/CN=host" into |buf|
 * (at most |size| bytes with the NUL, whole entries only) and returns
 * |buf|; with |buf| NULL it returns a new string to free with
 * OPENSSL_free.  NULL |a| gives "NO X509_NAME".
 */
char *X509_NAME_oneline(const X509_NAME *a, char *buf, int size);

/*
 * X509_NAME_print_ex writes |nm| to |out| as the XN_FLAG_* and
 * ASN1_STRFLGS_* bits of |flags| ask, after |indent| spaces, and returns
 * the number of characters written, or -1 on error.  With flags 0
 * (XN_FLAG_COMPAT) it writes "C=DE, O=Example, CN=host" and returns 1,
 * or 0 on error.
 */
int X509_NAME_print_ex(BIO *out, const X509_NAME *nm, int indent,
    unsigned long flags);

/*
 * X509_NAME_get_text_by_NID copies the value of the first entry of type
 * |nid| (NID_commonName, ...: obj_mac.h) into |buf| (at most |len| - 1
 * bytes and a NUL) and returns the number of bytes copied; with |buf|
 * NULL, the value's length.  -1 when there is no such entry.
 */
int X509_NAME_get_text_by_NID(X509_NAME *name, int nid, char *buf, int len);

/*
 * STACK_OF(X509), as SSL_get_peer_cert_chain() returns it: typed macros
 * over OPENSSL_sk_* (safestack.h).  A stack of the wrong type is a
 * compile-time diagnostic.
 */
typedef void (*sk_X509_freefunc)(X509 *a);
#define sk_X509_num(sk) \
    OPENSSL_sk_num((const OPENSSL_STACK *)(1 ? (sk) : (const STACK_OF(X509) *)0))
#define sk_X509_value(sk, idx) \
    ((X509 *)OPENSSL_sk_value((const OPENSSL_STACK *)(1 ? (sk) : (const STACK_OF(X509) *)0), (idx)))
#define sk_X509_new_null() ((STACK_OF(X509) *)OPENSSL_sk_new_null())
#define sk_X509_push(sk, ptr) \
    OPENSSL_sk_push((OPENSSL_STACK *)(1 ? (sk) : (STACK_OF(X509) *)0), \
        (const void *)(1 ? (ptr) : (const X509 *)0))
#define sk_X509_free(sk) \
    OPENSSL_sk_free((OPENSSL_STACK *)(1 ? (sk) : (STACK_OF(X509) *)0))
#define sk_X509_pop_free(sk, freefunc) \
    OPENSSL_sk_pop_free((OPENSSL_STACK *)(1 ? (sk) : (STACK_OF(X509) *)0), \
        (OPENSSL_sk_freefunc)(1 ? (freefunc) : (sk_X509_freefunc)0))
/* The text for an X509_V_* verification result (never NULL). */
const char *X509_verify_cert_error_string(long n);

#ifdef __cplusplus
}
#endif

#endif /* OPENSSL_X509_H */
