#!/bin/sh
# demo.sh STAGE: show the staged library working end to end.  Compiles
# programs against STAGE/usr/include and -lssl -lcrypto from STAGE/usr/lib:
# our own server and client over 127.0.0.1, both non-blocking with poll(2)
# (tests/demo/loopback.c: three connections, the third resuming the
# second's session), then a client against `openssl s_server -rev` with
# TLS 1.3 and TLS 1.2.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
stage=$(cd "$1" && pwd)/usr
work=$root/build/demo
mkdir -p "$work"

for p in tests/scenarios/client tests/demo/loopback; do
	cc -Wall -Werror -I"$stage/include" "$root/$p.c" -o "$work/$(basename "$p")" \
	    -L"$stage/lib" -Wl,-rpath,"$stage/lib" -lssl -lcrypto
done
openssl req -x509 -nodes -days 1 -subj /CN=localhost -newkey ec \
    -pkeyopt ec_paramgen_curve:P-256 -keyout "$work/key.pem" \
    -out "$work/cert.pem" >/dev/null 2>&1

echo "== our server and our client, non-blocking with poll(2), over 127.0.0.1"
"$work/loopback" "$work/cert.pem" "$work/key.pem"

for args in "" "-M 1.2"; do
	timeout 20 openssl s_server -accept 127.0.0.1:0 -naccept 1 -rev \
	    -cert "$work/cert.pem" -key "$work/key.pem" > "$work/server.log" 2>&1 < /dev/null &
	pid=$!
	port=
	for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
		port=$(sed -n 's/^ACCEPT .*:\([0-9][0-9]*\)$/\1/p' "$work/server.log")
		[ -n "$port" ] && break
		sleep 0.1
	done
	echo "== client $args -> openssl s_server -rev on 127.0.0.1:$port"
	# shellcheck disable=SC2086
	"$work/client" -p "$port" -n localhost -s "hello from libssl-cs" $args
	wait "$pid" || true
done
