#!/bin/sh
# run.sh PREFIX: the C scenarios, each run against our installed library
# (PREFIX/include, PREFIX/lib) and against the system OpenSSL 3 (the
# oracle), with a fresh real peer on 127.0.0.1 for every run.  A scenario
# passes when our transcript equals the oracle's (after the documented
# differences in tests/differences.tsv) AND contains the lines the
# scenario expects, so two identical failures never count as a pass.
# Prints PASS/FAIL lines.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
prefix=$(cd "$1" && pwd)
work=$root/build/tests/scenarios
mkdir -p "$work"
CC=${CC:-cc}
CFLAGS="-Wall -Wextra -Werror -O1 -pthread"

fail() { echo "FAIL $*"; }
pass() { echo "PASS $*"; }

# --- build -----------------------------------------------------------------
PROGRAMS="client nbclient inproc server custombio threads wrongrole keys peercert verify verifyserver x509verify resume keylog ../demo/loopback"
build() {
	for p in $PROGRAMS; do
		mkdir -p "$(dirname "$work/$p")"
		$CC $CFLAGS -I"$prefix/include" "$here/$p.c" -o "$work/$p.ours" \
		    -L"$prefix/lib" -Wl,-rpath,"$prefix/lib" -lssl -lcrypto || return 1
		$CC $CFLAGS "$here/$p.c" -o "$work/$p.oracle" -lssl -lcrypto || return 1
	done
	$CC $CFLAGS "$root/tests/tools/tcpserve.c" -o "$work/tcpserve" || return 1
}
# The hostile peer and the process-life programs (added here, apart).
PROGRAMS="$PROGRAMS hostile process"
if build; then pass "scenarios: build $PROGRAMS against ours and oracle"; else
	fail "scenarios: build $PROGRAMS against ours and oracle"; exit 0; fi

# --- certificates ----------------------------------------------------------
certs=$work/certs
mkdir -p "$certs"
make_cert() { # name keyalg-args...
	name=$1; shift
	[ -s "$certs/$name.pem" ] && return 0
	openssl req -x509 -nodes -days 30 -subj "/CN=localhost" "$@" \
	    -keyout "$certs/$name.key" -out "$certs/$name.pem" >/dev/null 2>&1
}
make_cert ec -newkey ec -pkeyopt ec_paramgen_curve:P-256
make_cert rsa -newkey rsa:2048
make_cert ec521 -newkey ec -pkeyopt ec_paramgen_curve:P-521
make_cert ed25519 -newkey ed25519

# A chain for the certificate inspection scenario: a root (valid past
# 2050, so its notAfter is a GeneralizedTime), an intermediate with a small
# serial, and an RSA leaf with a 10-byte serial whose subject needs every
# kind of escaping: UTF-8, RFC 2253 specials, quotes, leading and trailing
# spaces, a multi-valued RDN, an IA5String emailAddress.
make_chain() {
	[ -s "$certs/pc-chain.pem" ] && return 0
	(
		cd "$certs" || exit 1
		openssl req -x509 -nodes -days 10000 -subj "/C=DE/O=Root CA/CN=root.example" \
		    -newkey ec -pkeyopt ec_paramgen_curve:P-256 -keyout pc-root.key -out pc-root.pem
		openssl req -nodes -subj "/C=DE/O=Inter, Inc./CN=inter.example" \
		    -newkey ec -pkeyopt ec_paramgen_curve:P-256 -keyout pc-inter.key -out pc-inter.csr
		printf 'basicConstraints=critical,CA:TRUE\n' > pc-ca.ext
		openssl x509 -req -days 30 -in pc-inter.csr -CA pc-root.pem -CAkey pc-root.key \
		    -set_serial 4660 -extfile pc-ca.ext -out pc-inter.pem
		openssl req -nodes -multivalue-rdn -utf8 \
		    -subj "$(printf '/C=DE/ST=Baden-W\303\274rttemberg/O=R&D "Q" <x>; a=b\\/c/OU=one+OU=two/CN= leaf.example #1 /emailAddress=a@b.example')" \
		    -newkey rsa:2048 -keyout pc-leaf.key -out pc-leaf.csr
		openssl x509 -req -days 30 -in pc-leaf.csr -CA pc-inter.pem -CAkey pc-inter.key \
		    -set_serial 0x0123456789abcdef0123 -out pc-leaf.pem
		cat pc-inter.pem pc-root.pem > pc-chain.pem
	) > /dev/null 2>&1
}
make_chain

# --- peers -----------------------------------------------------------------
# start_tls_server LOG ARGS...: openssl s_server on a free port, one
# connection, killed after 20 s at most.  Sets PORT and SERVER_PID.
start_tls_server() {
	log=$1; shift
	: > "$log"
	timeout 20 openssl s_server -accept 127.0.0.1:0 -naccept 1 -rev "$@" \
	    > "$log" 2>&1 < /dev/null &
	SERVER_PID=$!
	wait_port "$log" 's/^ACCEPT .*:\([0-9][0-9]*\)$/\1/p'
}

# start_gnutls_server LOG ARGS...: gnutls-serv --echo on a free port (it
# binds port 0 and reports "port 0", so the port is read back with ss(8)).
# It serves until stopped; killed after 20 s at most.
start_gnutls_server() {
	log=$1; shift
	: > "$log"
	timeout 20 gnutls-serv --echo -a -p 0 "$@" > "$log" 2>&1 < /dev/null &
	SERVER_PID=$!
	PORT=
	i=0
	while [ -z "$PORT" ] && [ $i -lt 300 ]; do
		child=$(pgrep -P "$SERVER_PID" gnutls-serv | head -n 1)
		[ -n "$child" ] && PORT=$(ss -ltnpH 2>/dev/null |
		    awk -v p="pid=$child," 'index($0, p) && $4 ~ /^0\.0\.0\.0:/ { sub(/.*:/, "", $4); print $4; exit }')
		[ -n "$PORT" ] || sleep 0.05
		i=$((i + 1))
	done
	[ -n "$PORT" ]
}

# start_tls_input_server LOG SCRIPT ARGS...: openssl s_server without -rev,
# its standard input fed by the shell SCRIPT (s_server sends each line it
# reads as data; a line "k" or "K" makes it send a TLS 1.3 KeyUpdate, "K"
# asking for one back).
start_tls_input_server() {
	log=$1 script=$2; shift 2
	: > "$log"
	sh -c "$script" | timeout 20 openssl s_server -accept 127.0.0.1:0 -naccept 1 "$@" \
	    > "$log" 2>&1 &
	SERVER_PID=$!
	wait_port "$log" 's/^ACCEPT .*:\([0-9][0-9]*\)$/\1/p'
}

# start_tcp_server LOG MODE [TEXT]: a plain TCP peer (tests/tools/tcpserve.c).
start_tcp_server() {
	log=$1; shift
	: > "$log"
	"$work/tcpserve" "$@" > "$log" 2>&1 &
	SERVER_PID=$!
	wait_port "$log" 's/^PORT \([0-9][0-9]*\)$/\1/p'
}

wait_port() {
	PORT=
	i=0
	while [ $i -lt 300 ]; do
		PORT=$(sed -n "$2" "$1" | head -n 1)
		[ -n "$PORT" ] && return 0
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}

# Peers serve one connection and then exit by themselves, flushing their
# logs; one still running after 2 s is killed.
stop_server() {
	i=0
	while [ $i -lt 40 ] && kill -0 "$SERVER_PID" 2>/dev/null; do
		sleep 0.05
		i=$((i + 1))
	done
	kill "$SERVER_PID" 2>/dev/null
	wait "$SERVER_PID" 2>/dev/null
}

# Applies tests/differences.tsv to an oracle transcript of one scenario.
apply_differences() { # scenario file
	awk -F '\t' -v s="$1" '
		FNR == NR { if ($0 !~ /^#/ && $1 == s) { from[$2] = $3; has[$2] = 1 } next }
		($0 in has) { if (from[$0] != "") { t = from[$0]; gsub(/\\n/, "\n", t); print t } next }
		{ print }
	' "$root/tests/differences.tsv" "$2"
}

# scenario NAME PEER PEERARGS -- CLIENTARGS -- EXPECTED-LINE...
#   PEER is "tls" (openssl s_server -rev; PEERARGS passed to it),
#   "gnutls" (gnutls-serv --echo), "tcp" (tcpserve; PEERARGS its mode and
#   text) or "none" (nothing listens).  CLIENTARGS may start with @PROGRAM
#   to run tests/scenarios/PROGRAM.c instead of client.c.
#   An EXPECTED-LINE starting with "server:" must appear in our run's
#   server log instead of the client transcript.
scenario() {
	name=$1 peer=$2; shift 2
	peerargs= ; while [ "$1" != "--" ]; do peerargs="$peerargs
$1"; shift; done; shift
	clientargs= ; while [ "$1" != "--" ]; do clientargs="$clientargs
$1"; shift; done; shift

	program=client
	case $clientargs in
	"
@"*) program=${clientargs#?@}; program=${program%%
*}; clientargs=${clientargs#?@$program} ;;
	esac

	for who in oracle ours; do
		slog=$work/$name.$who.server
		: > "$slog"
		port=1
		if [ "$peer" != none ]; then
			oldifs=$IFS; IFS='
'
			# shellcheck disable=SC2086
			case $peer in
			tls) start_tls_server "$slog" $peerargs ;;
			tlsin) start_tls_input_server "$slog" $peerargs ;;
			gnutls) start_gnutls_server "$slog" $peerargs ;;
			*) start_tcp_server "$slog" $peerargs ;;
			esac
			IFS=$oldifs
			port=$PORT
		fi
		oldifs=$IFS; IFS='
'
		# shellcheck disable=SC2086
		timeout 30 "$work/$program.$who" -p "$port" $clientargs > "$work/$name.$who.out" 2> "$work/$name.$who.err"
		IFS=$oldifs
		case $peer in
		none) ;;
		gnutls) kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null ;;
		*) stop_server ;;
		esac
	done

	apply_differences "$name" "$work/$name.oracle.out" > "$work/$name.oracle.expected"
	if ! diff -u "$work/$name.oracle.expected" "$work/$name.ours.out" > "$work/$name.diff"; then
		fail "scenario $name: differs from OpenSSL (see build/tests/scenarios/$name.diff)"
		sed 's/^/    /' "$work/$name.diff"
		return
	fi
	for want in "$@"; do
		case $want in
		server:*)
			if ! grep -qF -- "${want#server:}" "$work/$name.ours.server"; then
				fail "scenario $name: server did not log: ${want#server:}"; return; fi ;;
		!*)
			if grep -qF -- "${want#!}" "$work/$name.ours.out" "$work/$name.ours.server"; then
				fail "scenario $name: unexpected: ${want#!}"; return; fi ;;
		*)
			if ! grep -qxF -- "$want" "$work/$name.ours.out"; then
				fail "scenario $name: missing line: $want"
				sed 's/^/    /' "$work/$name.ours.out"
				return
			fi ;;
		esac
	done
	pass "scenario $name"
}

EC="-cert
$certs/ec.pem
-key
$certs/ec.key"
RSA="-cert
$certs/rsa.pem
-key
$certs/rsa.key"

ok_exchange='connect: 1'
reply='reply: "olleh"'

scenario tls13-echo tls $EC -- -- \
	"$ok_exchange" 'version: TLSv1.3' 'cipher: TLS_AES_256_GCM_SHA384' \
	'write of nothing: 0' 'write of nothing error: 5' \
	'write: 6' 'read: 6' "$reply" 'shutdown: 0' 'shutdown state: 1'
scenario tls13-rsa tls $RSA -- -- \
	"$ok_exchange" 'version: TLSv1.3' "$reply"
scenario tls12-forced tls $EC -- -M 1.2 -- \
	'set max: 1' "$ok_exchange" 'version: TLSv1.2' \
	'cipher: ECDHE-ECDSA-AES256-GCM-SHA384' "$reply" 'shutdown: 0'
scenario tls12-rsa tls $RSA -- -M 1.2 -- \
	"$ok_exchange" 'version: TLSv1.2' 'cipher: ECDHE-RSA-AES256-GCM-SHA384' "$reply"
scenario tls12-only-server tls $EC -tls1_2 -- -- \
	"$ok_exchange" 'version: TLSv1.2' "$reply"
scenario tls13-chacha20 tls $EC -- -C TLS_CHACHA20_POLY1305_SHA256 -- \
	'set ciphersuites: 1' "$ok_exchange" 'cipher: TLS_CHACHA20_POLY1305_SHA256' "$reply"
scenario tls13-aes128 tls $EC -- -C TLS_AES_128_GCM_SHA256 -- \
	"$ok_exchange" 'cipher: TLS_AES_128_GCM_SHA256' "$reply"
scenario tls12-chacha20 tls $RSA -- -M 1.2 -c ECDHE-RSA-CHACHA20-POLY1305 -- \
	'set cipher list: 1' "$ok_exchange" 'cipher: ECDHE-RSA-CHACHA20-POLY1305' "$reply"
scenario tls12-aes128-cbc tls $RSA -- -M 1.2 -c ECDHE-RSA-AES128-SHA256 -- \
	"$ok_exchange" 'cipher: ECDHE-RSA-AES128-SHA256' "$reply"
scenario group-p256-retry tls $EC -groups P-256 -- -- \
	"$ok_exchange" 'version: TLSv1.3' "$reply" 'server:Supported groups: x25519:<NULL>:secp256r1'
scenario group-p384-tls12 tls $EC -groups P-384 -- -M 1.2 -- \
	"$ok_exchange" 'version: TLSv1.2' "$reply"
scenario sni-sent tls $EC -servername sni.example.test -cert2 "$certs/rsa.pem" -key2 "$certs/rsa.key" -- \
	-n sni.example.test -- \
	'set host name: 1' "$ok_exchange" "$reply" \
	'server:Hostname in TLS extension: "sni.example.test"' 'server:Switching server context.'
scenario sni-raw-bytes tls $EC -servername "$(printf 'b\303\274cher.example')" -cert2 "$certs/rsa.pem" -key2 "$certs/rsa.key" -- \
	-n "$(printf 'b\303\274cher.example')" -- \
	"$ok_exchange" 'server:Hostname in TLS extension: "b\xc3\xbccher.example"'
scenario sni-absent tls $EC -servername sni.example.test -cert2 "$certs/rsa.pem" -key2 "$certs/rsa.key" -- \
	-- "$ok_exchange" '!Hostname in TLS extension'
scenario ex-functions tls $EC -- -x -- \
	"$ok_exchange" 'write_ex of nothing: 1' 'written: 0' 'write_ex: 1' 'written: 6' 'read_ex: 1' \
	'readbytes: 6' "$reply"
scenario peek-then-read tls $EC -- -k -- \
	"$ok_exchange" 'peek: 6' 'pending after peek: 6' 'has pending after peek: 1' 'read: 6' "$reply"
scenario quiet-shutdown tls $EC -- -q -- \
	"$ok_exchange" "$reply" 'quiet shutdown: 1' 'shutdown: 1' 'shutdown state: 3'
# SSL_read_ex leaves *readbytes untouched on failure (here the 6 of the write).
scenario eof-after-close-notify-ex tls $EC -- -x -s CLOSE -- \
	"$ok_exchange" 'read_ex: 0' 'read_ex error: 6' 'readbytes: 6'
scenario alpn-agreed tls $EC -alpn h2,http/1.1 -- -a http/1.1,h2 -- \
	'set alpn: 0' "$ok_exchange" 'alpn: h2' "$reply"
scenario alpn-no-overlap-refused tls $EC -alpn h2 -- -a spdy/1 -- \
	'connect: -1' 'connect error: 1' 'queue: lib=20 reason=1120 "tlsv1 alert no application protocol"'
scenario alpn-malformed-list-refused tls $EC -- -a ,h2 -- 'set alpn: 1' "$ok_exchange"
scenario groups-p384-only tls $EC -- -g P-384 -- \
	'set groups: 1' "$ok_exchange" 'group: 715' "$reply"
scenario groups-x25519-default tls $EC -- -- 'group: 1034' 'cipher id: 03001302' 'cipher bits: 256 256' \
	'cipher version: TLSv1.3' 'cipher standard name: TLS_AES_256_GCM_SHA384'
scenario groups-unknown-name tls $EC -- -g X25519:NOPE -- 'set groups: 0' "$ok_exchange"
scenario cipher-details-tls12-cbc tls $RSA -- -M 1.2 -c ECDHE-RSA-AES128-SHA -- \
	'cipher id: 0300c013' 'cipher bits: 128 128' 'cipher version: TLSv1.0' \
	'cipher standard name: TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA'
# TLS 1.3 KeyUpdate from the peer (SSL_read(3)): s_server updates its keys
# ("k"), or also asks for ours ("K"), logging "SSL_do_handshake -> 1",
# then sends a line; we must read it
# and our answer must decrypt under the keys the server then expects.
KU_NOT_REQUESTED='sleep 1; echo k; sleep 0.5; echo ping; sleep 2'
KU_REQUESTED='sleep 1; echo K; sleep 0.5; echo ping; sleep 2'
scenario key-update-from-peer tlsin "$KU_NOT_REQUESTED" $EC -- -R -s pong -- \
	"$ok_exchange" 'server said: "ping"' 'write: 5' 'server:SSL_do_handshake -> 1' 'server:pong'
# With -trace the server logs the KeyUpdate we send back before "pong".
scenario key-update-requested-by-peer tlsin "$KU_REQUESTED" $EC -trace -- -R -s pong -- \
	"$ok_exchange" 'server said: "ping"' 'write: 5' 'server:SSL_do_handshake -> 1' \
	'server:update_not_requested (0)' 'server:pong'
scenario close-notify-zero-return tls $EC -- -s CLOSE -- \
	"$ok_exchange" 'read: 0' 'read error: 6' 'queue: empty' 'shutdown: 1' 'shutdown state: 3'
scenario need-tls13-server-tls12 tls $EC -tls1_2 -- -m 1.3 -- \
	'set min: 1' 'connect: -1' 'connect error: 1' \
	'queue: lib=20 reason=1070 "tlsv1 alert protocol version"'
scenario no-shared-cipher tls $EC -- -M 1.2 -c AES128-SHA -- \
	'connect: -1' 'connect error: 1' \
	'queue: lib=20 reason=1040 "sslv3 alert handshake failure"'
scenario nothing-listening none -- -- \
	'tcp connect: Connection refused' 'connect: -1' 'connect error: 5' 'connect errno: 32'
scenario eof-in-handshake tcp close -- -- \
	'connect: 0' 'connect error: 5' 'connect errno: 0' 'queue: empty'
scenario plain-text-reply tcp say "$(printf 'HTTP/1.0 400 Bad Request\r\n\r\n')" -- -- \
	'connect: -1' 'connect error: 1' 'queue: lib=20 reason=267 "wrong version number"'

# Buffering BIOs (SSL_connect(3)): our client and our server in one
# process, the caller moving the bytes through BIO pairs with 256-byte
# buffers or through memory BIOs; the oracle runs the same program with
# OpenSSL on both ends.
inproc_ok="handshake: client 1 server 1
same cipher: yes
roles: client 0 server 1
client to server: 102400 of 102400
server to client: 102400 of 102400
bytes moved by the caller: all
client shutdown: 0
server read after close_notify: 0 error 6
server shutdown: 1
client shutdown again: 1"
inproc() { # name args... -- expected...
	name=$1; shift
	args=; while [ "$1" != "--" ]; do args="$args
$1"; shift; done; shift
	# Its own name: scenario() saves IFS in oldifs too, and would leave
	# this function restoring the newline it set.
	inproc_ifs=$IFS; IFS='
'
	# shellcheck disable=SC2086
	scenario "$name" none -- @inproc $args -- $inproc_ok "$@"
	IFS=$inproc_ifs
}
inproc inproc-pair-tls13-ecdsa -c "$certs/ec.pem" -k "$certs/ec.key" -m pair -- 'version: TLSv1.3 TLSv1.3'
inproc inproc-pair-tls12-rsa -c "$certs/rsa.pem" -k "$certs/rsa.key" -m pair -M 1.2 -- 'version: TLSv1.2 TLSv1.2'
inproc inproc-mem-tls13-rsa -c "$certs/rsa.pem" -k "$certs/rsa.key" -m mem -- 'version: TLSv1.3 TLSv1.3'
inproc inproc-mem-tls12-ecdsa -c "$certs/ec.pem" -k "$certs/ec.key" -m mem -M 1.2 -- 'version: TLSv1.2 TLSv1.2'

# Certificate and key loading (SSL_CTX_use_certificate(3),
# PEM_read_bio_X509(3)): missing, empty and non-PEM files, a key for
# another certificate (RSA and EC keys live in separate slots, so that is
# accepted, as in OpenSSL), encrypted keys with the right and the wrong
# password, objects read from BIOs and FILEs.
keys=$work/keys
if [ ! -s "$keys/a.enc.key" ]; then
	mkdir -p "$keys"
	cp "$certs/ec.pem" "$keys/a.pem"; cp "$certs/ec.key" "$keys/a.key"
	cp "$certs/rsa.pem" "$keys/b.pem"; cp "$certs/rsa.key" "$keys/b.key"
	openssl pkey -in "$keys/a.key" -aes256 -passout pass:secret -out "$keys/a.enc.key" 2>/dev/null
	openssl ec -in "$keys/a.key" -aes256 -passout pass:secret -out "$keys/a.legacy.key" 2>/dev/null
	: > "$keys/empty"
	echo 'hello, not a certificate' > "$keys/garbage"
fi
scenario certificate-and-key-loading none -- @keys "$keys" -- \
	'certificate, missing file: 0 first 2/2 last 20/524290' \
	'certificate, not PEM: 0 first 9/108 last 20/524297' \
	'key b, not a'"'"'s: 1' 'check without a key: 0 first 20/177 last 20/177' \
	'encrypted key, right password: 1' 'legacy encrypted key: 1' \
	'third: none left: 0 first 9/108 last 9/108' 'use key object: 1' 'check: 1'

# The demo of `make demo`: our server (in a child process) and our client,
# both non-blocking with poll(2), three connections with ALPN, the third
# resuming the TLS 1.2 session of the second.
scenario loopback-demo none -- @../demo/loopback "$certs/ec.pem" "$certs/ec.key" -- \
	'listening on 127.0.0.1' \
	'connection 1: TLSv1.3, TLS_AES_256_GCM_SHA384, group 1034, ALPN http/1.1, resumed no' \
	'connection 2: TLSv1.2, ECDHE-ECDSA-AES256-GCM-SHA384, group 1034, ALPN http/1.1, resumed no' \
	'connection 3: TLSv1.2, ECDHE-ECDSA-AES256-GCM-SHA384, group 1034, ALPN http/1.1, resumed yes' \
	'connection 3: sent ping, server echoed ping' 'connection 3: closed (both close_notify seen)' \
	'server process: done'

# Certificate inspection (SSL_get_peer_certificate(3),
# SSL_get_peer_cert_chain(3), X509_get_subject_name(3),
# X509_NAME_print_ex(3), d2i_X509(3), PEM_write_bio_X509(3)) and
# application data (SSL_get_ex_new_index(3)): openssl s_server sends the
# leaf, the intermediate and the root; every name, number, encoding and
# ex_data slot is printed and compared with OpenSSL's.
scenario peer-certificate-inspection tls -cert "$certs/pc-leaf.pem" -key "$certs/pc-leaf.key" \
	-cert_chain "$certs/pc-chain.pem" -- @peercert -- \
	'ssl indexes: 1 2' 'ctx indexes: 1 2' 'connect: 1' 'chain: 3 certificates' \
	'get1, get and get0 give one object: yes' 'chain[0] is the peer certificate: yes' \
	'issuer: /C=DE/O=Inter, Inc./CN=inter.example' \
	'print_ex issuer rfc2253 indent 0: [CN=inter.example,O=Inter\, Inc.,C=DE] -> 36' \
	'serial: 4660' 'd2i then i2d gives the same bytes: yes' 'PEM_write_X509 wrote the same text: yes' \
	'free callback: idx 2 value two argl 42 argp ssl-argp' 'free callback: idx 2 value (null) argl 7 argp (null)' \
	'peer subject after SSL_free: /C=DE/ST=Baden-W\xC3\xBCrttemberg/O=R&D "Q" <x>; a=b\/c/OU=one+OU=two/CN= leaf.example #1 /emailAddress=a@b.example' \
	'done'

# A method without the role asked for (SSL_CTX_new(3), SSL_connect(3)).
# (wrongrole ignores the -p the runner passes.)
scenario wrong-role-for-method none -- @wrongrole -- \
	'connect with TLS_server_method: 0 error 1 lib 20 reason 786689' \
	'accept with TLS_client_method: 0 error 1 lib 20 reason 786689'

# Threads: 16 threads share one client and one server SSL_CTX, each making
# its own SSL objects; every handshake and exchange succeeds and no thread
# ever sees another's errors (ERR_get_error(3) is per thread).
scenario threads-16x20 none -- @threads -c "$certs/ec.pem" -k "$certs/ec.key" -t 16 -n 20 -- \
	'handshakes: 320' 'exchanges: 320' 'errors seen from other threads: 0' 'own errors seen: 320' \
	'context still usable: yes'

# Hostile peers (tests/scenarios/hostile.c): raw bytes to our server and
# to our client over memory BIOs -- truncated, oversized, zero-length and
# mistyped records, hellos and flights split a byte at a time, duplicated
# and reordered messages, 1000 extensions, 100 certificates, a 1 MiB
# certificate, an alert inside a handshake message, garbage after the
# handshake, and end of file at every byte offset of a live handshake.
# Each case ends with a return value, SSL_get_error, a reason on the queue
# (none for end of file, see differences.tsv) and the alert sent, all
# compared with OpenSSL 3 running the same program.
#
# The certificates: the EC certificate 100 times over as one chain
# (about 39 KB), and a certificate carrying a 1 MiB extension.
if [ ! -s "$certs/chain100.pem" ]; then
	i=0; while [ $i -lt 100 ]; do cat "$certs/ec.pem"; i=$((i + 1)); done > "$certs/chain100.pem"
fi
if [ ! -s "$certs/big.pem" ]; then
	{ printf '[req]\ndistinguished_name=dn\nx509_extensions=ext\nprompt=no\n[dn]\nCN=big\n[ext]\n1.2.3.4.5=DER:'
	  head -c 1048576 /dev/zero | od -An -v -tx1 | tr -d ' \n'; echo; } > "$certs/big.cnf"
	openssl req -x509 -nodes -days 30 -config "$certs/big.cnf" -key "$certs/ec.key" \
	    -out "$certs/big.pem" >/dev/null 2>&1
fi
HOSTILE="-c
$certs/ec.pem
-k
$certs/ec.key
-C
$certs/chain100.pem
-B
$certs/big.pem"
hostile() { # case expected-line...
	c=$1; shift
	# (scenario keeps its own oldifs, so this one has another name)
	hostile_ifs=$IFS; IFS='
'
	# shellcheck disable=SC2086
	scenario "hostile-$c" none -- @hostile $HOSTILE "$c" -- "$@"
	IFS=$hostile_ifs
}
eof='ret 0 SSL_ERROR_SYSCALL, queue empty, alert none'
fatal='ret -1 SSL_ERROR_SSL, queue reason, alert'
done_ok='ret 1 SSL_ERROR_NONE, queue empty, alert none'
hostile server-truncated-record "server-truncated-record: $eof"
hostile server-truncated-header "server-truncated-header: $eof"
hostile server-plaintext-2^14 "server-plaintext-2^14: $fatal 10"
hostile server-plaintext-over-2^14 "server-plaintext-over-2^14: $fatal 22"
hostile server-ciphertext-over-2^14+2048 "server-ciphertext-over-2^14+2048: $fatal 10"
hostile server-zero-length-handshake "server-zero-length-handshake: $fatal 47"
hostile server-zero-length-alert "server-zero-length-alert: $fatal 47"
hostile server-appdata-before-hello "server-appdata-before-hello: $fatal 10"
hostile server-unknown-content-type "server-unknown-content-type: $fatal 10"
hostile server-ccs-before-hello "server-ccs-before-hello: $fatal 10"
hostile server-http-request "server-http-request: $fatal none"
hostile server-hello-bytewise \
	'server-hello-bytewise: a retry each byte before the last byte, answered after it: yes' \
	"server-hello-bytewise: $done_ok"
hostile server-hello-one-byte-records "server-hello-one-byte-records: $done_ok"
hostile server-1000-extensions \
	'server-1000-extensions: ret -1 SSL_ERROR_WANT_READ, answered with a ServerHello: yes'
hostile server-duplicate-extension "server-duplicate-extension: $fatal 47"
hostile server-duplicate-hello "server-duplicate-hello: $fatal 10"
hostile server-alert-mid-hello "server-alert-mid-hello: $fatal 10"
hostile server-tls12-duplicate-key-exchange "server-tls12-duplicate-key-exchange: $fatal 10"
hostile server-tls12-finished-without-ccs "server-tls12-finished-without-ccs: $fatal 10"
hostile server-tls12-ccs-before-key-exchange "server-tls12-ccs-before-key-exchange: $fatal 10"
hostile server-garbage-after-handshake "server-garbage-after-handshake: $fatal 20"
hostile server-eof-every-offset 'server-eof-every-offset: every offset ret 0 SSL_ERROR_SYSCALL, queue empty'
hostile client-truncated-flight "client-truncated-flight: $eof"
hostile client-plaintext-over-2^14 "client-plaintext-over-2^14: $fatal 22"
hostile client-zero-length-handshake "client-zero-length-handshake: $fatal 47"
hostile client-zero-length-alert "client-zero-length-alert: $fatal 47"
hostile client-appdata-before-hello "client-appdata-before-hello: $fatal 10"
hostile client-http-reply "client-http-reply: $fatal 10"
hostile client-duplicate-hello "client-duplicate-hello: $fatal 10"
hostile client-reordered-messages "client-reordered-messages: $fatal 10"
hostile client-alert-mid-message "client-alert-mid-message: $fatal 10"
hostile client-flight-one-byte-records "client-flight-one-byte-records: $done_ok"
hostile client-flight-bytewise 'client-flight-bytewise: finished before the last byte: no' \
	"client-flight-bytewise: $done_ok"
hostile client-megabyte-certificate-message "client-megabyte-certificate-message: $fatal 80"
hostile client-chain-of-100 "client-chain-of-100: $done_ok"
hostile client-megabyte-certificate "client-megabyte-certificate: $fatal 80"
hostile client-tls12-plaintext-finished "client-tls12-plaintext-finished: $fatal 10"
hostile client-tls12-duplicate-first-record "client-tls12-duplicate-first-record: $fatal 50"
hostile client-tls12-duplicate-ticket "client-tls12-duplicate-ticket: $fatal 10"
hostile client-garbage-after-handshake "client-garbage-after-handshake: $fatal 20"
hostile client-ciphertext-2^14+256 "client-ciphertext-2^14+256: $fatal 20"
hostile client-ciphertext-over-2^14+256 "client-ciphertext-over-2^14+256: $fatal 22"
hostile client-non-record-after-handshake "client-non-record-after-handshake: $fatal 10"
hostile client-eof-every-offset 'client-eof-every-offset: every offset ret 0 SSL_ERROR_SYSCALL, queue empty'
# All the cases again with the C side built with AddressSanitizer and
# UBSan: no invalid read or write, the same transcript as the cases above.
# (LeakSanitizer is off: the strings the library hands out, such as
# ERR_reason_error_string's, are kept from managed memory, which it does
# not scan, so it would call them leaked.)
hostile_asan() {
	name="hostile-all-cases-under-asan"
	asan_ifs=$IFS
	IFS=' 	
'
	hostile_asan_run
	IFS=$asan_ifs
}
hostile_asan_run() {
	if ! $CC $CFLAGS -g -fsanitize=address,undefined -I"$prefix/include" "$here/hostile.c" \
	    -o "$work/hostile.asan" -L"$prefix/lib" -Wl,-rpath,"$prefix/lib" -lssl -lcrypto \
	    > "$work/$name.build" 2>&1; then
		fail "scenario $name: build"; sed 's/^/    /' "$work/$name.build"; return
	fi
	ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 timeout 120 \
	    "$work/hostile.asan" -c "$certs/ec.pem" -k "$certs/ec.key" -C "$certs/chain100.pem" \
	    -B "$certs/big.pem" > "$work/$name.out" 2> "$work/$name.err"
	status=$?
	for f in "$work"/hostile-*.ours.out; do
		case $f in *hostile-memory*|*"$name"*) ;; *) cat "$f" ;; esac
	done | sort > "$work/$name.expected"
	sort "$work/$name.out" | diff -u "$work/$name.expected" - > "$work/$name.diff"
	if [ $status -ne 0 ] || grep -q 'Sanitizer\|runtime error' "$work/$name.err" || [ -s "$work/$name.diff" ]; then
		fail "scenario $name: status $status (see build/tests/scenarios/$name.err, .diff)"
		grep -A20 'Sanitizer\|runtime error' "$work/$name.err" | head -n 30 | sed 's/^/    /'
		sed 's/^/    /' "$work/$name.diff" | head -n 20
		return
	fi
	pass "scenario $name"
}
hostile_asan

# The memory subset 1000 times (10 000 in `make stress`): resident size
# after a warm-up may not grow by 16 MiB.
hostile_ifs=$IFS; IFS='
'
# shellcheck disable=SC2086
scenario hostile-memory none -- @hostile $HOSTILE -r 1000 -- \
	'memory: 1000 rounds of the subset, resident growth under 16 MiB'
IFS=$hostile_ifs

# Process life (ssl(3) CAVEATS): fork(2) after the library has started --
# a child that only calls _exit or exec, a child that makes connections of
# its own, a child that calls _exit although another thread was inside the
# library; a program that ends by returning from main, exit(3), _exit(2)
# or exit(3) from another thread while the main thread is inside the
# library keeps its status; SSL_write to a peer that has closed gives
# EPIPE with SIGPIPE ignored, and the signal kills the writer otherwise,
# as with OpenSSL.
process() { # mode expected-line...
	m=$1; shift
	scenario "process-$m" none -- @process -c "$certs/ec.pem" -k "$certs/ec.key" "$m" -- "$@"
}
process fork-exit 'child: exited 7' 'parent after: 3 of 3'
process fork-exec 'child: exited 5' 'parent after: 3 of 3'
process fork-use 'child connections: 100 of 100' 'child: exited 0' 'parent after: 3 of 3'
process fork-busy-exit 'child: exited 7' 'parent after: 3 of 3'
process exit-return 'exit-return: exited 3'
process exit-exit 'exit-exit: exited 3'
process exit-_exit 'exit-_exit: exited 3'
process exit-thread 'exit-thread: exited 3'
process new-free 'parent before: 3 of 3' '100000 SSL_new/SSL_free: resident growth under 8 MiB'
process sigpipe-ignored 'connect: 1' 'write to a closed peer: -1, error 5, errno EPIPE' 'parent after: 3 of 3'
process sigpipe-default 'child writing to a closed peer: killed by signal 13' 'parent after: 3 of 3'

# A child forked while other threads are inside the library goes on using
# it (ssl(3) CAVEATS; libssl/Runtime/ForkGate.cs).  Ours only: OpenSSL 3's
# own children hang in about 2% of these forks (a lock of the parent's
# inherited held; 2 of 100 in the measurement of the notes), so its
# transcript is no reference here.  fork-busy-use: one thread making
# connections, the child makes 100.  fork-storm: 40 forks while three
# threads make connections, one calls cheap functions in a tight loop and
# one is blocked in SSL_read on a blocking socket; each child makes 3
# connections, and no fork waits for the blocked reader.  Without the
# fork gate, fork-busy-use failed in 5 runs of 6 (4 SIGABRT, 1 hang);
# with a gate that only counted threads inside, fork-chatter's children
# still died in about 3 forks of 100 (libssl/Runtime/ForkGate.cs).
ours_only() { # name expected-line... -- args...
	name=$1; shift
	wants=
	while [ "$1" != "--" ]; do wants="$wants
$1"; shift; done; shift
	timeout 120 "$work/process.ours" -c "$certs/ec.pem" -k "$certs/ec.key" "$@" 	    > "$work/$name.ours.out" 2> "$work/$name.ours.err"
	status=$?
	oldifs=$IFS; IFS='
'
	for want in $wants; do
		if ! grep -qxF -- "$want" "$work/$name.ours.out"; then
			IFS=$oldifs
			fail "scenario $name: missing line: $want (status $status)"
			sed 's/^/    /' "$work/$name.ours.out" "$work/$name.ours.err"
			return
		fi
	done
	IFS=$oldifs
	if [ "$status" -ne 0 ]; then fail "scenario $name: status $status"; return; fi
	pass "scenario $name"
}
ours_only process-fork-busy-use 'child connections: 100 of 100' 'child: exited 0' 'parent after: 3 of 3' -- fork-busy-use
ours_only process-fork-storm 'fork storm: 40 of 40 children made their connections' \
    'every fork returned within 1 s (none waited for the blocked reader): yes' \
    'the blocked reader read after the storm: yes' 'parent after: 3 of 3' -- fork-storm 40
# fork-chatter: 150 forks while three threads call cheap functions in
# tight loops, so that they are often in the runtime's own few
# instructions of entering or leaving an export; each child collects.
ours_only process-fork-chatter 'fork chatter: 150 of 150 children made their connections' \
    'parent after: 3 of 3' -- fork-chatter 150
# fork-churn: 100 forks while a thread keeps the collector busy (in the
# background too).  A child's collection that chose the background
# collector, whose thread the child does not have, waited forever before
# the child handler put the child's collector in batch mode.
ours_only process-fork-churn 'fork churn: 100 of 100 children made their connections' \
    'parent after: 3 of 3' -- fork-churn 100

# A BIO_METHOD written in C whose callbacks ask for retries at
# pseudo-random points (BIO_meth_new(3)): the handshake and 1024 lines go
# through, continuing after each SSL_ERROR_WANT_READ/WANT_WRITE.
cb_ok="new index is past BIO_TYPE_START: yes
method type: ours
connect: 1
lines answered correctly: all
retries injected on read and write: yes
shutdown: 0
create and destroy called: 1 1"
oldifs=$IFS; IFS='
'
# shellcheck disable=SC2086
scenario custom-bio-retries-tls13 tls $EC -- @custombio -- $cb_ok 'version: TLSv1.3'
# shellcheck disable=SC2086
scenario custom-bio-retries-tls12 tls $RSA -- @custombio -M 1.2 -- $cb_ok 'version: TLSv1.2'
IFS=$oldifs

# The server role: tests/scenarios/server.c built against us and against
# OpenSSL, each driven by a real client (openssl s_client, gnutls-cli)
# that sends "hello" and must get "olleh" back.
server_scenario() { # name client serverargs... -- clientargs... -- expected...
	name=$1 client=$2; shift 2
	sargs= ; while [ "$1" != "--" ]; do sargs="$sargs
$1"; shift; done; shift
	cargs= ; while [ "$1" != "--" ]; do cargs="$cargs
$1"; shift; done; shift
	for who in oracle ours; do
		log=$work/$name.$who.port
		: > "$log"
		oldifs=$IFS; IFS='
'
		# shellcheck disable=SC2086
		timeout 30 "$work/server.$who" $sargs > "$work/$name.$who.out" 2> "$log" &
		pid=$!
		wait_port "$log" 's/^PORT \([0-9][0-9]*\)$/\1/p'
		if [ "$client" = openssl ]; then
			# shellcheck disable=SC2086
			printf 'hello\n' | timeout 20 openssl s_client -connect "127.0.0.1:$PORT" \
			    -quiet $cargs > "$work/$name.$who.client" 2>&1
		else
			# shellcheck disable=SC2086
			(printf 'hello\n'; sleep 1) | timeout 20 gnutls-cli --insecure -p "$PORT" \
			    $cargs 127.0.0.1 > "$work/$name.$who.client" 2>&1
		fi
		IFS=$oldifs
		wait "$pid" 2>/dev/null
	done
	if ! diff -u "$work/$name.oracle.out" "$work/$name.ours.out" > "$work/$name.diff"; then
		fail "scenario $name: differs from OpenSSL (see build/tests/scenarios/$name.diff)"
		sed 's/^/    /' "$work/$name.diff"
		return
	fi
	if ! grep -q olleh "$work/$name.ours.client"; then
		fail "scenario $name: $client got no reply"; sed 's/^/    /' "$work/$name.ours.client"; return
	fi
	for want in "$@"; do
		if ! grep -qxF -- "$want" "$work/$name.ours.out"; then
			fail "scenario $name: missing line: $want"; sed 's/^/    /' "$work/$name.ours.out"; return
		fi
	done
	pass "scenario $name"
}
srv_ok="accept: 1
read: 6
write: 6"
srv() { # name client serverargs -- clientargs -- expected
	name=$1; shift
	oldifs=$IFS; IFS='
'
	# shellcheck disable=SC2086
	server_scenario "$name" "$@" $srv_ok
	IFS=$oldifs
}
srv server-tls13-ecdsa-s_client openssl -c "$certs/ec.pem" -k "$certs/ec.key" -- -- \
	'version: TLSv1.3' 'cipher: TLS_AES_256_GCM_SHA384' 'check private key: 1'
srv server-tls12-rsa-s_client openssl -c "$certs/rsa.pem" -k "$certs/rsa.key" -- -tls1_2 -- \
	'version: TLSv1.2' 'cipher: ECDHE-RSA-AES256-GCM-SHA384'
srv server-tls12-ecdsa-chacha-s_client openssl -C -c "$certs/ec.pem" -k "$certs/ec.key" -- \
	-tls1_2 -cipher ECDHE-ECDSA-CHACHA20-POLY1305 -- 'cipher: ECDHE-ECDSA-CHACHA20-POLY1305'
srv server-tls13-rsa-gnutls gnutls -c "$certs/rsa.pem" -k "$certs/rsa.key" -- -- 'version: TLSv1.3'
srv server-alpn-s_client openssl -a http/1.1,h2 -c "$certs/ec.pem" -k "$certs/ec.key" -- \
	-alpn h2,http/1.1 -- 'alpn: http/1.1'
srv server-alpn-gnutls gnutls -a h2,http/1.1 -c "$certs/rsa.pem" -k "$certs/rsa.key" -- \
	--alpn=http/1.1 -- 'alpn: http/1.1'
srv server-sni-switches-context openssl -c "$certs/ec.pem" -k "$certs/ec.key" \
	-S "sni.example.test:$certs/rsa.pem:$certs/rsa.key" -- -servername sni.example.test -- \
	'servername callback: sni.example.test, arg ok' 'switched context: yes' 'version: TLSv1.3'
srv server-sni-switches-context-tls12 openssl -c "$certs/ec.pem" -k "$certs/ec.key" \
	-S "sni.example.test:$certs/rsa.pem:$certs/rsa.key" -- -tls1_2 -servername sni.example.test -- \
	'switched context: yes' 'cipher: ECDHE-RSA-AES256-GCM-SHA384'
srv server-tls13-p521-s_client openssl -c "$certs/ec521.pem" -k "$certs/ec521.key" -- -- 'version: TLSv1.3'
srv server-tls13-ed25519-s_client openssl -c "$certs/ed25519.pem" -k "$certs/ed25519.key" -- -- 'version: TLSv1.3'
srv server-tls12-ed25519-s_client openssl -c "$certs/ed25519.pem" -k "$certs/ed25519.key" -- -tls1_2 -- \
	'version: TLSv1.2' 'cipher: ECDHE-ECDSA-AES256-GCM-SHA384'
srv server-tls12-ecdsa-gnutls gnutls -c "$certs/ec.pem" -k "$certs/ec.key" -- \
	--priority=NORMAL:-VERS-ALL:+VERS-TLS1.2 -- 'version: TLSv1.2'

# Non-blocking descriptors (SSL_connect(3)): connect in progress, the
# handshake and 1 MiB each way driven by poll(2) or select(2), with
# SSL_ERROR_WANT_READ seen, and SSL_ERROR_WANT_WRITE forced by a small
# send buffer.
MiB=1048576
nb_ok="connect: 1
read before sending: -1 SSL_ERROR_WANT_READ
sent: $MiB
received: $MiB
data intact: yes
pending after: 0"
GNUTLS_EC="--x509certfile=$certs/ec.pem
--x509keyfile=$certs/ec.key"
GNUTLS_RSA="--x509certfile=$certs/rsa.pem
--x509keyfile=$certs/rsa.key"
nb() { # name peer peerargs... -- clientargs... -- expected...
	name=$1; shift
	oldifs=$IFS; IFS='
'
	# shellcheck disable=SC2086
	scenario "$name" "$@" $nb_ok
	IFS=$oldifs
}
nb nb-poll-tls13-openssl tls $EC -- @nbclient -r -n $MiB -- 'version: TLSv1.3'
nb nb-select-tls13-openssl tls $EC -- @nbclient -S -r -n $MiB -- 'version: TLSv1.3'
nb nb-poll-tls12-openssl tls $RSA -- @nbclient -M 1.2 -r -n $MiB -- 'version: TLSv1.2'
nb nb-select-tls12-openssl tls $EC -- @nbclient -S -M 1.2 -r -n $MiB -- 'version: TLSv1.2'
nb nb-poll-tls13-gnutls gnutls $GNUTLS_EC -- @nbclient -n $MiB -- 'version: TLSv1.3'
nb nb-select-tls13-gnutls gnutls $GNUTLS_RSA -- @nbclient -S -n $MiB -- 'version: TLSv1.3'
nb nb-poll-tls12-gnutls gnutls $GNUTLS_EC -- @nbclient -M 1.2 -n $MiB -- 'version: TLSv1.2'
nb nb-select-tls12-gnutls gnutls $GNUTLS_RSA -- @nbclient -S -M 1.2 -n $MiB -- 'version: TLSv1.2'
nb nb-want-write-small-sndbuf tls $EC -- @nbclient -r -n $MiB -b 4096 -- 'want write seen: yes'
nb nb-strict-poll-tls13 tls $EC -- @nbclient -P -r -n $MiB -- 'version: TLSv1.3'
nb nb-strict-poll-tls12 gnutls $GNUTLS_EC -- @nbclient -P -M 1.2 -n $MiB -b 4096 -- 'version: TLSv1.2' 'want write seen: yes'
nb nb-want-write-select tls $EC -- @nbclient -S -M 1.2 -r -n $MiB -b 4096 -- 'want write seen: yes'

# Certificate verification (SSL_CTX_set_verify(3)): a file of its own.
. "$here/verify-cases.sh"
# Session resumption (SSL_get_session(3), SSL_set_session(3),
# SSL_session_reused(3), i2d_SSL_SESSION(3)).  TLS 1.2 session ids: our
# client against s_server (-no_ticket: ids, not RFC 5077 tickets), twice
# in one process; the second connection offers the first's session.
scenario resume-tls12-s_server tls $EC -naccept 2 -tls1_2 -no_ticket -- @resume -M 1.2 -- \
	'first: reused: 0' 'first: session resumable: 1' 'first: session id length: 32' \
	'second: reused: 1' 'second: SSL_get_session is the session set: yes' 'second: reply: "olleh"'
# RFC 5077 tickets: s_server with its session cache off (-no_cache) can
# only resume from the ticket our client got and offers back.
scenario resume-tls12-ticket-s_server tls $EC -naccept 2 -tls1_2 -no_cache -- @resume -M 1.2 -- \
	'first: reused: 0' 'first: session resumable: 1' 'first: session id length: 32' \
	'second: reused: 1' 'second: SSL_get_session is the session set: yes' 'second: reply: "olleh"'
# TLS 1.3: OpenSSL's client resumes with the server's tickets; BouncyCastle
# discards them, so ours cannot (SSL_SESSION_is_resumable(3) BUGS; rows in
# tests/differences.tsv).
scenario resume-tls13-s_server tls $EC -naccept 2 -- @resume -M 1.3 -- \
	'first: connect: 1' 'first: session resumable: 0' 'second: reused: 0' 'second: reply: "olleh"'
# Our client and our server in one process over BIO pairs: resumed with
# the same server SSL_CTX (also after i2d/d2i), not with another SSL_CTX,
# another session id context, or the server's cache off; garbage and a
# truncated encoding are refused.
resume_inproc_ok='first: handshake: ok, reused: client 0 server 0
another SSL_CTX: handshake: ok, reused: client 0 server 0
another id context: handshake: ok, reused: client 0 server 0
cache off: handshake: ok, reused: client 0 server 0
i2d/d2i: ok
d2i of a truncated encoding: NULL
d2i of garbage: NULL'
oldifs=$IFS; IFS='
'
# shellcheck disable=SC2086
scenario resume-inproc-tls12 none -- @resume -I -c "$certs/ec.pem" -k "$certs/ec.key" -M 1.2 -- \
	$resume_inproc_ok 'same context: handshake: ok, reused: client 1 server 1' \
	'after d2i: handshake: ok, reused: client 1 server 1' 'new session callback calls: 3' 'server cache hits: 1'
# shellcheck disable=SC2086
scenario resume-inproc-tls13 none -- @resume -I -c "$certs/rsa.pem" -k "$certs/rsa.key" -M 1.3 -- \
	$resume_inproc_ok 'same context: handshake: ok, reused: client 0 server 0' 'session resumable: 0'
# RFC 5077 tickets between our client and our server, the servers' caches off.
scenario resume-inproc-tickets none -- @resume -J -c "$certs/ec.pem" -k "$certs/ec.key" -- \
	'ticket: handshake: ok, reused: client 0 server 0' 'ticket: client session id length: 32, resumable: 1' \
	'ticket: server sessions cached: 0' 'ticket, same context: handshake: ok, reused: client 1 server 1' \
	'ticket: server cache hits: 1' 'ticket, another SSL_CTX: handshake: ok, reused: client 0 server 0' \
	'ticket, another id context: handshake: ok, reused: client 0 server 0' \
	'ticket, same context, server SSL_OP_NO_TICKET: handshake: ok, reused: client 0 server 0' \
	'no ticket: client session id length: 0, resumable: 0' \
	'no ticket, again: handshake: ok, reused: client 0 server 0' \
	'short timeout, at once: handshake: ok, reused: client 1 server 1' \
	'short timeout, 2 s later: handshake: ok, reused: client 0 server 0'
IFS=$oldifs

# A session kept on disk (i2d_SSL_SESSION(3)): one process makes two
# connections and saves the session; a new process loads it and resumes
# with the same s_server.
resume_file() { # name s_server-args...
	name=$1; shift
	for who in oracle ours; do
		slog=$work/$name.$who.server
		start_tls_server "$slog" $EC -naccept 3 -tls1_2 "$@"
		rm -f "$work/$name.$who.session"
		{
			timeout 20 "$work/resume.$who" -p "$PORT" -M 1.2 -o "$work/$name.$who.session"
			timeout 20 "$work/resume.$who" -p "$PORT" -M 1.2 -i "$work/$name.$who.session"
		} > "$work/$name.$who.out" 2>&1
		stop_server
	done
	if ! diff -u "$work/$name.oracle.out" "$work/$name.ours.out" > "$work/$name.diff"; then
		fail "scenario $name: differs from OpenSSL (see build/tests/scenarios/$name.diff)"
		sed 's/^/    /' "$work/$name.diff"
		return
	fi
	for want in 'i2d: ok, pointer moved: yes' 'loaded: yes, all read: yes' 'loaded resumable: 1' \
	    'from file: reused: 1' 'from file: reply: "olleh"'; do
		if ! grep -qxF -- "$want" "$work/$name.ours.out"; then
			fail "scenario $name: missing line: $want"; sed 's/^/    /' "$work/$name.ours.out"; return
		fi
	done
	pass "scenario $name"
}
resume_file resume-from-file-new-process -no_ticket
resume_file resume-ticket-from-file-new-process -no_cache

# Our server resumes for openssl s_client -sess_out/-sess_in (-no_ticket:
# session ids), which prints "Reused" on the second connection.  A third
# client asks for a ticket and gets one, as from OpenSSL (an empty session
# id then: that session is not cached).
resume_server() { # name
	name=$1
	for who in oracle ours; do
		log=$work/$name.$who.port
		: > "$log"
		timeout 30 "$work/resume.$who" -S -c "$certs/ec.pem" -k "$certs/ec.key" -n 3 \
		    > "$work/$name.$who.out" 2> "$log" &
		pid=$!
		wait_port "$log" 's/^PORT \([0-9][0-9]*\)$/\1/p'
		rm -f "$work/$name.$who.sess"
		printf 'hello\n' | timeout 20 openssl s_client -connect "127.0.0.1:$PORT" -tls1_2 -no_ticket \
		    -sess_out "$work/$name.$who.sess" > "$work/$name.$who.client1" 2>&1
		printf 'hello\n' | timeout 20 openssl s_client -connect "127.0.0.1:$PORT" -tls1_2 -no_ticket \
		    -sess_in "$work/$name.$who.sess" > "$work/$name.$who.client2" 2>&1
		printf 'hello\n' | timeout 20 openssl s_client -connect "127.0.0.1:$PORT" -tls1_2 \
		    > "$work/$name.$who.client3" 2>&1
		wait "$pid" 2>/dev/null
	done
	apply_differences "$name" "$work/$name.oracle.out" > "$work/$name.oracle.expected"
	if ! diff -u "$work/$name.oracle.expected" "$work/$name.ours.out" > "$work/$name.diff"; then
		fail "scenario $name: differs from OpenSSL (see build/tests/scenarios/$name.diff)"
		sed 's/^/    /' "$work/$name.diff"
		return
	fi
	if ! grep -q '^Reused, TLSv1.2' "$work/$name.ours.client2" || ! grep -q '^New, TLSv1.2' "$work/$name.ours.client1"; then
		fail "scenario $name: s_client did not report New then Reused"
		grep -E '^(New|Reused),' "$work/$name.ours.client1" "$work/$name.ours.client2" | sed 's/^/    /'
		return
	fi
	for who in oracle ours; do
		if ! grep -q 'TLS session ticket:' "$work/$name.$who.client3" || ! grep -q '^New, TLSv1.2' "$work/$name.$who.client3"; then
			fail "scenario $name: the $who server issued no ticket (or the third handshake failed)"
			return
		fi
	done
	for want in 'connection 1: reused: 0' 'connection 2: reused: 1' 'connection 3: reused: 0' 'sessions cached: 1' 'cache hits: 1' \
	    'new session callback calls: 1'; do
		if ! grep -qxF -- "$want" "$work/$name.ours.out"; then
			fail "scenario $name: missing line: $want"; sed 's/^/    /' "$work/$name.ours.out"; return
		fi
	done
	pass "scenario $name"
}
resume_server resume-server-s_client-sess_in

# flip_ticket_byte IN OUT: OUT is the PEM session IN with one byte of its
# RFC 5077 ticket changed (byte 40: ciphertext in OpenSSL's tickets and ours).
flip_ticket_byte() {
	openssl sess_id -in "$1" -outform DER -out "$2.der" 2>/dev/null &&
	first=$(openssl sess_id -in "$1" -text -noout | sed -n '/TLS session ticket:/{n;p;q;}' |
	    sed 's/^ *0000 - //' | cut -c1-47 | tr -d ' -') &&
	python3 -c '
import sys
der = open(sys.argv[1], "rb").read()
at = der.find(bytes.fromhex(sys.argv[2]))
if len(sys.argv[2]) != 32 or at < 0:
    sys.exit("no ticket in the session")
der = bytearray(der)
der[at + 40] ^= 0x01
open(sys.argv[1], "wb").write(der)
' "$2.der" "$first" &&
	openssl sess_id -inform DER -in "$2.der" -out "$2" 2>/dev/null
}

# RFC 5077 tickets from our server (SSL_CTX_set_options(3) SSL_OP_NO_TICKET,
# SSL_CTX_set_session_cache_mode(3)): openssl s_client -tls1_2 saves the
# session (-sess_out) and offers it again (-sess_in), then offers it with a
# byte of the ticket changed.  The server program is built against ours and
# against OpenSSL 3; its transcripts must be equal, and s_client must say
# New, then Reused, then New for the altered ticket, with the lifetime
# hint HINT.  With HINT "none" (a server with SSL_OP_NO_TICKET and no cache)
# there is one connection: s_client gets neither a ticket nor a session id,
# so it has nothing to resume with (and saves no session).
resume_server_tickets() { # name HINT server-args...
	name=$1 hint=$2; shift 2
	n=3
	[ "$hint" = none ] && n=1
	for who in oracle ours; do
		log=$work/$name.$who.port
		: > "$log"
		timeout 30 "$work/resume.$who" -S -c "$certs/ec.pem" -k "$certs/ec.key" -n $n "$@" \
		    > "$work/$name.$who.out" 2> "$log" &
		pid=$!
		wait_port "$log" 's/^PORT \([0-9][0-9]*\)$/\1/p'
		rm -f "$work/$name.$who.sess" "$work/$name.$who.bad"
		# Lines about the clients go to .notes until the server, which writes .out, is done.
		: > "$work/$name.$who.notes"
		printf 'hello\n' | timeout 20 openssl s_client -connect "127.0.0.1:$PORT" -tls1_2 -trace -noservername \
		    -sess_out "$work/$name.$who.sess" > "$work/$name.$who.client1" 2> "$work/$name.$who.client1.err"
		# (-noservername: s_client would print a complaint about SNI into the trace.)
		if [ $n = 3 ]; then
			printf 'hello\n' | timeout 20 openssl s_client -connect "127.0.0.1:$PORT" -tls1_2 -trace -noservername \
			    -sess_in "$work/$name.$who.sess" > "$work/$name.$who.client2" 2> "$work/$name.$who.client2.err"
			# RFC 5077 3.4: the server echoes the id the client sent with the ticket.
			sid_c=$(sed -n '/ClientHello, Length/,/session_id/s/.*session_id (len=\([0-9]*\)): *\([0-9A-F]*\).*/\2/p' \
			    "$work/$name.$who.client2" | head -n 1)
			sid_s=$(sed -n '/ServerHello, Length/,/session_id/s/.*session_id (len=\([0-9]*\)): *\([0-9A-F]*\).*/\2/p' \
			    "$work/$name.$who.client2" | head -n 1)
			[ -n "$sid_c" ] && [ "$sid_c" = "$sid_s" ] && echo "client 2: ServerHello echoes the ClientHello's session id" \
			    >> "$work/$name.$who.notes"
			flip_ticket_byte "$work/$name.$who.sess" "$work/$name.$who.bad" ||
			    echo "altering the ticket failed" >> "$work/$name.$who.notes"
			printf 'hello\n' | timeout 20 openssl s_client -connect "127.0.0.1:$PORT" -tls1_2 \
			    -sess_in "$work/$name.$who.bad" > "$work/$name.$who.client3" 2>&1
		fi
		wait "$pid" 2>/dev/null
		cat "$work/$name.$who.notes" >> "$work/$name.$who.out"
		for i in $(seq 1 $n); do
			sed -n 's/^\(New\|Reused\), \(TLSv1.2\).*/client '$i': \1, \2/p' "$work/$name.$who.client$i"
			sed -n 's/^ *TLS session ticket lifetime hint: \(.*\)/client '$i': ticket lifetime hint: \1/p' \
			    "$work/$name.$who.client$i"
		done >> "$work/$name.$who.out"
		grep -c 'session_ticket(35)' "$work/$name.$who.client1" | sed 's/^/client 1: SessionTicket extensions: /' \
		    >> "$work/$name.$who.out"
		grep -c 'NewSessionTicket' "$work/$name.$who.client1" | sed 's/^/client 1: NewSessionTicket messages: /' \
		    >> "$work/$name.$who.out"
		sed -n '/ServerHello, Length/,/session_id/s/.*session_id (len=\([0-9]*\)).*/client 1: ServerHello session id length: \1/p' \
		    "$work/$name.$who.client1" >> "$work/$name.$who.out"
		[ -s "$work/$name.$who.sess" ] || echo "client 1: no session saved" >> "$work/$name.$who.out"
	done
	if ! diff -u "$work/$name.oracle.out" "$work/$name.ours.out" > "$work/$name.diff"; then
		fail "scenario $name: differs from OpenSSL (see build/tests/scenarios/$name.diff)"
		sed 's/^/    /' "$work/$name.diff"
		return
	fi
	if [ "$hint" = none ]; then
		wants="client 1: New, TLSv1.2
client 1: SessionTicket extensions: 1
client 1: NewSessionTicket messages: 0
client 1: no session saved
connection 1: reused: 0"
	else
		# Two SessionTicket extensions: the ClientHello's and the ServerHello's.
		wants="client 1: New, TLSv1.2
client 1: ticket lifetime hint: $hint (seconds)
client 1: SessionTicket extensions: 2
client 1: NewSessionTicket messages: 1
client 1: ServerHello session id length: 0
client 2: ServerHello echoes the ClientHello's session id
client 2: Reused, TLSv1.2
client 2: ticket lifetime hint: $hint (seconds)
client 3: New, TLSv1.2
client 3: ticket lifetime hint: $hint (seconds)
connection 1: reused: 0
connection 2: reused: 1
connection 3: reused: 0
sessions cached: 0
cache hits: 1
new session callback calls: 0"
	fi
	oldifs=$IFS; IFS='
'
	for want in $wants; do
		if ! grep -qxF -- "$want" "$work/$name.ours.out"; then
			IFS=$oldifs
			fail "scenario $name: missing line: $want"; sed 's/^/    /' "$work/$name.ours.out"; return
		fi
	done
	IFS=$oldifs
	pass "scenario $name"
}
resume_server_tickets resume-server-ticket-s_client 7200
resume_server_tickets resume-server-ticket-s_client-cache-off 300 -O -t 300
resume_server_tickets resume-server-no-ticket-cache-off-s_client none -T -O

# gnutls-cli --resume against our server with its cache off: only a
# ticket can resume the second connection (gnutls-cli says so).
resume_gnutls() { # name
	name=$1
	for who in oracle ours; do
		log=$work/$name.$who.port
		: > "$log"
		timeout 30 "$work/resume.$who" -S -c "$certs/ec.pem" -k "$certs/ec.key" -n 2 -O \
		    > "$work/$name.$who.out" 2> "$log" &
		pid=$!
		wait_port "$log" 's/^PORT \([0-9][0-9]*\)$/\1/p'
		printf 'hello\n' | timeout 20 gnutls-cli --insecure --resume --priority 'NORMAL:-VERS-TLS1.3' \
		    -p "$PORT" 127.0.0.1 > "$work/$name.$who.client" 2>&1
		wait "$pid" 2>/dev/null
		grep -E '^\*\*\* This is a resumed session|^- Session ID' "$work/$name.$who.client" |
		    sed 's/^- Session ID: .*/- Session ID: (printed)/' >> "$work/$name.$who.out"
	done
	if ! diff -u "$work/$name.oracle.out" "$work/$name.ours.out" > "$work/$name.diff"; then
		fail "scenario $name: differs from OpenSSL (see build/tests/scenarios/$name.diff)"
		sed 's/^/    /' "$work/$name.diff"
		return
	fi
	for want in 'connection 1: reused: 0' 'connection 2: reused: 1' '*** This is a resumed session'; do
		if ! grep -qxF -- "$want" "$work/$name.ours.out"; then
			fail "scenario $name: missing line: $want"; sed 's/^/    /' "$work/$name.ours.out"; return
		fi
	done
	pass "scenario $name"
}
resume_gnutls resume-server-ticket-gnutls-cli
# Key logging (SSL_CTX_set_keylog_callback(3)): the lines our client's
# callback gets are exactly the non-comment lines `openssl s_server
# -keylogfile` writes for the same connection (the same secrets, in NSS
# key log format), TLS 1.3 and TLS 1.2; the same for the oracle's client.
keylog_client() { # name s_server-args...
	name=$1; shift
	for who in oracle ours; do
		rm -f "$work/$name.$who.skl" "$work/$name.$who.ckl"
		start_tls_server "$work/$name.$who.server" $EC -keylogfile "$work/$name.$who.skl" "$@"
		timeout 20 "$work/keylog.$who" -p "$PORT" -o "$work/$name.$who.ckl" > "$work/$name.$who.out" 2>&1
		stop_server
		grep -v '^#' "$work/$name.$who.skl" 2>/dev/null | sort > "$work/$name.$who.skl.sorted"
		sort "$work/$name.$who.ckl" > "$work/$name.$who.ckl.sorted"
	done
	if ! diff -u "$work/$name.oracle.out" "$work/$name.ours.out" > "$work/$name.diff"; then
		fail "scenario $name: differs from OpenSSL (see build/tests/scenarios/$name.diff)"
		sed 's/^/    /' "$work/$name.diff"
		return
	fi
	for who in oracle ours; do
		if [ ! -s "$work/$name.$who.ckl.sorted" ] ||
		    ! cmp -s "$work/$name.$who.skl.sorted" "$work/$name.$who.ckl.sorted"; then
			fail "scenario $name: the $who client's key log differs from s_server's"
			diff "$work/$name.$who.skl.sorted" "$work/$name.$who.ckl.sorted" | cut -c1-100 | sed 's/^/    /'
			return
		fi
	done
	for want in 'callback after set: ours' 'connect: 1' 'lines without a newline, with fields: all'; do
		if ! grep -qxF -- "$want" "$work/$name.ours.out"; then
			fail "scenario $name: missing line: $want"; sed 's/^/    /' "$work/$name.ours.out"; return
		fi
	done
	pass "scenario $name"
}
keylog_client keylog-client-tls13
keylog_client keylog-client-tls12 -tls1_2

# Our server with SSLKEYLOGFILE (as OpenSSL 3.5 honours it; Debian's 3.0
# does not, so there is no oracle run): the file it appends to holds
# exactly the lines `openssl s_client -keylogfile` writes.
keylog_server() { # name s_client-args...
	name=$1; shift
	rm -f "$work/$name.env.log" "$work/$name.client.log"
	log=$work/$name.port
	: > "$log"
	SSLKEYLOGFILE=$work/$name.env.log timeout 30 "$work/resume.ours" -S -c "$certs/ec.pem" \
	    -k "$certs/ec.key" -n 1 > "$work/$name.out" 2> "$log" &
	pid=$!
	wait_port "$log" 's/^PORT \([0-9][0-9]*\)$/\1/p'
	printf 'hello\n' | timeout 20 openssl s_client -connect "127.0.0.1:$PORT" \
	    -keylogfile "$work/$name.client.log" "$@" > "$work/$name.client" 2>&1
	wait "$pid" 2>/dev/null
	grep -v '^#' "$work/$name.client.log" 2>/dev/null | sort > "$work/$name.client.sorted"
	sort "$work/$name.env.log" 2>/dev/null > "$work/$name.env.sorted"
	if [ ! -s "$work/$name.env.sorted" ] || ! cmp -s "$work/$name.client.sorted" "$work/$name.env.sorted"; then
		fail "scenario $name: SSLKEYLOGFILE differs from s_client's key log"
		diff "$work/$name.client.sorted" "$work/$name.env.sorted" | cut -c1-100 | sed 's/^/    /'
		return
	fi
	if [ "$(stat -c %a "$work/$name.env.log")" != 600 ]; then
		fail "scenario $name: SSLKEYLOGFILE was created with mode $(stat -c %a "$work/$name.env.log"), not 600"
		return
	fi
	pass "scenario $name"
}
keylog_server keylog-server-sslkeylogfile-tls13
keylog_server keylog-server-sslkeylogfile-tls12 -tls1_2
exit 0
