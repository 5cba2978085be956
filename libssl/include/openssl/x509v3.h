/*
 * x509v3.h: certificate extensions; here, matching a certificate against a
 * host name or an IP address (RFC 6125 rules, as OpenSSL applies them).
 */
#ifndef OPENSSL_X509V3_H
#define OPENSSL_X509V3_H

#include <stddef.h>
#include <openssl/e_os2.h>
#include <openssl/types.h>
#include <openssl/x509.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Flags for X509_check_host() and SSL_set_hostflags(). */
#define X509_CHECK_FLAG_ALWAYS_CHECK_SUBJECT    0x1
#define X509_CHECK_FLAG_NO_WILDCARDS            0x2
#define X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS    0x4
#define X509_CHECK_FLAG_MULTI_LABEL_WILDCARDS   0x8
#define X509_CHECK_FLAG_SINGLE_LABEL_SUBDOMAINS 0x10
#define X509_CHECK_FLAG_NEVER_CHECK_SUBJECT     0x20

/* Purposes for X509_VERIFY_PARAM_set_purpose(). */
#define X509_PURPOSE_SSL_CLIENT 1
#define X509_PURPOSE_SSL_SERVER 2
#define X509_PURPOSE_ANY        7

/*
 * 1 when the certificate matches, 0 when it does not, -1 for a bad
 * certificate, -2 for a malformed name or address.  chklen 0 means
 * strlen(chk).  On a match *peername (if peername is not NULL) receives a
 * malloc'd copy of the name that matched.
 */
int X509_check_host(X509 *x, const char *chk, size_t chklen,
                    unsigned int flags, char **peername);
int X509_check_ip(X509 *x, const unsigned char *chk, size_t chklen,
                  unsigned int flags);
int X509_check_ip_asc(X509 *x, const char *ipasc, unsigned int flags);

#ifdef __cplusplus
}
#endif

#endif /* OPENSSL_X509V3_H */
