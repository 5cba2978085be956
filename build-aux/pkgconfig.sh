#!/bin/sh
# pkgconfig.sh DIR PREFIX EXEC_PREFIX LIBDIR INCLUDEDIR: writes libssl.pc,
# libcrypto.pc and openssl.pc into DIR for an installation with those paths.
# The version is the OpenSSL API level the headers declare (3.0.0), so a
# configure script's PKG_CHECK_MODULES([SSL], [libssl >= 1.1]) accepts it.
# Libs.private is what a static link of libssl.a adds (pkg-config --static):
# the system libraries a NativeAOT link uses (-pthread, -ldl, -lrt, -lm;
# see build-aux/static-archive.sh); libssl.a holds everything else.
# -Wl,--eh-frame-hdr too: the runtime's unwinder finds the unwind tables
# through PT_GNU_EH_FRAME, which GCC leaves out of a -static link; without
# it a fully static program aborts at the library's first exception,
# even one the library catches (a CA file that does not exist).
set -eu
dir=$1 prefix=$2 exec_prefix=$3 libdir=$4 includedir=$5
mkdir -p "$dir"
header() {
	cat <<PC
prefix=$prefix
exec_prefix=$exec_prefix
libdir=$libdir
includedir=$includedir

PC
}
{
	header
	cat <<'PC'
Name: OpenSSL-libcrypto
Description: The libcrypto slice of libssl-cs (the same library as libssl)
Version: 3.0.0
Libs: -L${libdir} -lcrypto
Libs.private: -Wl,--eh-frame-hdr -lpthread -ldl -lrt -lm
Cflags: -I${includedir}
PC
} > "$dir/libcrypto.pc"
{
	header
	cat <<'PC'
Name: OpenSSL-libssl
Description: libssl-cs, a memory-safe libssl
Version: 3.0.0
Requires.private: libcrypto
Libs: -L${libdir} -lssl
Libs.private: -Wl,--eh-frame-hdr -lpthread -ldl -lrt -lm
Cflags: -I${includedir}
PC
} > "$dir/libssl.pc"
{
	header
	cat <<'PC'
Name: OpenSSL
Description: libssl-cs: TLS and the libcrypto slice its users need
Version: 3.0.0
Requires: libssl libcrypto
PC
} > "$dir/openssl.pc"
chmod 644 "$dir/libcrypto.pc" "$dir/libssl.pc" "$dir/openssl.pc"
