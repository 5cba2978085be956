/*
 * types.h: the opaque object types shared by all libssl-cs headers.
 *
 * Every object is handled through a pointer and its layout is private.  The
 * structure tags match OpenSSL's, so code that forward-declares, say,
 * "struct ssl_st" keeps compiling.
 */
#ifndef OPENSSL_TYPES_H
#define OPENSSL_TYPES_H

#include <openssl/e_os2.h>
#include <openssl/safestack.h>

#ifdef __cplusplus
extern "C" {
#endif

/* libssl objects. */
typedef struct ssl_st SSL;
typedef struct ssl_ctx_st SSL_CTX;
typedef struct ssl_method_st SSL_METHOD;
typedef struct ssl_cipher_st SSL_CIPHER;
typedef struct ssl_session_st SSL_SESSION;
typedef struct ssl_comp_st SSL_COMP;

/* Byte pipes. */
typedef struct bio_st BIO;
typedef struct bio_method_st BIO_METHOD;

/* Certificates, names, stores and verification. */
typedef struct x509_st X509;
typedef struct X509_crl_st X509_CRL;
typedef struct X509_name_st X509_NAME;
typedef struct X509_name_entry_st X509_NAME_ENTRY;
typedef struct X509_pubkey_st X509_PUBKEY;
typedef struct X509_algor_st X509_ALGOR;
typedef struct x509_store_st X509_STORE;
typedef struct x509_store_ctx_st X509_STORE_CTX;
typedef struct x509_object_st X509_OBJECT;
typedef struct x509_lookup_st X509_LOOKUP;
typedef struct x509_lookup_method_st X509_LOOKUP_METHOD;
typedef struct X509_VERIFY_PARAM_st X509_VERIFY_PARAM;

/* ASN.1 values that certificate accessors hand out. */
typedef struct asn1_string_st ASN1_STRING;
typedef struct asn1_string_st ASN1_INTEGER;
typedef struct asn1_string_st ASN1_BIT_STRING;
typedef struct asn1_string_st ASN1_OCTET_STRING;
typedef struct asn1_string_st ASN1_IA5STRING;
typedef struct asn1_string_st ASN1_UTF8STRING;
typedef struct asn1_string_st ASN1_TIME;
typedef struct asn1_object_st ASN1_OBJECT;

/* Keys and algorithms. */
typedef struct evp_pkey_st EVP_PKEY;
typedef struct evp_pkey_ctx_st EVP_PKEY_CTX;
typedef struct evp_md_st EVP_MD;
typedef struct evp_md_ctx_st EVP_MD_CTX;
typedef struct evp_cipher_st EVP_CIPHER;
typedef struct evp_cipher_ctx_st EVP_CIPHER_CTX;
typedef struct dh_st DH;
typedef struct engine_st ENGINE;

/* Library-wide state. */
typedef struct ossl_init_settings_st OPENSSL_INIT_SETTINGS;
typedef struct ossl_lib_ctx_st OSSL_LIB_CTX;
typedef struct crypto_ex_data_st CRYPTO_EX_DATA;
typedef struct buf_mem_st BUF_MEM;

/* Stacks that the SSL and X509 interfaces pass around. */
STACK_OF(X509);
STACK_OF(X509_CRL);
STACK_OF(X509_NAME);
STACK_OF(X509_OBJECT);
STACK_OF(SSL_CIPHER);

/*
 * Password callback for encrypted PEM keys: write at most |size| bytes of
 * password into |buf| and return its length, or 0 (or less) to give up.
 * |rwflag| is 1 when encrypting, 0 when decrypting.
 */
typedef int pem_password_cb(char *buf, int size, int rwflag, void *userdata);

#ifdef __cplusplus
}
#endif

#endif /* OPENSSL_TYPES_H */
