#!/bin/sh
# stress.sh PREFIX: the long runs of issue 9 at full count, against the
# library staged at PREFIX (make check runs the same programs with reduced
# counts): 10 000 handshakes with data on 16 threads sharing two SSL_CTXs,
# 10 000 rounds of the hostile peer's memory subset, 1000 forks while
# other threads are inside the library, and 100 000
# SSL_new/SSL_free pairs, each with its time and resident-size figures.
# Prints PASS/FAIL lines and the figures.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
prefix=$(cd "$1" && pwd)
work=$root/build/tests/stress
mkdir -p "$work"
CC=${CC:-cc}
CFLAGS="-Wall -Wextra -Werror -O1 -pthread"
s=$root/tests/scenarios

for p in threads hostile process; do
	$CC $CFLAGS -I"$prefix/include" "$s/$p.c" -o "$work/$p" \
	    -L"$prefix/lib" -Wl,-rpath,"$prefix/lib" -lssl -lcrypto || { echo "FAIL stress: build $p"; exit 1; }
done
certs=$work/certs
mkdir -p "$certs"
[ -s "$certs/ec.pem" ] || openssl req -x509 -nodes -days 30 -subj /CN=localhost -newkey ec \
    -pkeyopt ec_paramgen_curve:P-256 -keyout "$certs/ec.key" -out "$certs/ec.pem" > /dev/null 2>&1

# run NAME EXPECTED-LINE COMMAND...: runs it (bounded), shows its figures.
run() {
	name=$1 want=$2; shift 2
	start=$(date +%s.%N)
	timeout 1800 "$@" > "$work/$name.out" 2> "$work/$name.err"
	status=$?
	end=$(date +%s.%N)
	secs=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
	if [ $status -eq 0 ] && grep -qxF -- "$want" "$work/$name.out"; then
		echo "PASS stress $name (${secs}s)"
	else
		echo "FAIL stress $name (status $status)"
		sed 's/^/    /' "$work/$name.out"
	fi
	sed 's/^/    /' "$work/$name.err"
}

EC="-c $certs/ec.pem -k $certs/ec.key"
# shellcheck disable=SC2086
run threads-16x625 'handshakes: 10000' "$work/threads" $EC -t 16 -n 625
grep -E '^(exchanges|errors seen)' "$work/threads-16x625.out" | sed 's/^/    /'
# shellcheck disable=SC2086
run hostile-memory-10000 'memory: 10000 rounds of the subset, resident growth under 16 MiB' \
    "$work/hostile" $EC -r 10000
# shellcheck disable=SC2086
run fork-storm-1000 'fork storm: 1000 of 1000 children made their connections' \
    "$work/process" $EC fork-storm 1000
# shellcheck disable=SC2086
run fork-chatter-3000 'fork chatter: 3000 of 3000 children made their connections' \
    "$work/process" $EC fork-chatter 3000
# shellcheck disable=SC2086
run fork-churn-1000 'fork churn: 1000 of 1000 children made their connections' \
    "$work/process" $EC fork-churn 1000
# shellcheck disable=SC2086
run new-free-100000 '100000 SSL_new/SSL_free: resident growth under 8 MiB' \
    "$work/process" $EC new-free 100000
