#!/bin/sh
# port-build.sh: build ports/libssl into two empty system images the way
# tix-build does (build-aux/port-build), PREFIX empty as on Sortix and
# PREFIX=/usr as on Linux, and use each image as a C programmer would.
# Prints PASS/FAIL lines.
#  - first the driver alone, on a tiny fixture port (tests/ports/driver);
#  - each image holds exactly the files of tests/ports/manifest-NAME.txt
#    (type, mode, path, link target);
#  - tests/tlsget/tlsget.c, built from the image alone (headers, its .pc
#    files through pkg-config with PKG_CONFIG_SYSROOT_DIR, its library),
#    fetches from `openssl s_server -www` on 127.0.0.1, blocking and with
#    -n (poll(2)), linked three ways: dynamically; with -static (a static
#    executable: our libssl.a and glibc's archives); and from the image
#    without its shared objects, as on Sortix (libssl.a, the system's libc
#    shared), run where no libssl.so is on any search path, ldd showing
#    none;
#  - tlsget verifies: every fetch trusts the server's certificate with -C
#    and checks the name localhost; each build also rejects a wrong name
#    with "certificate verify failed" and the error queue printed, and so
#    does the same program built against Debian's OpenSSL 3.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$root/build/tests/port-build
rm -rf "$work"
mkdir -p "$work/dist" "$work/empty"
version=$(sed -n 's/^VERSION = //p' "$root/Makefile")
date=$(sed -n 's/^RELEASE_DATE = //p' "$root/Makefile")
tlsget=$root/tests/tlsget/tlsget.c

sh "$root/build-aux/make-dist.sh" "libssl-$version" "$date" "$work/dist/libssl-$version.tar.gz" > /dev/null ||
    { echo "FAIL port-build: make dist"; exit 0; }

# The driver itself, on a tiny fixture port (tests/ports/driver): the
# environment reaches make (not arguments), MAKE_VARS too, POST_INSTALL
# runs, PREFIX empty and /usr land where they should, a wrong checksum
# stops the build.
driver() {
	d=$work/driver
	mkdir -p "$d/src/driver-1.0" "$d/dist" "$d/ports/driver"
	cp "$root/tests/ports/driver/upstream/Makefile" "$d/src/driver-1.0/"
	tar -C "$d/src" -czf "$d/dist/driver-1.0.tar.gz" driver-1.0
	sum=$(sha256sum "$d/dist/driver-1.0.tar.gz" | cut -d' ' -f1)
	sed "s/@SHA256SUM@/$sum/" "$root/tests/ports/driver/driver.port.in" > "$d/ports/driver/driver.port"
	cp "$root/tests/ports/driver/post-install.sh" "$d/ports/driver/"
	for prefix in "" /usr; do
		img=$d/image$(echo "$prefix" | tr / -)
		if ! sh "$root/build-aux/port-build" "$d/ports/driver/driver.port" "$d/dist" "$img" "$prefix" \
		    > "$d/log" 2>&1; then
			echo "FAIL port-build driver (PREFIX='$prefix')"; sed 's/^/    /' "$d/log"; continue
		fi
		if [ "$(cat "$img$prefix/share/driver/make-vars.txt" 2>/dev/null)" = "from-make-vars 2" ] &&
		    grep -q "^built with CC=" "$img$prefix/share/driver/built.txt" &&
		    [ -f "$img$prefix/lib/libdriver.a" ] &&
		    [ "$(cat "$img$prefix/share/driver/post-install.txt" 2>/dev/null)" = \
		      "post-install DESTDIR=$img PREFIX=$prefix in driver-1.0" ]; then
			echo "PASS port-build driver (PREFIX='$prefix'): environment, MAKE_VARS, POST_INSTALL"
		else
			echo "FAIL port-build driver (PREFIX='$prefix'): wrong image"
			(cd "$img" && find . -type f -exec grep -H '' {} +) | sed 's/^/    /'
		fi
	done
	sed -i "s/^SHA256SUM=.*/SHA256SUM=$(printf '%064d' 0)/" "$d/ports/driver/driver.port"
	if sh "$root/build-aux/port-build" "$d/ports/driver/driver.port" "$d/dist" "$d/bad" "" > "$d/log" 2>&1; then
		echo "FAIL port-build driver: built despite a wrong SHA256SUM"
	elif grep -q 'make port-checksum' "$d/log"; then
		echo "PASS port-build driver: a wrong SHA256SUM stops the build"
	else
		echo "FAIL port-build driver: wrong SHA256SUM: unexpected failure"; sed 's/^/    /' "$d/log"
	fi
}
driver

manifest() { # DIR: one line per file: type, mode (files; a directory's follows
	# the umask), path, link target
	(cd "$1" && find . -mindepth 1 | LC_ALL=C sort | while IFS= read -r p; do
		p=${p#./}
		if [ -L "$p" ]; then echo "l $p -> $(readlink "$p")"
		elif [ -d "$p" ]; then echo "d $p"
		else echo "f $(stat -c %a "$p") $p"; fi
	done)
}

# The peer: one openssl s_server -www for every fetch below.
openssl req -x509 -nodes -days 1 -subj /CN=localhost -addext subjectAltName=DNS:localhost \
    -newkey ec -pkeyopt ec_paramgen_curve:P-256 -keyout "$work/key.pem" \
    -out "$work/cert.pem" > /dev/null 2>&1
timeout 600 openssl s_server -accept 127.0.0.1:0 -www -cert "$work/cert.pem" \
    -key "$work/key.pem" > "$work/server.log" 2>&1 < /dev/null &
server=$!
trap 'kill $server 2>/dev/null' EXIT
port=
for _ in $(seq 50); do
	port=$(sed -n 's/^ACCEPT .*:\([0-9][0-9]*\)$/\1/p' "$work/server.log")
	[ -n "$port" ] && break
	sleep 0.1
done
[ -n "$port" ] || { echo "FAIL port-build: openssl s_server did not start"; exit 0; }

fetch() { # label program [args]: run a fetch from an empty directory
	label=$1; shift
	for mode in "" -n; do
		if (cd "$work/empty" && env -u LD_LIBRARY_PATH timeout 30 "$@" $mode -C "$work/cert.pem" \
		    -s localhost "127.0.0.1:$port" GET / HTTP/1.0 > "$work/fetch.out" 2> "$work/fetch.err") &&
		    head -n 1 "$work/fetch.out" | grep -q '^HTTP/1.0 200 ok' &&
		    grep -q '^New, TLSv1.3, Cipher is' "$work/fetch.out" &&
		    grep -q '</HTML>' "$work/fetch.out"; then
			echo "PASS port-build: $label: tlsget ${mode:--blocking} fetched a page"
		else
			echo "FAIL port-build: $label: tlsget ${mode:--blocking}"
			cat "$work/fetch.err" "$work/fetch.out" | head -20 | sed 's/^/    /'
		fi
	done
	if (cd "$work/empty" && env -u LD_LIBRARY_PATH timeout 30 "$@" -C "$work/cert.pem" \
	    -s wrong.example "127.0.0.1:$port" GET / HTTP/1.0 > /dev/null 2> "$work/verify.err"); then
		echo "FAIL port-build: $label: tlsget accepted a certificate for another name"
	elif grep -q 'certificate verify failed' "$work/verify.err"; then
		echo "PASS port-build: $label: tlsget rejects a wrong name, error queue printed"
	else
		echo "FAIL port-build: $label: wrong name: unexpected error"; sed 's/^/    /' "$work/verify.err"
	fi
}

pc() { # sysroot args...: pkg-config over the image alone
	sysroot=$1; shift
	PKG_CONFIG_SYSROOT_DIR=$sysroot PKG_CONFIG_LIBDIR=$sysroot$libdir/pkgconfig pkg-config "$@"
}

image() { # name prefix libdir
	name=$1 prefix=$2 libdir=$3
	img=$work/image-$name
	if ! sh "$root/build-aux/port-build" "$root/ports/libssl/libssl.port" "$work/dist" \
	    "$img" "$prefix" > "$work/$name.log" 2>&1; then
		echo "FAIL port-build: $name (PREFIX='$prefix'): build-aux/port-build failed"
		tail -n 30 "$work/$name.log" | sed 's/^/    /'
		return
	fi
	echo "PASS port-build: $name (PREFIX='$prefix'): make and make install from the tarball"
	manifest "$img" > "$work/manifest-$name.txt"
	if diff -u "$root/tests/ports/manifest-$name.txt" "$work/manifest-$name.txt" > "$work/manifest-$name.diff"; then
		echo "PASS port-build: $name: the image is exactly tests/ports/manifest-$name.txt ($(wc -l < "$work/manifest-$name.txt") entries)"
	else
		echo "FAIL port-build: $name: the image differs from tests/ports/manifest-$name.txt" \
		    "(if intended, e.g. a new page or header: make port-manifests, review, commit)"
		head -n 30 "$work/manifest-$name.diff" | sed 's/^/    /'
	fi
	if grep -qx "prefix=$prefix" "$img$libdir/pkgconfig/libssl.pc" &&
	    [ "$(pc "$img" --variable=libdir libssl)" = "$img$libdir" ] &&
	    pc "$img" --atleast-version=1.1 libssl; then
		echo "PASS port-build: $name: libssl.pc says prefix=$prefix, libdir $libdir, version >= 1.1"
	else
		echo "FAIL port-build: $name: libssl.pc"; sed 's/^/    /' "$img$libdir/pkgconfig/libssl.pc"
	fi

	# Dynamic: the image's library, found through the runpath we give.
	# shellcheck disable=SC2046
	if cc -Wall -Werror $(pc "$img" --cflags libssl) "$tlsget" -o "$work/tlsget-$name-dynamic" \
	    $(pc "$img" --libs libssl) -Wl,-rpath,"$img$libdir" > "$work/cc.log" 2>&1; then
		fetch "$name dynamic" "$work/tlsget-$name-dynamic"
	else
		echo "FAIL port-build: $name dynamic: build"; sed 's/^/    /' "$work/cc.log"
	fi

	# -static: a static executable from libssl.a and Libs.private.
	# shellcheck disable=SC2046
	if cc -Wall -Werror $(pc "$img" --cflags libssl) "$tlsget" -o "$work/tlsget-$name-static" \
	    -static $(pc "$img" --static --libs libssl) > "$work/cc.log" 2>&1; then
		if LC_ALL=C ldd "$work/tlsget-$name-static" 2>&1 | grep -q 'not a dynamic executable'; then
			fetch "$name -static" "$work/tlsget-$name-static"
		else
			echo "FAIL port-build: $name -static: not a static executable"
			ldd "$work/tlsget-$name-static" 2>&1 | sed 's/^/    /'
		fi
	else
		echo "FAIL port-build: $name -static: build"; grep -v 'warning: Using' "$work/cc.log" | sed 's/^/    /'
	fi

	# As on Sortix: an image with no shared objects; the plain link line.
	rm -rf "$work/archive-only"
	cp -a "$img" "$work/archive-only"
	find "$work/archive-only" -name '*.so*' -exec rm -f {} +
	# shellcheck disable=SC2046
	if cc -Wall -Werror $(pc "$work/archive-only" --cflags libssl) "$tlsget" -o "$work/tlsget-$name-archive" \
	    $(pc "$work/archive-only" --static --libs libssl) > "$work/cc.log" 2>&1; then
		if ldd "$work/tlsget-$name-archive" > "$work/ldd.out" 2>&1 &&
		    ! grep -Eq 'libssl|libcrypto|MonoPosix' "$work/ldd.out"; then
			fetch "$name libssl.a (libc shared, no libssl.so anywhere)" "$work/tlsget-$name-archive"
		else
			echo "FAIL port-build: $name libssl.a: ldd shows a libssl"; sed 's/^/    /' "$work/ldd.out"
		fi
	else
		echo "FAIL port-build: $name libssl.a: build"; sed 's/^/    /' "$work/cc.log"
	fi
}

image sortix "" /lib
image usr /usr /usr/lib
if [ -f "$work/tlsget-sortix-archive" ]; then
	echo "INFO static tlsget $(wc -c < "$work/tlsget-sortix-archive") bytes;" \
	    "libssl.a $(wc -c < "$work/image-sortix/lib/libssl.a") bytes"
fi

# The same program against Debian's OpenSSL 3: the same verdicts.
if cc -Wall -Werror "$tlsget" -o "$work/tlsget-openssl" -lssl -lcrypto > "$work/cc.log" 2>&1; then
	fetch "OpenSSL 3" "$work/tlsget-openssl"
else
	echo "FAIL port-build: tlsget against OpenSSL 3: build"; sed 's/^/    /' "$work/cc.log"
fi
exit 0
