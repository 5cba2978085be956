/*
 * crypto.h: libcrypto initialisation and version information.
 */
#ifndef OPENSSL_CRYPTO_H
#define OPENSSL_CRYPTO_H

#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <openssl/e_os2.h>
#include <openssl/types.h>
#include <openssl/opensslv.h>
#include <openssl/safestack.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Selectors for OpenSSL_version(). */
#define OPENSSL_VERSION             0
#define OPENSSL_CFLAGS              1
#define OPENSSL_BUILT_ON            2
#define OPENSSL_PLATFORM            3
#define OPENSSL_DIR                 4
#define OPENSSL_ENGINES_DIR         5
#define OPENSSL_VERSION_STRING      6
#define OPENSSL_FULL_VERSION_STRING 7
#define OPENSSL_MODULES_DIR         8
#define OPENSSL_CPU_INFO            9

/* SSLeay-era names of the same. */
#define SSLeay OpenSSL_version_num
#define SSLeay_version OpenSSL_version
#define SSLEAY_VERSION_NUMBER OPENSSL_VERSION_NUMBER
#define SSLEAY_VERSION OPENSSL_VERSION
#define SSLEAY_CFLAGS OPENSSL_CFLAGS
#define SSLEAY_BUILT_ON OPENSSL_BUILT_ON
#define SSLEAY_PLATFORM OPENSSL_PLATFORM
#define SSLEAY_DIR OPENSSL_DIR

/* Flags for OPENSSL_init_crypto(); OPENSSL_init_ssl() accepts them too. */
#define OPENSSL_INIT_NO_LOAD_CRYPTO_STRINGS 0x00000001L
#define OPENSSL_INIT_LOAD_CRYPTO_STRINGS    0x00000002L
#define OPENSSL_INIT_ADD_ALL_CIPHERS        0x00000004L
#define OPENSSL_INIT_ADD_ALL_DIGESTS        0x00000008L
#define OPENSSL_INIT_NO_ADD_ALL_CIPHERS     0x00000010L
#define OPENSSL_INIT_NO_ADD_ALL_DIGESTS     0x00000020L
#define OPENSSL_INIT_LOAD_CONFIG            0x00000040L
#define OPENSSL_INIT_NO_LOAD_CONFIG         0x00000080L
#define OPENSSL_INIT_ASYNC                  0x00000100L
#define OPENSSL_INIT_ENGINE_RDRAND          0x00000200L
#define OPENSSL_INIT_ENGINE_DYNAMIC         0x00000400L
#define OPENSSL_INIT_ENGINE_OPENSSL         0x00000800L
#define OPENSSL_INIT_ENGINE_CRYPTODEV       0x00001000L
#define OPENSSL_INIT_ENGINE_CAPI            0x00002000L
#define OPENSSL_INIT_ENGINE_PADLOCK         0x00004000L
#define OPENSSL_INIT_ENGINE_AFALG           0x00008000L
#define OPENSSL_INIT_ATFORK                 0x00020000L
#define OPENSSL_INIT_NO_ATEXIT              0x00080000L
#define OPENSSL_INIT_ENGINE_ALL_BUILTIN                              \
    (OPENSSL_INIT_ENGINE_RDRAND | OPENSSL_INIT_ENGINE_DYNAMIC        \
     | OPENSSL_INIT_ENGINE_CRYPTODEV | OPENSSL_INIT_ENGINE_CAPI      \
     | OPENSSL_INIT_ENGINE_PADLOCK)

/* Classes of objects that carry ex_data. */
#define CRYPTO_EX_INDEX_SSL            0
#define CRYPTO_EX_INDEX_SSL_CTX        1
#define CRYPTO_EX_INDEX_SSL_SESSION    2
#define CRYPTO_EX_INDEX_X509           3
#define CRYPTO_EX_INDEX_X509_STORE     4
#define CRYPTO_EX_INDEX_X509_STORE_CTX 5
#define CRYPTO_EX_INDEX_DH             6
#define CRYPTO_EX_INDEX_DSA            7
#define CRYPTO_EX_INDEX_EC_KEY         8
#define CRYPTO_EX_INDEX_RSA            9
#define CRYPTO_EX_INDEX_ENGINE         10
#define CRYPTO_EX_INDEX_UI             11
#define CRYPTO_EX_INDEX_BIO            12
#define CRYPTO_EX_INDEX_APP            13
#define CRYPTO_EX_INDEX_UI_METHOD      14
#define CRYPTO_EX_INDEX_RAND_DRBG      15
#define CRYPTO_EX_INDEX_DRBG           CRYPTO_EX_INDEX_RAND_DRBG
#define CRYPTO_EX_INDEX_OSSL_LIB_CTX   16
#define CRYPTO_EX_INDEX_EVP_PKEY       17
#define CRYPTO_EX_INDEX__COUNT         18

/*
 * Locking callbacks have been unnecessary since OpenSSL 1.1.0: the library
 * locks for itself.  The old set-up calls remain as no-ops so that old
 * programs build unchanged.
 */
#define CRYPTO_LOCK 1
#define CRYPTO_UNLOCK 2
#define CRYPTO_READ 4
#define CRYPTO_WRITE 8
#define CRYPTO_num_locks() (1)
#define CRYPTO_set_locking_callback(func)
#define CRYPTO_get_locking_callback() (NULL)
#define CRYPTO_set_add_lock_callback(func)
#define CRYPTO_get_add_lock_callback() (NULL)
#define CRYPTO_set_id_callback(func)
#define CRYPTO_get_id_callback() (NULL)
#define CRYPTO_thread_id() (0UL)
#define CRYPTO_THREADID_set_numeric(id, val)
#define CRYPTO_THREADID_set_pointer(id, ptr)
#define CRYPTO_THREADID_set_callback(threadid_func) (0)
#define CRYPTO_THREADID_get_callback() (NULL)
#define CRYPTO_THREADID_current(id)
#define CRYPTO_THREADID_cmp(a, b) (-1)
#define CRYPTO_THREADID_cpy(dest, src)
#define CRYPTO_THREADID_hash(id) (0UL)
#define CRYPTO_set_dynlock_create_callback(dyn_create_function)
#define CRYPTO_set_dynlock_lock_callback(dyn_lock_function)
#define CRYPTO_set_dynlock_destroy_callback(dyn_destroy_function)
#define CRYPTO_get_dynlock_create_callback() (NULL)
#define CRYPTO_get_dynlock_lock_callback() (NULL)
#define CRYPTO_get_dynlock_destroy_callback() (NULL)

/* ex_data needs no global clean-up any more; this is a no-op statement. */
#define CRYPTO_cleanup_all_ex_data() while (0) continue

/*
 * Memory the library allocates for the caller (X509_NAME_oneline() with no
 * buffer, i2d_X509() with *out NULL) is released with OPENSSL_free().  It
 * comes from malloc(3).  |file| and |line| are ignored.
 */
#ifndef OPENSSL_FILE
# define OPENSSL_FILE __FILE__
# define OPENSSL_LINE __LINE__
#endif
void *CRYPTO_malloc(size_t num, const char *file, int line);
void *CRYPTO_zalloc(size_t num, const char *file, int line);
void CRYPTO_free(void *ptr, const char *file, int line);
#define OPENSSL_malloc(num) CRYPTO_malloc(num, OPENSSL_FILE, OPENSSL_LINE)
#define OPENSSL_zalloc(num) CRYPTO_zalloc(num, OPENSSL_FILE, OPENSSL_LINE)
#define OPENSSL_free(addr) CRYPTO_free(addr, OPENSSL_FILE, OPENSSL_LINE)

/*
 * Callbacks of an ex_data index (SSL_get_ex_new_index()).  Of these only
 * the free callback is called, when an object of the class is freed, with
 * |ad| NULL.
 */
typedef void CRYPTO_EX_new(void *parent, void *ptr, CRYPTO_EX_DATA *ad,
    int idx, long argl, void *argp);
typedef void CRYPTO_EX_free(void *parent, void *ptr, CRYPTO_EX_DATA *ad,
    int idx, long argl, void *argp);
typedef int CRYPTO_EX_dup(CRYPTO_EX_DATA *to, const CRYPTO_EX_DATA *from,
    void **from_d, int idx, long argl, void *argp);

/*
 * OPENSSL_init_crypto initialises libcrypto as the OPENSSL_INIT_* bits in
 * |opts| ask; |settings| may be NULL.  Initialisation also happens on first
 * use, so calling this is optional.  Returns 1 on success, 0 on failure.
 */
int OPENSSL_init_crypto(uint64_t opts, const OPENSSL_INIT_SETTINGS *settings);

/*
 * OpenSSL_version returns a static string chosen by |type| (OPENSSL_VERSION,
 * OPENSSL_CFLAGS, ...), or "not available" for an unknown |type|.
 */
const char *OpenSSL_version(int type);

/* OpenSSL_version_num returns the run-time OPENSSL_VERSION_NUMBER. */
unsigned long OpenSSL_version_num(void);

#ifdef __cplusplus
}
#endif

#endif /* OPENSSL_CRYPTO_H */
