/*
 * eglib-config.h (ours): mono's configure makes it from eglib-config.h.in;
 * these are the substitutions it makes for glibc on 64-bit little-endian
 * Linux.
 */
#ifndef __EGLIB_CONFIG_H
#define __EGLIB_CONFIG_H

#define G_GNUC_PRETTY_FUNCTION   __FUNCTION__
#define G_GNUC_UNUSED            __attribute__((__unused__))
#define G_BYTE_ORDER             G_LITTLE_ENDIAN
#define G_GNUC_NORETURN          __attribute__((__noreturn__))
#define G_SEARCHPATH_SEPARATOR_S ":"
#define G_SEARCHPATH_SEPARATOR   ':'
#define G_DIR_SEPARATOR          '/'
#define G_DIR_SEPARATOR_S        "/"
#define G_BREAKPOINT()           G_STMT_START { __builtin_trap (); } G_STMT_END
#define G_OS_UNIX

#define G_HAVE_ALLOCA_H
#define G_HAVE_UNISTD_H

typedef unsigned long gsize;
typedef signed long gssize;

#define G_GSIZE_FORMAT   "lu"

typedef int GPid;

#endif
