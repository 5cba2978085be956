/*
 * pem.h: PEM labels and constants.
 *
 * Reading certificates and keys, writing certificates.  The password
 * callback type, pem_password_cb, is in types.h.
 */
#ifndef OPENSSL_PEM_H
#define OPENSSL_PEM_H

#include <stdio.h>
#include <openssl/e_os2.h>
#include <openssl/types.h>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Largest password a callback is asked for, in bytes. */
#define PEM_BUFSIZE 1024

/* The labels of "-----BEGIN <label>-----" lines. */
#define PEM_STRING_X509_OLD      "X509 CERTIFICATE"
#define PEM_STRING_X509          "CERTIFICATE"
#define PEM_STRING_X509_TRUSTED  "TRUSTED CERTIFICATE"
#define PEM_STRING_X509_REQ_OLD  "NEW CERTIFICATE REQUEST"
#define PEM_STRING_X509_REQ      "CERTIFICATE REQUEST"
#define PEM_STRING_X509_CRL      "X509 CRL"
#define PEM_STRING_EVP_PKEY      "ANY PRIVATE KEY"
#define PEM_STRING_PUBLIC        "PUBLIC KEY"
#define PEM_STRING_RSA           "RSA PRIVATE KEY"
#define PEM_STRING_RSA_PUBLIC    "RSA PUBLIC KEY"
#define PEM_STRING_DSA           "DSA PRIVATE KEY"
#define PEM_STRING_DSA_PUBLIC    "DSA PUBLIC KEY"
#define PEM_STRING_PKCS7         "PKCS7"
#define PEM_STRING_PKCS7_SIGNED  "PKCS #7 SIGNED DATA"
#define PEM_STRING_PKCS8         "ENCRYPTED PRIVATE KEY"
#define PEM_STRING_PKCS8INF      "PRIVATE KEY"
#define PEM_STRING_DHPARAMS      "DH PARAMETERS"
#define PEM_STRING_DHXPARAMS     "X9.42 DH PARAMETERS"
#define PEM_STRING_SSL_SESSION   "SSL SESSION PARAMETERS"
#define PEM_STRING_DSAPARAMS     "DSA PARAMETERS"
#define PEM_STRING_ECDSA_PUBLIC  "ECDSA PUBLIC KEY"
#define PEM_STRING_ECPARAMETERS  "EC PARAMETERS"
#define PEM_STRING_ECPRIVATEKEY  "EC PRIVATE KEY"
#define PEM_STRING_PARAMETERS    "PARAMETERS"
#define PEM_STRING_CMS           "CMS"
#define PEM_STRING_SM2PRIVATEKEY "SM2 PRIVATE KEY"
#define PEM_STRING_SM2PARAMETERS "SM2 PARAMETERS"

/* Types of PEM message. */
#define PEM_TYPE_ENCRYPTED 10
#define PEM_TYPE_MIC_ONLY  20
#define PEM_TYPE_MIC_CLEAR 30
#define PEM_TYPE_CLEAR     40

/* Reasons reported by the PEM library (ERR_LIB_PEM). */
#define PEM_R_BAD_BASE64_DECODE            100
#define PEM_R_BAD_DECRYPT                  101
#define PEM_R_BAD_END_LINE                 102
#define PEM_R_BAD_IV_CHARS                 103
#define PEM_R_BAD_PASSWORD_READ            104
#define PEM_R_NOT_DEK_INFO                 105
#define PEM_R_NOT_ENCRYPTED                106
#define PEM_R_NOT_PROC_TYPE                107
#define PEM_R_NO_START_LINE                108
#define PEM_R_PROBLEMS_GETTING_PASSWORD    109
#define PEM_R_UNSUPPORTED_PUBLIC_KEY_TYPE  110
#define PEM_R_READ_KEY                     111
#define PEM_R_SHORT_HEADER                 112
#define PEM_R_UNSUPPORTED_CIPHER           113
#define PEM_R_UNSUPPORTED_ENCRYPTION       114
#define PEM_R_ERROR_CONVERTING_PRIVATE_KEY 115
#define PEM_R_BAD_MAGIC_NUMBER             116
#define PEM_R_BAD_VERSION_NUMBER           117
#define PEM_R_BIO_WRITE_FAILURE            118
#define PEM_R_EXPECTING_PRIVATE_KEY_BLOB   119
#define PEM_R_EXPECTING_PUBLIC_KEY_BLOB    120
#define PEM_R_INCONSISTENT_HEADER          121
#define PEM_R_KEYBLOB_HEADER_PARSE_ERROR   122
#define PEM_R_KEYBLOB_TOO_SHORT            123
#define PEM_R_PVK_DATA_TOO_SHORT           124
#define PEM_R_PVK_TOO_SHORT                125
#define PEM_R_UNSUPPORTED_KEY_COMPONENTS   126
#define PEM_R_CIPHER_IS_NULL               127
#define PEM_R_HEADER_TOO_LONG              128
#define PEM_R_MISSING_DEK_IV               129
#define PEM_R_UNEXPECTED_DEK_IV            130
#define PEM_R_EXPECTING_DSS_KEY_BLOB       131
#define PEM_R_EXPECTING_RSA_KEY_BLOB       132

/*
 * Read the next certificate or private key in PEM form from |bp| or |fp|,
 * skipping other PEM blocks and taking nothing after the object's END
 * line.  When |x| is not NULL the object is also stored in |*x| (an object
 * it held is freed).  An encrypted key's password comes from |cb|, or, if
 * |cb| is NULL, |u| is the NUL-terminated password.  NULL when no object is
 * left (PEM_R_NO_START_LINE) or on error.
 */
X509 *PEM_read_bio_X509(BIO *bp, X509 **x, pem_password_cb *cb, void *u);
X509 *PEM_read_X509(FILE *fp, X509 **x, pem_password_cb *cb, void *u);
EVP_PKEY *PEM_read_bio_PrivateKey(BIO *bp, EVP_PKEY **x, pem_password_cb *cb,
    void *u);
EVP_PKEY *PEM_read_PrivateKey(FILE *fp, EVP_PKEY **x, pem_password_cb *cb,
    void *u);

/*
 * Write |x| in PEM form ("-----BEGIN CERTIFICATE-----", base64 in lines
 * of 64 characters, "-----END CERTIFICATE-----") to |bp| or |fp|.  1 on
 * success, 0 on failure.
 */
int PEM_write_bio_X509(BIO *bp, const X509 *x);
int PEM_write_X509(FILE *fp, const X509 *x);

#ifdef __cplusplus
}
#endif

#endif /* OPENSSL_PEM_H */
