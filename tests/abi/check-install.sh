#!/bin/sh
# check-install.sh: `make install` honours DESTDIR, PREFIX and EXEC_PREFIX
# given in the environment, as tix-build passes them, including the empty
# PREFIX of Sortix.  Needs `make all` to have run.  Prints PASS/FAIL lines.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$root/build/tests/install
rm -rf "$work"
mkdir -p "$work"

layout() { # name expected-libdir expected-incdir expected-mandir (env set by caller)
	name=$1 libdir=$2 incdir=$3 mandir=$4
	dest=$work/$name
	if ! make -s -C "$root" install DESTDIR="$dest" > "$work/$name.log" 2>&1; then
		echo "FAIL install: $name: make install failed"; sed 's/^/    /' "$work/$name.log"; return
	fi
	for f in "$libdir/libssl.so.0.1.0" "$libdir/libssl.so.0" "$libdir/libssl.so" \
	    "$libdir/libcrypto.so" "$libdir/libMonoPosixHelper.so" "$libdir/libssl.a" "$libdir/libcrypto.a" \
	    "$incdir/openssl/ssl.h" "$incdir/openssl/err.h" "$mandir/man3/SSL_connect.3" \
	    "$libdir/pkgconfig/libssl.pc" "$libdir/pkgconfig/libcrypto.pc" "$libdir/pkgconfig/openssl.pc"; do
		if [ ! -e "$dest$f" ]; then
			echo "FAIL install: $name: missing $f"; (cd "$dest" && find . | sort | sed 's/^/    /'); return
		fi
	done
	if ! grep -qx "libdir=$libdir" "$dest$libdir/pkgconfig/libssl.pc" ||
	    ! grep -qx "includedir=$incdir" "$dest$libdir/pkgconfig/libssl.pc"; then
		echo "FAIL install: $name: libssl.pc has the wrong paths"
		sed 's/^/    /' "$dest$libdir/pkgconfig/libssl.pc"; return
	fi
	echo "PASS install: $name"
}

# pkg-config finds the staged image (installed with DESTDIR, so it is a
# sysroot: the .pc files say /usr) and a program built from its flags
# alone compiles and links; a configure script's version test accepts it.
pkgconfig() { # sysroot
	export PKG_CONFIG_SYSROOT_DIR="$1" PKG_CONFIG_PATH="$1/usr/lib/pkgconfig"
	flags=$(pkg-config --cflags --libs openssl) || return 1
	echo "$flags" | grep -q -- "-I$1/usr/include" || { echo "flags: $flags"; return 1; }
	pkg-config --atleast-version=1.1 libssl || { echo "libssl version too low"; return 1; }
	# shellcheck disable=SC2086
	cc -Wall -Werror "$root/tests/abi/compile-compat.c" -o "$work/pc-prog" $flags \
	    -Wl,-rpath,"$1/usr/lib" > "$work/pc-build.log" 2>&1 || { cat "$work/pc-build.log"; return 1; }
}

PREFIX= EXEC_PREFIX= DESTDIR= layout "sortix-empty-prefix" /lib /include /share/man
PREFIX=/usr EXEC_PREFIX=/usr layout "prefix-usr" /usr/lib /usr/include /usr/share/man
PREFIX=/opt/ssl EXEC_PREFIX=/opt/ssl-x86_64 layout "exec-prefix" /opt/ssl-x86_64/lib /opt/ssl/include /opt/ssl/share/man

if out=$(pkgconfig "$root/build/stage" 2>&1); then
	echo "PASS install: pkg-config openssl gives flags that build and link a client"
else
	echo "FAIL install: pkg-config"; echo "$out" | sed 's/^/    /'
fi
exit 0
