/*
 * evp.h: key and algorithm types and constants.
 *
 * No EVP functions are exported yet; this header holds the sizes and key
 * type numbers that TLS code refers to, and the old "add all algorithms"
 * initialisation calls, which map onto OPENSSL_init_crypto().
 */
#ifndef OPENSSL_EVP_H
#define OPENSSL_EVP_H

#include <openssl/e_os2.h>
#include <openssl/types.h>
#include <openssl/crypto.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Largest digest, key, IV and block sizes, in bytes. */
#define EVP_MAX_MD_SIZE 64
#define EVP_MAX_KEY_LENGTH 64
#define EVP_MAX_IV_LENGTH 16
#define EVP_MAX_BLOCK_LENGTH 32

/* Key types, as returned by EVP_PKEY_get_id(); the values are NIDs. */
#define EVP_PKEY_NONE 0
#define EVP_PKEY_RSA 6
#define EVP_PKEY_RSA2 19
#define EVP_PKEY_RSA_PSS 912
#define EVP_PKEY_DSA 116
#define EVP_PKEY_DSA1 67
#define EVP_PKEY_DSA2 66
#define EVP_PKEY_DSA3 113
#define EVP_PKEY_DSA4 70
#define EVP_PKEY_DH 28
#define EVP_PKEY_DHX 920
#define EVP_PKEY_EC 408
#define EVP_PKEY_SM2 1172
#define EVP_PKEY_HMAC 855
#define EVP_PKEY_CMAC 894
#define EVP_PKEY_SCRYPT 973
#define EVP_PKEY_TLS1_PRF 1021
#define EVP_PKEY_HKDF 1036
#define EVP_PKEY_POLY1305 1061
#define EVP_PKEY_SIPHASH 1062
#define EVP_PKEY_X25519 1034
#define EVP_PKEY_ED25519 1087
#define EVP_PKEY_X448 1035
#define EVP_PKEY_ED448 1088
#define EVP_PKEY_KEYMGMT -1

/* Key usage classes (EVP_PK_*), uses (EVP_PKT_*) and signers (EVP_PKS_*). */
#define EVP_PK_RSA   0x0001
#define EVP_PK_DSA   0x0002
#define EVP_PK_DH    0x0004
#define EVP_PK_EC    0x0008
#define EVP_PKT_SIGN 0x0010
#define EVP_PKT_ENC  0x0020
#define EVP_PKT_EXCH 0x0040
#define EVP_PKS_RSA  0x0100
#define EVP_PKS_DSA  0x0200
#define EVP_PKS_EC   0x0400

/* All algorithms are always available; these only run initialisation. */
#define OPENSSL_add_all_algorithms_conf()                                 \
    OPENSSL_init_crypto(OPENSSL_INIT_ADD_ALL_CIPHERS                      \
                        | OPENSSL_INIT_ADD_ALL_DIGESTS                    \
                        | OPENSSL_INIT_LOAD_CONFIG, NULL)
#define OPENSSL_add_all_algorithms_noconf()                               \
    OPENSSL_init_crypto(OPENSSL_INIT_ADD_ALL_CIPHERS                      \
                        | OPENSSL_INIT_ADD_ALL_DIGESTS, NULL)
#ifdef OPENSSL_LOAD_CONF
# define OpenSSL_add_all_algorithms() OPENSSL_add_all_algorithms_conf()
#else
# define OpenSSL_add_all_algorithms() OPENSSL_add_all_algorithms_noconf()
#endif
#define OpenSSL_add_all_ciphers() \
    OPENSSL_init_crypto(OPENSSL_INIT_ADD_ALL_CIPHERS, NULL)
#define OpenSSL_add_all_digests() \
    OPENSSL_init_crypto(OPENSSL_INIT_ADD_ALL_DIGESTS, NULL)

/* Nothing needs cleaning up any more; this is a no-op statement. */
#define EVP_cleanup() while (0) continue

/*
 * The key's type (EVP_PKEY_RSA, EVP_PKEY_EC, EVP_PKEY_ED25519, ...; 0 if
 * unknown) and size in bits.  EVP_PKEY_id and EVP_PKEY_bits are the older
 * names of the same functions.
 */
int EVP_PKEY_get_id(const EVP_PKEY *pkey);
int EVP_PKEY_get_bits(const EVP_PKEY *pkey);
int EVP_PKEY_id(const EVP_PKEY *pkey);
int EVP_PKEY_bits(const EVP_PKEY *pkey);

/* Reference counting: EVP_PKEY_up_ref adds one (1 on success); EVP_PKEY_free drops one. */
int EVP_PKEY_up_ref(EVP_PKEY *pkey);
void EVP_PKEY_free(EVP_PKEY *pkey);

#ifdef __cplusplus
}
#endif

#endif /* OPENSSL_EVP_H */
