/*
 * config.h for the Mono.Posix helper sources below (ours, not mono's).
 * Mono's configure script writes this file; these are its answers for
 * glibc on Linux (x86-64 and other 64-bit little-endian targets), limited
 * to the macros that the files in support/ and mono/ test.  Each HAVE_ is
 * a header, type or function that glibc has; STRERROR_R_CHAR_P because
 * _GNU_SOURCE selects the GNU strerror_r; USE_GCC_ATOMIC_OPS because the
 * compiler has the __sync/__atomic builtins (mono/utils/atomic.h).
 */
#define HAVE_UNISTD_H 1
#define HAVE_STDIO_H 1
#define HAVE_STDINT_H 1
#define HAVE_SYS_STAT_H 1
#define HAVE_SYS_SOCKET_H 1
#define HAVE_SYS_TIME_H 1
#define HAVE_SYS_UIO_H 1
#define HAVE_SYS_POLL_H 1
#define HAVE_SYS_WAIT_H 1
#define HAVE_SYS_STATVFS_H 1
#define HAVE_SYS_MMAN_H 1
#define HAVE_SYS_XATTR_H 1
#define HAVE_NETINET_IN_H 1
#define HAVE_POLL_H 1
#define HAVE_UTIME_H 1
#define HAVE_SYSLOG_H 1
#define HAVE_GRP_H 1
#define HAVE_PWD_H 1
#define HAVE_DIRENT_H 1
#define HAVE_STRUCT_IOVEC 1
#define HAVE_STRUCT_LINGER 1
#define HAVE_STRUCT_CMSGHDR 1
#define HAVE_STRUCT_SOCKADDR_IN 1
#define HAVE_STRUCT_SOCKADDR_IN6 1
#define HAVE_STRUCT_POLLFD 1
#define HAVE_STRUCT_FLOCK 1
#define HAVE_STRUCT_TIMEVAL 1
#define HAVE_STRUCT_TIMESPEC 1
#define HAVE_STRUCT_TIMEZONE 1
#define HAVE_STRUCT_UTIMBUF 1
#define HAVE_STRUCT_PASSWD_PW_GECOS 1
#define HAVE_SUSECONDS_T 1
#define HAVE_BLKSIZE_T 1
#define HAVE_BLKCNT_T 1
#define HAVE_LARGE_FILE_SUPPORT 1
#define HAVE_VSNPRINTF 1
#define HAVE_STRERROR_R 1
#define STRERROR_R_CHAR_P 1
#define HAVE_SIGNAL 1
#define HAVE_PSIGNAL 1
#define USE_GCC_ATOMIC_OPS 1
