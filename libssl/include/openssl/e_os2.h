/*
 * e_os2.h: platform glue for the libssl-cs headers.
 *
 * We only target Unix-like systems (Linux, Sortix), so this is small: the
 * fixed-width integer types, the portable inline/unused spellings the other
 * headers may use, and the ssize_t alias OpenSSL calls ossl_ssize_t.
 */
#ifndef OPENSSL_E_OS2_H
#define OPENSSL_E_OS2_H

#include <stddef.h>
#include <stdint.h>
#include <inttypes.h>
#include <limits.h>
#include <sys/types.h>

/* The system is Unix-like; no other OPENSSL_SYS_* macro is defined. */
#define OPENSSL_SYS_UNIX

/* Linkage of exported data; plain extern on every platform we build for. */
#define OPENSSL_EXPORT extern
#define OPENSSL_EXTERN extern

/* Signed size type and its maximum. */
#define ossl_ssize_t ssize_t
#if defined(SSIZE_MAX)
# define OSSL_SSIZE_MAX SSIZE_MAX
#else
# define OSSL_SSIZE_MAX ((ssize_t)(SIZE_MAX >> 1))
#endif

#if defined(__cplusplus) || (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L)
# define ossl_inline inline
#elif defined(__GNUC__)
# define ossl_inline __inline__
#else
# define ossl_inline
#endif

#if defined(__GNUC__)
# define ossl_unused __attribute__((unused))
# define ossl_noreturn __attribute__((noreturn))
#else
# define ossl_unused
# define ossl_noreturn
#endif

#endif /* OPENSSL_E_OS2_H */
