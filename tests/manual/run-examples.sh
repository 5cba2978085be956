#!/bin/sh
# run-examples.sh PREFIX: the manual is executable.  Every page of man/
# whose EXAMPLES section holds a complete program (a literal display, .Bd
# -literal, that contains "main(") has that program extracted from the page
# source, compiled against the staged library (PREFIX) and against
# OpenSSL 3, and run, both builds the same way; they must print the same
# and meet the page's expectation in the table below.  A page with such a
# program that the table does not name fails, so a new example cannot be
# left unrun.  Prints PASS/FAIL lines.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
prefix=$(cd "$1" && pwd)
work=$root/build/tests/manual
mkdir -p "$work"

# How each program is run:
#   PAGE  KIND  EXPECT
# KIND s_server: a client, run as `PROGRAM 127.0.0.1 PORT localhost` against
#   `openssl s_server -rev` on a free loopback port, once with TLS 1.3 and
#   once with a -tls1_2 server; EXPECT must appear in its output.
# KIND none: run without arguments; EXPECT must appear in its output.
# Every run must exit with status 0.
TABLE='
SSL_connect.3	s_server	olleh
'

# The literal displays after .Sh EXAMPLES, one per file PAGE.N.c, with
# mdoc's \e turned back into \.  Prints the names of those with main(.
extract() { # page
	base=$(basename "$1")
	sed -n '/^\.Sh EXAMPLES/,/^\.Sh /p' "$1" | awk -v out="$work/$base" '
		/^\.Bd -literal/ { n++; on = 1; file = out "." n ".c"; printf "" > file; next }
		/^\.Ed/ { if (on) close(file); on = 0; next }
		on { gsub(/\\e/, "\\"); print > file }
	'
	for f in "$work/$base".*.c; do
		[ -f "$f" ] && grep -q 'main(' "$f" && echo "$f"
	done
	return 0
}

build() { # source who cflags ldflags
	cc -Wall -Wextra -Werror $3 "$1" -o "${1%.c}.$2" $4 > "${1%.c}.build.$2" 2>&1
}

certs=$root/build/tests/scenarios/certs
if [ ! -s "$certs/ec.pem" ]; then
	mkdir -p "$certs"
	openssl req -x509 -nodes -days 30 -subj /CN=localhost -newkey ec \
	    -pkeyopt ec_paramgen_curve:P-256 -keyout "$certs/ec.key" \
	    -out "$certs/ec.pem" > /dev/null 2>&1
fi

# run_s_server PROGRAM OUT [SERVER-ARGS]: one run against openssl s_server -rev.
run_s_server() {
	log=$2.server
	# Emptied first: the background job truncates it only when it starts,
	# and the loop below must not read a port from the previous run.
	: > "$log"
	timeout 20 openssl s_server -accept 127.0.0.1:0 -naccept 1 -rev $3 \
	    -cert "$certs/ec.pem" -key "$certs/ec.key" > "$log" 2>&1 < /dev/null &
	pid=$!
	port=
	i=0
	while [ -z "$port" ] && [ $i -lt 300 ]; do
		port=$(sed -n 's/^ACCEPT .*:\([0-9][0-9]*\)$/\1/p' "$log")
		[ -n "$port" ] || sleep 0.05
		i=$((i + 1))
	done
	# A server that never said where it listens (a loaded machine) is a
	# failure of the harness, reported as such, not a client's refusal.
	if [ -z "$port" ]; then
		echo "harness: openssl s_server did not report its port in 15 s" > "$2"
	else
		timeout 20 "$1" 127.0.0.1 "$port" localhost > "$2" 2>&1
	fi
	echo "exit status $?" >> "$2"
	wait "$pid" 2>/dev/null
}

# compare NAME OUT-ORACLE OUT-OURS EXPECT
compare() {
	if ! diff -u "$2" "$3" > "$3.diff"; then
		echo "FAIL $1: differs from OpenSSL"; sed 's/^/    /' "$3.diff"
	elif ! grep -qF -- "$4" "$3" || ! grep -q 'exit status 0' "$3"; then
		echo "FAIL $1: no \"$4\" or a failing exit status"; sed 's/^/    /' "$3"
	else
		echo "PASS $1"
	fi
}

programs=0
for page in "$root"/man/*.3; do
	base=$(basename "$page")
	for src in $(extract "$page"); do
		programs=$((programs + 1))
		# The first program of a page keeps the plain page name in its tests.
		name="manual example $base"
		n=${src%.c}
		n=${n##*.}
		[ "$n" = 1 ] || name="$name ($n)"
		row=$(printf '%s' "$TABLE" | awk -F '\t' -v p="$base" '$1 == p { print $2 "\t" $3; exit }')
		if [ -z "$row" ]; then
			echo "FAIL $name: a complete program that run-examples.sh does not know how to run"
			continue
		fi
		kind=${row%%	*}
		expect=${row#*	}
		if build "$src" ours "-I$prefix/include" "-L$prefix/lib -Wl,-rpath,$prefix/lib -lssl -lcrypto" &&
		    build "$src" oracle "" "-lssl -lcrypto"; then
			echo "PASS $name compiles against ours and OpenSSL"
		else
			echo "FAIL $name compiles against ours and OpenSSL"
			cat "${src%.c}".build.* | sed 's/^/    /'
			continue
		fi
		case $kind in
		s_server)
			for version in "" -tls1_2; do
				for who in oracle ours; do
					run_s_server "${src%.c}.$who" "${src%.c}.out.$who$version" "$version"
				done
				compare "$name runs${version:+ with $version server}" \
				    "${src%.c}.out.oracle$version" "${src%.c}.out.ours$version" "$expect"
			done ;;
		none)
			for who in oracle ours; do
				timeout 20 "${src%.c}.$who" > "${src%.c}.out.$who" 2>&1
				echo "exit status $?" >> "${src%.c}.out.$who"
			done
			compare "$name runs" "${src%.c}.out.oracle" "${src%.c}.out.ours" "$expect" ;;
		*)
			echo "FAIL $name: unknown kind $kind in the table of run-examples.sh" ;;
		esac
	done
done
if [ "$programs" -eq 0 ]; then
	echo "FAIL manual examples: no page has a complete program"
else
	echo "PASS manual examples: every complete program of the manual was run ($programs)"
fi
exit 0
