#!/bin/sh
# run.sh SECONDS [TARGET...]: coverage-guided fuzzing of the managed record
# layer and handshake parsing (issue 9).  Builds the harness
# (tests/fuzz/Program.cs), instruments libssl.dll and
# BouncyCastle.Cryptography.dll with SharpFuzz, records seed corpora from
# real handshakes with OpenSSL and GnuTLS peers on 127.0.0.1, and runs
# AFL++ for SECONDS on each TARGET (server, client, record; all three by
# default).  Prints executions per second, corpus size (paths) and
# crashes per target; a crash input is kept under build/fuzz/findings and
# replayed to show its exception.  Not part of make check: `make fuzz`.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$root/build/fuzz
seconds=${1:-60}
shift
targets=${*:-server client record}
mkdir -p "$work"

fail() { echo "FAIL fuzz: $*"; exit 1; }
command -v afl-fuzz > /dev/null || fail "afl-fuzz not found (apt-get install afl++; build-aux/setup-machine.sh)"

# --- the harness, instrumented ----------------------------------------------
rm -rf "$work/bin"
dotnet build "$root/tests/fuzz/LibSsl.Fuzz.csproj" -c Release --nologo -v:q -o "$work/bin" \
    > "$work/build.log" 2>&1 || { tail -20 "$work/build.log"; fail "harness build"; }
[ -x "$work/tools/sharpfuzz" ] || dotnet tool install SharpFuzz.CommandLine --version 2.3.0 \
    --tool-path "$work/tools" > "$work/tool.log" 2>&1 || fail "dotnet tool install SharpFuzz.CommandLine"
for dll in libssl.dll BouncyCastle.Cryptography.dll; do
	"$work/tools/sharpfuzz" "$work/bin/$dll" > "$work/instrument.log" 2>&1 ||
	    { cat "$work/instrument.log"; fail "sharpfuzz $dll"; }
done

# --- certificates and seeds ---------------------------------------------------
certs=$work/certs
mkdir -p "$certs"
[ -s "$certs/ec.pem" ] || openssl req -x509 -nodes -days 30 -subj /CN=localhost -newkey ec \
    -pkeyopt ec_paramgen_curve:P-256 -keyout "$certs/ec.key" -out "$certs/ec.pem" > /dev/null 2>&1
[ -s "$certs/rsa.pem" ] || openssl req -x509 -nodes -days 30 -subj /CN=localhost -newkey rsa:2048 \
    -keyout "$certs/rsa.key" -out "$certs/rsa.pem" > /dev/null 2>&1
cc -Wall -O1 "$root/tests/fuzz/record.c" -o "$work/record" || fail "build record.c"

seeds=$work/seeds
port_of() { sed -n 's/^PORT \([0-9]*\)$/\1/p' "$1" | head -n 1; }

# Clients' first flights: record -l catches each ClientHello.
record_hellos() {
	mkdir -p "$seeds/server"
	for v in tls13 tls12 alpn-sni; do
		[ -s "$seeds/server/openssl-$v" ] && continue
		"$work/record" -l "$seeds/server/openssl-$v" > "$work/record.port" 2> /dev/null &
		rp=$!
		sleep 0.3
		p=$(port_of "$work/record.port")
		case $v in
		tls13) args= ;;
		tls12) args=-tls1_2 ;;
		alpn-sni) args="-alpn h2,http/1.1 -servername fuzz.example" ;;
		esac
		# shellcheck disable=SC2086
		timeout 3 openssl s_client -connect "127.0.0.1:$p" $args > /dev/null 2>&1 < /dev/null &
		cp=$!
		wait "$rp"; kill "$cp" 2> /dev/null; wait "$cp" 2> /dev/null
	done
	for v in tls13 tls12; do
		[ -s "$seeds/server/gnutls-$v" ] && continue
		"$work/record" -l "$seeds/server/gnutls-$v" > "$work/record.port" 2> /dev/null &
		rp=$!
		sleep 0.3
		p=$(port_of "$work/record.port")
		case $v in
		tls13) prio=NORMAL ;;
		tls12) prio=NORMAL:-VERS-ALL:+VERS-TLS1.2 ;;
		esac
		timeout 3 gnutls-cli --insecure --priority "$prio" -p "$p" 127.0.0.1 > /dev/null 2>&1 < /dev/null &
		cp=$!
		wait "$rp"; kill "$cp" 2> /dev/null; wait "$cp" 2> /dev/null
	done
}
# A server's answer to a recorded ClientHello.
record_flights() {
	mkdir -p "$seeds/client" "$seeds/record"
	for v in tls13-ec tls12-ec tls13-rsa tls12-rsa; do
		[ -s "$seeds/client/openssl-$v" ] && continue
		case $v in *ec) c=ec ;; *) c=rsa ;; esac
		case $v in tls13*) h=openssl-tls13 ;; *) h=openssl-tls12 ;; esac
		: > "$work/server.log"
		timeout 5 openssl s_server -rev -accept 127.0.0.1:0 -cert "$certs/$c.pem" \
		    -key "$certs/$c.key" > "$work/server.log" 2>&1 < /dev/null &
		sp=$!
		i=0; while ! grep -q '^ACCEPT' "$work/server.log" && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
		p=$(sed -n 's/^ACCEPT .*:\([0-9]*\)$/\1/p' "$work/server.log")
		"$work/record" -p "$p" -i "$seeds/server/$h" "$seeds/client/openssl-$v" 2> /dev/null
		"$work/record" -P -p "$p" -i "$seeds/server/$h" "$seeds/record/openssl-$v" 2> /dev/null
		kill "$sp" 2> /dev/null; wait "$sp" 2> /dev/null
	done
	for v in tls13 tls12; do
		[ -s "$seeds/client/gnutls-$v" ] && continue
		p=$((20000 + $$ % 20000))
		timeout 5 gnutls-serv -p "$p" --x509certfile="$certs/ec.pem" --x509keyfile="$certs/ec.key" \
		    > /dev/null 2>&1 < /dev/null &
		sp=$!
		sleep 1
		"$work/record" -p "$p" -i "$seeds/server/gnutls-$v" "$seeds/client/gnutls-$v" 2> /dev/null
		"$work/record" -P -p "$p" -i "$seeds/server/gnutls-$v" "$seeds/record/gnutls-$v" 2> /dev/null
		kill "$sp" 2> /dev/null; wait "$sp" 2> /dev/null
	done
	# Any empty capture is dropped rather than seeding nothing.
	find "$seeds" -type f -empty -delete
}
record_hellos
record_flights
for t in server client record; do
	n=$(ls "$seeds/$t" 2> /dev/null | wc -l)
	echo "INFO fuzz: $n seeds for $t ($(cat "$seeds/$t"/* 2> /dev/null | wc -c) bytes)"
done

# --- fuzzing ------------------------------------------------------------------
status=0
for t in $targets; do
	out=$work/findings/$t
	rm -rf "$out"
	mkdir -p "$work/findings"
	AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
	    AFL_NO_AFFINITY=1 \
	    afl-fuzz -V "$seconds" -i "$seeds/$t" -o "$out" -t 5000 -m none -- \
	    dotnet "$work/bin/LibSsl.Fuzz.dll" "$t" "$certs/ec.pem" "$certs/ec.key" \
	    > "$work/$t.log" 2>&1
	stats=$out/default/fuzzer_stats
	if [ ! -f "$stats" ]; then
		echo "FAIL fuzz $t: afl-fuzz did not run (see build/fuzz/$t.log)"
		tail -n 15 "$work/$t.log" | sed 's/^/    /'
		status=1
		continue
	fi
	get() { sed -n "s/^$1 *: *//p" "$stats"; }
	crashes=$(ls "$out/default/crashes" 2> /dev/null | grep -c '^id' || true)
	echo "INFO fuzz $t: ${seconds}s, $(get execs_done) executions, $(get execs_per_sec)/s," \
	    "corpus $(get corpus_count) paths (found $(get corpus_found)), coverage $(get bitmap_cvg)," \
	    "crashes $crashes, hangs $(get saved_hangs)"
	if [ "$crashes" -gt 0 ]; then
		echo "FAIL fuzz $t: $crashes crashing inputs in build/fuzz/findings/$t/default/crashes"
		for f in "$out/default/crashes"/id*; do
			dotnet "$work/bin/LibSsl.Fuzz.dll" "$t" "$certs/ec.pem" "$certs/ec.key" --replay "$f" 2>&1 |
			    head -n 5 | sed 's/^/    /'
		done
		status=1
	else
		echo "PASS fuzz $t: no crash in ${seconds}s"
	fi
done
exit $status
