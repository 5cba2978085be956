#!/bin/sh
# run.sh PREFIX [ROUNDS]: `make bench`.  Builds tests/bench/bench.c twice,
# against our library installed under PREFIX and against the system's
# OpenSSL 3, makes the certificates, then tests/bench/bench.py runs every
# figure for both in alternation and writes build/bench/results.json and
# build/bench/ratios.svg.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
prefix=$(cd "$1" && pwd)
rounds=${2:-5}
work=$root/build/bench
mkdir -p "$work/certs"
CC=${CC:-cc}
CFLAGS="-O2 -Wall -Wextra -Werror"

# Resumption is measured only where the library has the API: the oracle
# always, ours once SSL_set_session is exported.
ours_defs=
if nm -D --defined-only "$prefix/lib/libssl.so" | grep -Eq ' T SSL_set_session(@.*)?$'; then
	ours_defs=-DHAVE_SSL_SET_SESSION
fi
$CC $CFLAGS $ours_defs -I"$prefix/include" "$here/bench.c" -o "$work/bench.ours" \
    -L"$prefix/lib" -Wl,-rpath,"$prefix/lib" -lssl -lcrypto
$CC $CFLAGS -DHAVE_SSL_SET_SESSION "$here/bench.c" -o "$work/bench.oracle" -lssl -lcrypto

# Clients with libssl and libcrypto linked statically (the C library stays
# shared for both): OpenSSL's archives from libssl-dev; ours only if the
# install has a libssl.a, linked the way its pkg-config file says
# (Libs.private: the system libraries a NativeAOT link needs).
rm -f "$work/static.ours" "$work/static.oracle"
if [ -f "$prefix/lib/libssl.a" ]; then
	private=$(PKG_CONFIG_PATH="$prefix/lib/pkgconfig" pkg-config --static --libs-only-l libssl 2>/dev/null |
	    tr ' ' '\n' | grep -v -e '^-lssl$' -e '^-lcrypto$' | tr '\n' ' ')
	$CC $CFLAGS $ours_defs -I"$prefix/include" "$here/bench.c" -o "$work/static.ours" \
	    "$prefix/lib/libssl.a" ${private:--lpthread -ldl -lrt -lm} 2>"$work/static.ours.log" ||
	    rm -f "$work/static.ours"
fi
multiarch=$($CC -print-multiarch 2>/dev/null || :)
[ -n "$multiarch" ] || multiarch=x86_64-linux-gnu
$CC $CFLAGS -DHAVE_SSL_SET_SESSION "$here/bench.c" -o "$work/static.oracle" \
    "/usr/lib/$multiarch/libssl.a" "/usr/lib/$multiarch/libcrypto.a" -ldl -lpthread 2>"$work/static.oracle.log" ||
    rm -f "$work/static.oracle"
for f in "$work/static.ours" "$work/static.oracle"; do
	[ -f "$f" ] && strip "$f"
done

make_cert() { # name keyalg-args...
	name=$1; shift
	[ -s "$work/certs/$name.pem" ] && return 0
	openssl req -x509 -nodes -days 365 -subj "/CN=localhost" "$@" \
	    -keyout "$work/certs/$name.key" -out "$work/certs/$name.pem" >/dev/null 2>&1
}
make_cert ec -newkey ec -pkeyopt ec_paramgen_curve:P-256
make_cert rsa -newkey rsa:2048

exec python3 "$here/bench.py" --work "$work" --prefix "$prefix" --rounds "$rounds"
