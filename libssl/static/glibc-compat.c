/*
 * glibc-compat.c: one function for programs that link libssl.a.
 *
 * The .NET runtime's System.Native shim inside libssl.a was compiled
 * against an old glibc whose <sys/stat.h> turned mknod(2) into a call to
 * __xmknod(_MKNOD_VER, path, mode, &dev).  glibc 2.33 removed __xmknod
 * from the link-time interface (it remains only for old binaries), so a
 * -static link fails with "undefined reference to `__xmknod'" (the .NET
 * SDK papers over it with --defsym,__xmknod=mknod, which passes the
 * arguments shifted by one).  This is the wrapper the old glibc had.
 */
#include <sys/types.h>
#include <sys/stat.h>

int __xmknod(int ver, const char *path, mode_t mode, dev_t *dev);

int
__xmknod(int ver, const char *path, mode_t mode, dev_t *dev)
{
	(void)ver;
	return mknod(path, mode, *dev);
}
