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
	    "$libdir/libcrypto.so" "$libdir/libMonoPosixHelper.so" \
	    "$incdir/openssl/ssl.h" "$incdir/openssl/err.h" "$mandir/man3/SSL_connect.3"; do
		if [ ! -e "$dest$f" ]; then
			echo "FAIL install: $name: missing $f"; (cd "$dest" && find . | sort | sed 's/^/    /'); return
		fi
	done
	echo "PASS install: $name"
}

PREFIX= EXEC_PREFIX= DESTDIR= layout "sortix-empty-prefix" /lib /include /share/man
PREFIX=/usr EXEC_PREFIX=/usr layout "prefix-usr" /usr/lib /usr/include /usr/share/man
PREFIX=/opt/ssl EXEC_PREFIX=/opt/ssl-x86_64 layout "exec-prefix" /opt/ssl-x86_64/lib /opt/ssl/include /opt/ssl/share/man
exit 0
