/*
 * opensslv.h: which OpenSSL API this library implements.
 *
 * libssl-cs presents the OpenSSL 3.0 API.  The numbers below describe that
 * API level, not an OpenSSL release; OpenSSL_version() in crypto.h tells
 * the library apart at run time.
 */
#ifndef OPENSSL_OPENSSLV_H
#define OPENSSL_OPENSSLV_H

#ifdef __cplusplus
extern "C" {
#endif

/* API version MAJOR.MINOR.PATCH. */
#define OPENSSL_VERSION_MAJOR 3
#define OPENSSL_VERSION_MINOR 0
#define OPENSSL_VERSION_PATCH 0

/* Suffixes of the full version string; both empty. */
#define OPENSSL_VERSION_PRE_RELEASE ""
#define OPENSSL_VERSION_BUILD_METADATA ""

/* ABI generation: the N of libssl.so.N. */
#define OPENSSL_SHLIB_VERSION 0

/* True when the API is at least version |maj|.|min|. */
#define OPENSSL_VERSION_PREREQ(maj, min)                                \
    ((OPENSSL_VERSION_MAJOR << 16) + OPENSSL_VERSION_MINOR              \
     >= ((maj) << 16) + (min))

#define OPENSSL_VERSION_STR "3.0.0"
#define OPENSSL_FULL_VERSION_STR "3.0.0"

#define OPENSSL_VERSION_TEXT "OpenSSL 3.0.0 compatible (libssl-cs 0.1.0)"

/* The version as 0xMNN00PP0L (major, minor, patch). */
#define OPENSSL_VERSION_NUMBER 0x30000000L

#ifdef __cplusplus
}
#endif

#endif /* OPENSSL_OPENSSLV_H */
