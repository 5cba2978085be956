/*
 * ossl_typ.h: the pre-3.0 name of types.h.
 */
#ifndef OPENSSL_OSSL_TYP_H
#define OPENSSL_OSSL_TYP_H

#include <openssl/types.h>

#endif /* OPENSSL_OSSL_TYP_H */
