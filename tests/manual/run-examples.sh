#!/bin/sh
# run-examples.sh PREFIX: the manual is executable.  The complete program in
# the EXAMPLES section of SSL_connect.3 is extracted from the page source,
# compiled against the staged library (PREFIX) and against OpenSSL 3, and
# run against `openssl s_server -rev` on a free loopback port; both builds
# must print the same and the reply must be the reversed line.
# Prints PASS/FAIL lines.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
prefix=$(cd "$1" && pwd)
work=$root/build/tests/manual
mkdir -p "$work"

# The first literal display after .Sh EXAMPLES, with mdoc's \e turned back into \.
extract() { # page
	sed -n '/^\.Sh EXAMPLES/,/^\.Sh /p' "$1" |
	    sed -n '/^\.Bd -literal/,/^\.Ed/p' | sed '1d;$d' | sed 's/\\e/\\/g'
}

page=$root/man/SSL_connect.3
extract "$page" > "$work/SSL_connect.c"
if ! grep -q 'main(' "$work/SSL_connect.c"; then
	echo "FAIL manual example SSL_connect.3: no program found"; exit 0; fi

build() { # who cflags ldflags
	cc -Wall -Wextra -Werror $2 "$work/SSL_connect.c" -o "$work/SSL_connect.$1" $3 \
	    > "$work/build.$1" 2>&1
}
if build ours "-I$prefix/include" "-L$prefix/lib -Wl,-rpath,$prefix/lib -lssl -lcrypto" &&
    build oracle "" "-lssl -lcrypto"; then
	echo "PASS manual example SSL_connect.3 compiles against ours and OpenSSL"
else
	echo "FAIL manual example SSL_connect.3 compiles against ours and OpenSSL"
	cat "$work"/build.* | sed 's/^/    /'; exit 0
fi

certs=$root/build/tests/scenarios/certs
if [ ! -s "$certs/ec.pem" ]; then
	mkdir -p "$certs"
	openssl req -x509 -nodes -days 30 -subj /CN=localhost -newkey ec \
	    -pkeyopt ec_paramgen_curve:P-256 -keyout "$certs/ec.key" \
	    -out "$certs/ec.pem" > /dev/null 2>&1
fi

for version in "" -tls1_2; do
	for who in oracle ours; do
		log=$work/server.$who$version
		timeout 20 openssl s_server -accept 127.0.0.1:0 -naccept 1 -rev $version \
		    -cert "$certs/ec.pem" -key "$certs/ec.key" > "$log" 2>&1 < /dev/null &
		pid=$!
		port=
		i=0
		while [ -z "$port" ] && [ $i -lt 100 ]; do
			port=$(sed -n 's/^ACCEPT .*:\([0-9][0-9]*\)$/\1/p' "$log")
			[ -n "$port" ] || sleep 0.05
			i=$((i + 1))
		done
		timeout 20 "$work/SSL_connect.$who" 127.0.0.1 "$port" localhost \
		    > "$work/out.$who$version" 2>&1
		echo "exit status $?" >> "$work/out.$who$version"
		wait "$pid" 2>/dev/null
	done
	name="manual example SSL_connect.3 runs${version:+ with $version server}"
	if ! diff -u "$work/out.oracle$version" "$work/out.ours$version" > "$work/diff$version"; then
		echo "FAIL $name: differs from OpenSSL"; sed 's/^/    /' "$work/diff$version"
	elif ! grep -q olleh "$work/out.ours$version" || ! grep -q 'exit status 0' "$work/out.ours$version"; then
		echo "FAIL $name: no reversed reply"; sed 's/^/    /' "$work/out.ours$version"
	else
		echo "PASS $name"
	fi
done
exit 0
