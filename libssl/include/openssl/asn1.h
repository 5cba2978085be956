/*
 * asn1.h: the ASN.1 values that certificate accessors hand out.
 *
 * ASN1_INTEGER and ASN1_TIME (types.h) are opaque; an accessor such as
 * X509_get_serialNumber() returns one that belongs to its certificate.
 */
#ifndef OPENSSL_ASN1_H
#define OPENSSL_ASN1_H

#include <openssl/e_os2.h>
#include <openssl/types.h>
#include <openssl/bio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Universal tags of the string and time types. */
#define V_ASN1_UTF8STRING      12
#define V_ASN1_NUMERICSTRING   18
#define V_ASN1_PRINTABLESTRING 19
#define V_ASN1_T61STRING       20
#define V_ASN1_TELETEXSTRING   20
#define V_ASN1_VIDEOTEXSTRING  21
#define V_ASN1_IA5STRING       22
#define V_ASN1_UTCTIME         23
#define V_ASN1_GENERALIZEDTIME 24
#define V_ASN1_GRAPHICSTRING   25
#define V_ASN1_ISO64STRING     26
#define V_ASN1_VISIBLESTRING   26
#define V_ASN1_GENERALSTRING   27
#define V_ASN1_UNIVERSALSTRING 28
#define V_ASN1_BMPSTRING       30

/*
 * ASN1_INTEGER_get returns the value of |a|: 0 for NULL, and -1 with
 * ASN1_R_TOO_LARGE when it does not fit in a long.
 */
long ASN1_INTEGER_get(const ASN1_INTEGER *a);

/*
 * ASN1_TIME_print writes |s| to |bp| as "Mmm DD HH:MM:SS YYYY GMT" and
 * returns 1; for a malformed time it writes "Bad time value" and returns 0.
 */
int ASN1_TIME_print(BIO *bp, const ASN1_TIME *s);

#ifdef __cplusplus
}
#endif

#endif /* OPENSSL_ASN1_H */
