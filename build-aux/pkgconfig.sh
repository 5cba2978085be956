#!/bin/sh
# pkgconfig.sh DIR PREFIX EXEC_PREFIX LIBDIR INCLUDEDIR: writes libssl.pc,
# libcrypto.pc and openssl.pc into DIR for an installation with those paths.
# The version is the OpenSSL API level the headers declare (3.0.0), so a
# configure script's PKG_CHECK_MODULES([SSL], [libssl >= 1.1]) accepts it.
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
