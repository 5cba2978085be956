/*
 * objects.h: object identifiers by NID (obj_mac.h).  Only the names and
 * numbers are provided; there are no OBJ_* functions.
 */
#ifndef OPENSSL_OBJECTS_H
#define OPENSSL_OBJECTS_H

#include <openssl/obj_mac.h>

#endif /* OPENSSL_OBJECTS_H */
