/*
 * err.h: the per-thread error queue.
 *
 * Each failing call may push one or more packed error codes onto a queue
 * private to the calling thread.  Codes use the OpenSSL 3 packing:
 *
 *   bit 31      set for a system error, whose errno value is in bits 0..30
 *   bits 23..30 library (ERR_LIB_*)
 *   bits 0..22  reason (a library's *_R_* value or a common ERR_R_* value);
 *               bits 18..22 of the reason carry ERR_RFLAG_* flags
 *
 * No function code is recorded; ERR_GET_FUNC() is always 0.
 */
#ifndef OPENSSL_ERR_H
#define OPENSSL_ERR_H

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <limits.h>
#include <errno.h>
#include <openssl/e_os2.h>
#include <openssl/types.h>
#include <openssl/crypto.h>
#include <openssl/bio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Libraries, as found by ERR_GET_LIB(). */
#define ERR_LIB_NONE         1
#define ERR_LIB_SYS          2
#define ERR_LIB_BN           3
#define ERR_LIB_RSA          4
#define ERR_LIB_DH           5
#define ERR_LIB_EVP          6
#define ERR_LIB_BUF          7
#define ERR_LIB_OBJ          8
#define ERR_LIB_PEM          9
#define ERR_LIB_DSA          10
#define ERR_LIB_X509         11
#define ERR_LIB_ASN1         13
#define ERR_LIB_CONF         14
#define ERR_LIB_CRYPTO       15
#define ERR_LIB_EC           16
#define ERR_LIB_SSL          20
#define ERR_LIB_BIO          32
#define ERR_LIB_PKCS7        33
#define ERR_LIB_X509V3       34
#define ERR_LIB_PKCS12       35
#define ERR_LIB_RAND         36
#define ERR_LIB_DSO          37
#define ERR_LIB_ENGINE       38
#define ERR_LIB_OCSP         39
#define ERR_LIB_UI           40
#define ERR_LIB_COMP         41
#define ERR_LIB_ECDSA        42
#define ERR_LIB_ECDH         43
#define ERR_LIB_OSSL_STORE   44
#define ERR_LIB_FIPS         45
#define ERR_LIB_CMS          46
#define ERR_LIB_TS           47
#define ERR_LIB_HMAC         48
#define ERR_LIB_CT           50
#define ERR_LIB_ASYNC        51
#define ERR_LIB_KDF          52
#define ERR_LIB_SM2          53
#define ERR_LIB_ESS          54
#define ERR_LIB_PROP         55
#define ERR_LIB_CRMF         56
#define ERR_LIB_PROV         57
#define ERR_LIB_CMP          58
#define ERR_LIB_OSSL_ENCODER 59
#define ERR_LIB_OSSL_DECODER 60
#define ERR_LIB_HTTP         61
#define ERR_LIB_USER         128

/* Layout of a packed code. */
#define ERR_SYSTEM_FLAG ((unsigned int)INT_MAX + 1)
#define ERR_SYSTEM_MASK ((unsigned int)INT_MAX)
#define ERR_LIB_OFFSET 23L
#define ERR_LIB_MASK 0xFF
#define ERR_RFLAGS_OFFSET 18L
#define ERR_RFLAGS_MASK 0x1F
#define ERR_REASON_MASK 0x7FFFFF

/* Reason flags, already shifted into place. */
#define ERR_RFLAG_FATAL (0x1 << ERR_RFLAGS_OFFSET)
#define ERR_RFLAG_COMMON (0x2 << ERR_RFLAGS_OFFSET)

/*
 * Decoding.  These are macros, not functions, so that the library exports
 * nothing for them.  Each evaluates |e| once when the compiler has GNU
 * statement expressions (gcc, clang) and more than once otherwise.
 */
#define ERR_SYSTEM_ERROR(e) (((e) & ERR_SYSTEM_FLAG) != 0)
#define ERR_GET_LIB_(x)                                                  \
    (ERR_SYSTEM_ERROR(x) ? (int)ERR_LIB_SYS                               \
                         : (int)(((x) >> ERR_LIB_OFFSET) & ERR_LIB_MASK))
#define ERR_GET_RFLAGS_(x)                                               \
    (ERR_SYSTEM_ERROR(x) ? 0                                              \
                         : (int)((x) & (ERR_RFLAGS_MASK << ERR_RFLAGS_OFFSET)))
#define ERR_GET_REASON_(x)                                               \
    (ERR_SYSTEM_ERROR(x) ? (int)((x) & ERR_SYSTEM_MASK)                   \
                         : (int)((x) & ERR_REASON_MASK))
#if defined(__GNUC__)
# define ERR_GET_LIB(e) \
    __extension__({ unsigned long ossl_err_e_ = (e); ERR_GET_LIB_(ossl_err_e_); })
# define ERR_GET_RFLAGS(e) \
    __extension__({ unsigned long ossl_err_e_ = (e); ERR_GET_RFLAGS_(ossl_err_e_); })
# define ERR_GET_REASON(e) \
    __extension__({ unsigned long ossl_err_e_ = (e); ERR_GET_REASON_(ossl_err_e_); })
#else
# define ERR_GET_LIB(e) ERR_GET_LIB_((unsigned long)(e))
# define ERR_GET_RFLAGS(e) ERR_GET_RFLAGS_((unsigned long)(e))
# define ERR_GET_REASON(e) ERR_GET_REASON_((unsigned long)(e))
#endif
#define ERR_FATAL_ERROR(e) ((ERR_GET_RFLAGS(e) & ERR_RFLAG_FATAL) != 0)
#define ERR_COMMON_ERROR(e) ((ERR_GET_RFLAGS(e) & ERR_RFLAG_COMMON) != 0)

/* Function codes are not recorded; kept so pre-3.0 code builds. */
#define ERR_GET_FUNC(e) 0

/* Packs a library and reason into a code; |func| is ignored. */
#define ERR_PACK(lib, func, reason)                                      \
    ((((unsigned long)(lib) & ERR_LIB_MASK) << ERR_LIB_OFFSET)           \
     | ((unsigned long)(reason) & ERR_REASON_MASK))

/* "The failure came from this library" reasons shared by all libraries. */
#define ERR_R_SYS_LIB          (ERR_LIB_SYS | ERR_RFLAG_COMMON)
#define ERR_R_BN_LIB           (ERR_LIB_BN | ERR_RFLAG_COMMON)
#define ERR_R_RSA_LIB          (ERR_LIB_RSA | ERR_RFLAG_COMMON)
#define ERR_R_DH_LIB           (ERR_LIB_DH | ERR_RFLAG_COMMON)
#define ERR_R_EVP_LIB          (ERR_LIB_EVP | ERR_RFLAG_COMMON)
#define ERR_R_BUF_LIB          (ERR_LIB_BUF | ERR_RFLAG_COMMON)
#define ERR_R_OBJ_LIB          (ERR_LIB_OBJ | ERR_RFLAG_COMMON)
#define ERR_R_PEM_LIB          (ERR_LIB_PEM | ERR_RFLAG_COMMON)
#define ERR_R_DSA_LIB          (ERR_LIB_DSA | ERR_RFLAG_COMMON)
#define ERR_R_X509_LIB         (ERR_LIB_X509 | ERR_RFLAG_COMMON)
#define ERR_R_ASN1_LIB         (ERR_LIB_ASN1 | ERR_RFLAG_COMMON)
#define ERR_R_CONF_LIB         (ERR_LIB_CONF | ERR_RFLAG_COMMON)
#define ERR_R_CRYPTO_LIB       (ERR_LIB_CRYPTO | ERR_RFLAG_COMMON)
#define ERR_R_EC_LIB           (ERR_LIB_EC | ERR_RFLAG_COMMON)
#define ERR_R_SSL_LIB          (ERR_LIB_SSL | ERR_RFLAG_COMMON)
#define ERR_R_BIO_LIB          (ERR_LIB_BIO | ERR_RFLAG_COMMON)
#define ERR_R_PKCS7_LIB        (ERR_LIB_PKCS7 | ERR_RFLAG_COMMON)
#define ERR_R_X509V3_LIB       (ERR_LIB_X509V3 | ERR_RFLAG_COMMON)
#define ERR_R_PKCS12_LIB       (ERR_LIB_PKCS12 | ERR_RFLAG_COMMON)
#define ERR_R_RAND_LIB         (ERR_LIB_RAND | ERR_RFLAG_COMMON)
#define ERR_R_DSO_LIB          (ERR_LIB_DSO | ERR_RFLAG_COMMON)
#define ERR_R_ENGINE_LIB       (ERR_LIB_ENGINE | ERR_RFLAG_COMMON)
#define ERR_R_UI_LIB           (ERR_LIB_UI | ERR_RFLAG_COMMON)
#define ERR_R_ECDSA_LIB        (ERR_LIB_ECDSA | ERR_RFLAG_COMMON)
#define ERR_R_OSSL_STORE_LIB   (ERR_LIB_OSSL_STORE | ERR_RFLAG_COMMON)
#define ERR_R_CMS_LIB          (ERR_LIB_CMS | ERR_RFLAG_COMMON)
#define ERR_R_TS_LIB           (ERR_LIB_TS | ERR_RFLAG_COMMON)
#define ERR_R_CT_LIB           (ERR_LIB_CT | ERR_RFLAG_COMMON)
#define ERR_R_PROV_LIB         (ERR_LIB_PROV | ERR_RFLAG_COMMON)
#define ERR_R_ESS_LIB          (ERR_LIB_ESS | ERR_RFLAG_COMMON)
#define ERR_R_CMP_LIB          (ERR_LIB_CMP | ERR_RFLAG_COMMON)
#define ERR_R_OSSL_ENCODER_LIB (ERR_LIB_OSSL_ENCODER | ERR_RFLAG_COMMON)
#define ERR_R_OSSL_DECODER_LIB (ERR_LIB_OSSL_DECODER | ERR_RFLAG_COMMON)

/* Other reasons shared by all libraries. */
#define ERR_R_FATAL                       (ERR_RFLAG_FATAL | ERR_RFLAG_COMMON)
#define ERR_R_MALLOC_FAILURE              (256 | ERR_R_FATAL)
#define ERR_R_SHOULD_NOT_HAVE_BEEN_CALLED (257 | ERR_R_FATAL)
#define ERR_R_PASSED_NULL_PARAMETER       (258 | ERR_R_FATAL)
#define ERR_R_INTERNAL_ERROR              (259 | ERR_R_FATAL)
#define ERR_R_DISABLED                    (260 | ERR_R_FATAL)
#define ERR_R_INIT_FAIL                   (261 | ERR_R_FATAL)
#define ERR_R_PASSED_INVALID_ARGUMENT     (262 | ERR_RFLAG_COMMON)
#define ERR_R_OPERATION_FAIL              (263 | ERR_R_FATAL)
#define ERR_R_INVALID_PROVIDER_FUNCTIONS  (264 | ERR_R_FATAL)
#define ERR_R_INTERRUPTED_OR_CANCELLED    (265 | ERR_RFLAG_COMMON)
#define ERR_R_NESTED_ASN1_ERROR           (266 | ERR_RFLAG_COMMON)
#define ERR_R_MISSING_ASN1_EOS            (267 | ERR_RFLAG_COMMON)
#define ERR_R_UNSUPPORTED                 (268 | ERR_RFLAG_COMMON)
#define ERR_R_FETCH_FAILED                (269 | ERR_RFLAG_COMMON)
#define ERR_R_INVALID_PROPERTY_DEFINITION (270 | ERR_RFLAG_COMMON)
#define ERR_R_UNABLE_TO_GET_READ_LOCK     (271 | ERR_R_FATAL)
#define ERR_R_UNABLE_TO_GET_WRITE_LOCK    (272 | ERR_R_FATAL)

/* Flags describing error data. */
#define ERR_TXT_MALLOCED 0x01
#define ERR_TXT_STRING 0x02

/* Longest error data string, in bytes. */
#define ERR_MAX_DATA_SIZE 1024

/* Error strings are never unloaded now; this is a no-op statement. */
#define ERR_free_strings() while (0) continue

/*
 * ERR_get_error removes the oldest code from the calling thread's queue and
 * returns it, or returns 0 if the queue is empty.
 */
unsigned long ERR_get_error(void);

/* ERR_peek_error returns the oldest queued code without removing it, or 0. */
unsigned long ERR_peek_error(void);

/*
 * ERR_peek_last_error returns the newest queued code without removing it,
 * or 0.
 */
unsigned long ERR_peek_last_error(void);

/* ERR_clear_error empties the calling thread's queue. */
void ERR_clear_error(void);

/*
 * ERR_error_string writes a one-line description of |e|,
 * "error:<code>:<library>:<function>:<reason>", into |buf| and returns
 * |buf|.  |buf| must hold at least 256 bytes.  If |buf| is NULL a static
 * buffer is used, which is not safe across threads.
 */
char *ERR_error_string(unsigned long e, char *buf);

/*
 * ERR_error_string_n is ERR_error_string writing at most |len| bytes,
 * including the terminating NUL.
 */
void ERR_error_string_n(unsigned long e, char *buf, size_t len);

/* ERR_lib_error_string returns the name of the library of |e|, or NULL. */
const char *ERR_lib_error_string(unsigned long e);

/*
 * ERR_func_error_string returns NULL: codes carry no function.  Kept for
 * old callers.
 */
const char *ERR_func_error_string(unsigned long e);

/* ERR_reason_error_string returns the text of the reason of |e|, or NULL. */
const char *ERR_reason_error_string(unsigned long e);

/*
 * ERR_print_errors_fp writes every code in the calling thread's queue to
 * |fp|, one line each, and empties the queue.
 */
void ERR_print_errors_fp(FILE *fp);

/*
 * ERR_load_crypto_strings makes the error strings available.  They are
 * loaded on demand anyway; kept for old callers.
 */
void ERR_load_crypto_strings(void);

#ifdef __cplusplus
}
#endif

#endif /* OPENSSL_ERR_H */
