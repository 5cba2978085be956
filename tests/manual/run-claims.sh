#!/bin/sh
# run-claims.sh PREFIX: the checks behind tests/manual/claims.tsv that no
# other suite makes.  Each tests/manual/claims/NAME.c is built against our
# staged library (PREFIX/include, PREFIX/lib) and, with -DORACLE, against
# the system OpenSSL 3, and both are run with the directory of the test
# certificates as argument.  Each prints one line per check (see
# claims/claims.h):
#
#   check  ok|FAIL  TEXT   a claim OpenSSL 3 shares: PASS only if both
#                          builds say ok
#   differs ok|FAIL TEXT KEY  a deliberate difference: PASS only if ours
#                          says ok, OpenSSL says FAIL, and KEY is the
#                          second column of a "claims" row of
#                          tests/differences.tsv
#   ours   ok|FAIL  TEXT   a claim about our library alone (OpenSSL crashes
#                          on the call or, as the page says, differs):
#                          PASS if our build says ok
#
# and "end" last.  Prints "PASS claim NAME: TEXT" or "FAIL claim NAME:
# TEXT (...)" for each check, and a FAIL line for a program that does not
# build or does not reach its end.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
prefix=$(cd "$1" && pwd)
work=$root/build/tests/claims
mkdir -p "$work"
CC=${CC:-cc}
CFLAGS="-Wall -Wextra -Werror -Wno-deprecated-declarations -Wno-unused-function -Wno-unused-variable -Wno-unused-const-variable -Wno-unused-but-set-variable -Wno-unused-value -O1 -pthread -I$here/claims"

# --- certificates ----------------------------------------------------------
certs=$work/certs
mkdir -p "$certs"
req() { # name args...
	name=$1; shift
	[ -s "$certs/$name.pem" ] && return 0
	openssl req -x509 -nodes -days 30 -subj "/CN=$name.example" "$@" \
	    -keyout "$certs/$name.key" -out "$certs/$name.pem" > /dev/null 2>&1
}
req ec -newkey ec -pkeyopt ec_paramgen_curve:P-256
req ec384 -newkey ec -pkeyopt ec_paramgen_curve:P-384
req ec521 -newkey ec -pkeyopt ec_paramgen_curve:P-521
req rsa -newkey rsa:2048
req ed25519 -newkey ed25519
req other -newkey ec -pkeyopt ec_paramgen_curve:P-256
if [ ! -s "$certs/chain.pem" ]; then
	# A CA, a leaf it signed, the leaf then the CA in chain.pem, and the
	# leaf's key in chain.key.
	openssl req -x509 -nodes -days 30 -subj /CN=ca.example -newkey ec \
	    -pkeyopt ec_paramgen_curve:P-256 -keyout "$certs/ca.key" \
	    -out "$certs/ca.pem" > /dev/null 2>&1
	openssl req -nodes -subj /CN=leaf.example -newkey ec \
	    -pkeyopt ec_paramgen_curve:P-256 -keyout "$certs/chain.key" \
	    -out "$certs/leaf.csr" > /dev/null 2>&1
	openssl x509 -req -days 30 -in "$certs/leaf.csr" -CA "$certs/ca.pem" \
	    -CAkey "$certs/ca.key" -CAcreateserial -out "$certs/leaf.pem" > /dev/null 2>&1
	cat "$certs/leaf.pem" "$certs/ca.pem" > "$certs/chain.pem"
fi
if [ ! -s "$certs/expired.pem" ]; then
	# A certificate that expired in 2020, issued by the CA above.
	mkdir -p "$certs/ca.db/new"
	: > "$certs/ca.db/index.txt"
	echo 01 > "$certs/ca.db/serial"
	printf '[ca]\ndefault_ca=d\n[d]\ndir=%s\ndatabase=$dir/index.txt\nnew_certs_dir=$dir/new\nserial=$dir/serial\ndefault_md=sha256\npolicy=p\n[p]\ncommonName=supplied\n' \
	    "$certs/ca.db" > "$certs/ca.db/ca.cnf"
	openssl req -nodes -subj /CN=expired.example -newkey ec \
	    -pkeyopt ec_paramgen_curve:P-256 -keyout "$certs/expired.key" \
	    -out "$certs/expired.csr" > /dev/null 2>&1
	openssl ca -batch -config "$certs/ca.db/ca.cnf" -cert "$certs/ca.pem" \
	    -keyfile "$certs/ca.key" -startdate 20200101000000Z -enddate 20200102000000Z \
	    -in "$certs/expired.csr" -out "$certs/expired.pem" > /dev/null 2>&1
fi
[ -s "$certs/leafonly.pem" ] || cp "$certs/leaf.pem" "$certs/leafonly.pem"
[ -s "$certs/leafonly.key" ] || cp "$certs/chain.key" "$certs/leafonly.key"
[ -s "$certs/ec.der" ] || openssl x509 -in "$certs/ec.pem" -outform DER -out "$certs/ec.der"
[ -s "$certs/ec.keyder" ] || openssl pkcs8 -topk8 -nocrypt -in "$certs/ec.key" \
    -outform DER -out "$certs/ec.keyder"
[ -s "$certs/ec.both" ] || cat "$certs/ec.pem" "$certs/ec.key" > "$certs/ec.both"
[ -s "$certs/ec.enc" ] || openssl pkcs8 -topk8 -in "$certs/ec.key" \
    -passout pass:secret -out "$certs/ec.enc"
[ -s "$certs/rsa.trad" ] || openssl rsa -in "$certs/rsa.key" -traditional \
    -out "$certs/rsa.trad" > /dev/null 2>&1
[ -s "$certs/ec.trad" ] || openssl ec -in "$certs/ec.key" -out "$certs/ec.trad" > /dev/null 2>&1
[ -s "$certs/rsa.tenc" ] || openssl rsa -in "$certs/rsa.key" -traditional -aes256 \
    -passout pass:secret -out "$certs/rsa.tenc" > /dev/null 2>&1
[ -s "$certs/keyfirst.pem" ] || cat "$certs/ec.key" "$certs/ec.pem" > "$certs/keyfirst.pem"
[ -s "$certs/ec.word" ] || { echo "# not ENCRYPTED at all"; cat "$certs/ec.key"; } > "$certs/ec.word"
req ed448 -newkey ed448
printf 'not a certificate\n' > "$certs/junk.pem"
if [ ! -s "$certs/ec.pem" ] || [ ! -s "$certs/chain.pem" ] || [ ! -s "$certs/ec.enc" ] ||
    [ ! -s "$certs/expired.pem" ]; then
	echo "FAIL claims: could not make the test certificates"
	exit 0
fi

# --- a preloaded shim that makes I/O on one descriptor fail ----------------
shim=$work/errno-shim.so
if ! $CC -shared -fPIC -O1 -x c "$here/claims/errno-shim.c.in" -o "$shim" -ldl > "$work/shim.build" 2>&1; then
	echo "FAIL claims: could not build the errno shim"
	sed 's/^/    /' "$work/shim.build"
	exit 0
fi

# --- each program ----------------------------------------------------------
for src in "$here"/claims/*.c; do
	name=$(basename "$src" .c)
	if ! $CC $CFLAGS -I"$prefix/include" "$src" -o "$work/$name.ours" \
	    -L"$prefix/lib" -Wl,-rpath,"$prefix/lib" -lssl -lcrypto -ldl > "$work/$name.build" 2>&1 ||
	   ! $CC $CFLAGS -DORACLE "$src" -o "$work/$name.oracle" -lssl -lcrypto -ldl \
	    >> "$work/$name.build" 2>&1; then
		echo "FAIL claim $name: builds against ours and OpenSSL"
		sed 's/^/    /' "$work/$name.build"
		continue
	fi
	for who in ours oracle; do
		(cd "$work" && LD_PRELOAD=$shim timeout 60 "./$name.$who" "$certs" > "$name.$who.out" 2> "$name.$who.err")
		echo "exit $?" >> "$work/$name.$who.out"
	done
	awk -F '\t' -v prog="$name" '
		FILENAME == ARGV[1] {
			if ($0 !~ /^#/ && $1 == "claims") recorded[$2] = 1
			next
		}
		FILENAME == ARGV[2] {
			if ($1 == "check") { oracle[$3] = $2; odetail[$3] = $4 }
			if ($1 == "differs") { odiff[$3] = $2 }
			if ($0 == "end") oracle_end = 1
			next
		}
		$0 == "end" { ours_end = 1; next }
		$1 == "differs" {
			seen_diff[$3] = 1
			if ($2 != "ok")
				printf "FAIL claim %s: %s (ours)\n", prog, $3
			else if (!($3 in odiff))
				printf "FAIL claim %s: %s (not run by OpenSSL)\n", prog, $3
			else if (odiff[$3] == "ok")
				printf "FAIL claim %s: %s (OpenSSL 3 behaves the same: make it a CHECK)\n", prog, $3
			else if (!($4 in recorded))
				printf "FAIL claim %s: %s (no \"claims\" row \"%s\" in tests/differences.tsv)\n", prog, $3, $4
			else
				printf "PASS claim %s: %s\n", prog, $3
		}
		$1 == "check" || $1 == "ours" {
			seen[$3] = 1
			if ($2 != "ok")
				printf "FAIL claim %s: %s (ours: %s)\n", prog, $3, $4
			else if ($1 == "check" && !($3 in oracle))
				printf "FAIL claim %s: %s (not run by OpenSSL)\n", prog, $3
			else if ($1 == "check" && oracle[$3] != "ok")
				printf "FAIL claim %s: %s (OpenSSL 3 differs: %s)\n", prog, $3, odetail[$3]
			else
				printf "PASS claim %s: %s\n", prog, $3
		}
		END {
			for (k in odiff)
				if (!(k in seen_diff))
					printf "FAIL claim %s: %s (run by OpenSSL only)\n", prog, k
			for (k in oracle)
				if (!(k in seen))
					printf "FAIL claim %s: %s (run by OpenSSL only)\n", prog, k
			if (!ours_end)
				printf "FAIL claim %s: our build did not run to the end\n", prog
			if (!oracle_end)
				printf "FAIL claim %s: the OpenSSL build did not run to the end\n", prog
		}
	' "$root/tests/differences.tsv" "$work/$name.oracle.out" "$work/$name.ours.out"
done
# ssl(3) FILES: the TLS engine's random numbers come from /dev/urandom,
# opened anew for each request (two handshakes open it several times).
if [ -x "$work/ssl.ours" ]; then
	if ! command -v strace > /dev/null 2>&1; then
		echo "FAIL claim ssl: /dev/urandom is opened anew for each request (strace not found)"
	else
		(cd "$work" && strace -f -qq -e trace=open,openat -o "$work/ssl.strace" \
		    ./ssl.ours "$certs" urandom > /dev/null 2>&1)
		opens=$(grep -c '"/dev/urandom"' "$work/ssl.strace")
		if [ "$opens" -ge 2 ]; then
			echo "PASS claim ssl: /dev/urandom is opened anew for each request"
		else
			echo "FAIL claim ssl: /dev/urandom is opened anew for each request (opened $opens times)"
		fi
		# ssl(3): no other TLS or cryptography library is linked ...
		others=$(readelf -d "$prefix/lib/libssl.so" "$prefix/lib/libMonoPosixHelper.so" 2>/dev/null |
		    sed -n 's/.*NEEDED.*\[\(.*\)\]/\1/p' |
		    grep -E 'ssl|crypto|gnutls|nss3|mbedtls|wolfssl|sodium' | sort -u | tr '\n' ' ')
		if [ -z "$others" ]; then
			echo "PASS claim ssl: no other TLS or cryptography library is linked"
		else
			echo "FAIL claim ssl: no other TLS or cryptography library is linked: $others"
		fi
		# ... and none is loaded at run time: two handshakes with an ECDSA
		# key, then an RSA certificate, map no OpenSSL 3 (the .NET runtime's
		# shim would dlopen it; the build leaves it out).
		(cd "$work" && strace -f -qq -e trace=open,openat -o "$work/ssl.rsa.strace" \
		    ./ssl.ours "$certs" rsacert > /dev/null 2>&1)
		# A system with no OpenSSL runs it: the image names no OpenSSL
		# library to dlopen (the runtime shim that did is not linked).
		if strings "$prefix/lib/libssl.so" | grep -E 'lib(ssl|crypto)\.so\.(1|3)' > /dev/null; then
			echo "FAIL claim ssl: the library names no OpenSSL library to load: $(strings "$prefix/lib/libssl.so" | grep -E 'lib(ssl|crypto)\.so\.(1|3)' | head -n 1)"
		else
			echo "PASS claim ssl: the library names no OpenSSL library to load"
		fi
		for what in "ECDSA key:ssl.strace" "RSA certificate:ssl.rsa.strace"; do
			trace=$work/${what#*:}
			if [ ! -s "$trace" ]; then
				echo "FAIL claim ssl: loading an ${what%%:*} loads no other TLS library (no trace)"
			elif grep -E '"[^"]*/lib(ssl|crypto)\.so\.(1|3)[."]|openssl\.cnf' "$trace" > /dev/null; then
				echo "FAIL claim ssl: loading an ${what%%:*} loads no other TLS library: $(grep -E 'lib(ssl|crypto)\.so\.(1|3)[."]|openssl\.cnf' "$trace" | head -n 1)"
			else
				echo "PASS claim ssl: loading an ${what%%:*} loads no other TLS library"
			fi
		done
	fi
fi
exit 0
