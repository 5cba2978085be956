# verify-cases.sh: certificate verification through real handshakes
# (issue 5), sourced by run.sh.  Each case has openssl s_server serve a
# chain from tests/verify/make-certs.sh and runs tests/scenarios/verify.c,
# built against us and against OpenSSL 3: the transcripts (SSL_connect's
# return, SSL_get_error, SSL_get_verify_result and its text, the last
# reason on the queue, each verify callback call) must be equal, and our
# run must show the expected lines, including the alert the server got.
vcerts=$work/verify-certs
sh "$root/tests/verify/make-certs.sh" "$vcerts" || fail "verify: make-certs.sh"

# vs NAME LEAF CHAIN -- CLIENTARGS -- EXPECTED...: serve LEAF (with CHAIN
# after it, "-" for none) and run verify.c with CLIENTARGS.
vs() {
	vname=$1 vleaf=$2 vchain=$3; shift 3
	vpeer="-cert
$vcerts/$vleaf.pem
-key
$vcerts/$vleaf.key"
	[ "$vchain" != - ] && vpeer="$vpeer
-cert_chain
$vcerts/$vchain.pem"
	# shellcheck disable=SC2086
	scenario "verify-$vname" tls $vpeer "$@"
}
ROOT=$vcerts/root.pem
v_ok='connect: 1
verify result: 0 "ok"
read: 6 olleh'
v_failed='connect: -1
connect error: 1
queue last: lib=20 reason=134 "certificate verify failed"'
alert() { echo "server:SSL alert number $1"; }

# Expected lines hold spaces: split words at newlines only.
vifs=$IFS; IFS='
'

vs valid-chain good chain-inter -- @verify -A "$ROOT" -- $v_ok
# SSL_get0_verified_chain: the chain built, leaf first, up to the trusted root.
vs verified-chain good chain-inter -- @verify -A "$ROOT" -V -- $v_ok 'verified chain before: none' \
	'verified chain after: 3' '  0 /CN=good.example' '  2 /CN=Test Root'
vs verified-chain-verify-none good - -- @verify -n -A "$ROOT" -V -- 'connect: 1' \
	'verified chain after: 1' '  0 /CN=good.example'
vs valid-chain-host good chain-inter -- @verify -A "$ROOT" -h good.example -- $v_ok 'peername: good.example'
vs missing-intermediate good - -- @verify -A "$ROOT" -- $v_failed \
	'verify result: 20 "unable to get local issuer certificate"' "$(alert 48)"
vs missing-intermediate-verify-none good - -- @verify -n -A "$ROOT" -- \
	'connect: 1' 'verify result: 20 "unable to get local issuer certificate"'
vs no-trust-store good chain-inter -- @verify -- $v_failed \
	'verify result: 20 "unable to get local issuer certificate"'
vs expired-leaf expired chain-inter -- @verify -A "$ROOT" -- $v_failed \
	'verify result: 10 "certificate has expired"' "$(alert 45)"
vs not-yet-valid notyet chain-inter -- @verify -A "$ROOT" -- $v_failed \
	'verify result: 9 "certificate is not yet valid"' "$(alert 42)"
vs expired-intermediate under-expired chain-inter-expired -- @verify -A "$ROOT" -- $v_failed \
	'verify result: 10 "certificate has expired"'
vs untrusted-root good chain-inter-root -- @verify -A "$vcerts/other-root.pem" -- $v_failed \
	'verify result: 19 "self-signed certificate in certificate chain"' "$(alert 48)"
vs self-signed-leaf selfsigned - -- @verify -A "$ROOT" -- $v_failed \
	'verify result: 18 "self-signed certificate"' "$(alert 48)"
vs self-signed-leaf-trusted selfsigned - -- @verify -A "$vcerts/selfsigned.pem" -- $v_ok
vs wrong-host good chain-inter -- @verify -A "$ROOT" -h other.example -- $v_failed \
	'verify result: 62 "hostname mismatch"' "$(alert 42)"
vs second-host-matches good chain-inter -- @verify -A "$ROOT" -h other.example -a good.example -- $v_ok
vs wildcard-one-label wild chain-inter -- @verify -A "$ROOT" -h a.example.com -- $v_ok 'peername: *.example.com'
vs wildcard-two-labels wild chain-inter -- @verify -A "$ROOT" -h a.b.example.com -- $v_failed \
	'verify result: 62 "hostname mismatch"'
vs wildcard-bare-domain wild chain-inter -- @verify -A "$ROOT" -h example.com -- $v_failed \
	'verify result: 62 "hostname mismatch"'
vs partial-wildcard partial chain-inter -- @verify -A "$ROOT" -h foo.example.com -- $v_ok
vs partial-wildcard-refused partial chain-inter -- @verify -A "$ROOT" -h foo.example.com -f 4 -- $v_failed \
	'verify result: 62 "hostname mismatch"'
vs ip-san-address ipsan chain-inter -- @verify -A "$ROOT" -h 127.0.0.1 -- $v_ok
vs dns-name-is-not-an-address dnsip chain-inter -- @verify -A "$ROOT" -h 127.0.0.1 -- $v_failed \
	'verify result: 64 "IP address mismatch"' "$(alert 42)"
# No dNSName (only an iPAddress): the common name is the fallback.
vs ip-san-cn-fallback ipsan chain-inter -- @verify -A "$ROOT" -h ipsan.example -- $v_ok 'peername: ipsan.example'
vs ip-san-wrong-host ipsan chain-inter -- @verify -A "$ROOT" -h other.example -- $v_failed \
	'verify result: 62 "hostname mismatch"'
vs cn-only cnonly chain-inter -- @verify -A "$ROOT" -h cn.example -- $v_ok
vs cn-ignored-with-dns-san good chain-inter -- @verify -A "$ROOT" -h wrong.example -f 0x20 -- $v_failed \
	'verify result: 62 "hostname mismatch"'
vs ca-false-intermediate under-notca chain-notca -- @verify -A "$ROOT" -- $v_failed \
	'verify result: 79 "invalid CA certificate"' "$(alert 48)"
vs pathlen-exceeded under-pl chain-pl -- @verify -A "$vcerts/plroot.pem" -- $v_failed \
	'verify result: 25 "path length constraint exceeded"' "$(alert 48)"
vs name-constraints under-nc chain-nc -- @verify -A "$ROOT" -- $v_failed \
	'verify result: 47 "permitted subtree violation"'
vs client-auth-only-eku clientonly chain-inter -- @verify -A "$ROOT" -- $v_failed \
	'verify result: 26 "unsuitable certificate purpose"' "$(alert 43)"
vs bad-signature badsig chain-inter -- @verify -A "$ROOT" -- $v_failed \
	'verify result: 7 "certificate signature failure"' "$(alert 51)"
vs depth-1-too-short deep chain-deep -- @verify -A "$ROOT" -d 1 -- $v_failed \
	'verify result: 22 "certificate chain too long"' "$(alert 48)"
vs depth-2-enough deep chain-deep -- @verify -A "$ROOT" -d 2 -- $v_ok 'verify mode: 1 depth: 2'
vs callback-sees-each-depth good chain-inter -- @verify -A "$ROOT" -c log -- $v_ok \
	'callback: ok=1 depth=2 error=0 cert=yes ssl=ours -> 1' \
	'callback: ok=1 depth=0 error=0 cert=yes ssl=ours -> 1'
vs callback-overrides-expiry expired chain-inter -- @verify -A "$ROOT" -c 10 -- \
	'connect: 1' 'verify result: 10 "certificate has expired"' \
	'callback: ok=0 depth=0 error=10 cert=yes ssl=ours -> 1'
vs callback-refuses expired chain-inter -- @verify -A "$ROOT" -c log -- $v_failed \
	'callback: ok=0 depth=0 error=10 cert=yes ssl=ours -> 0'
vs callback-accepts-all-leaf-only good - -- @verify -A "$ROOT" -c all -- \
	'connect: 1' 'verify result: 21 "unable to verify the first certificate"'
vs hashed-directory good chain-inter -- @verify -D "$vcerts/hashdir" -- $v_ok 'load verify locations: 1'
vs hashed-directory-wrong-root good chain-inter -- @verify -D "$vcerts" -- $v_failed \
	'verify result: 20 "unable to get local issuer certificate"'
vs ssl-cert-file good chain-inter -- @verify -e "SSL_CERT_FILE=$ROOT" -e "SSL_CERT_DIR=$vcerts/none" -E -- \
	$v_ok 'set default verify paths: 1'
vs ssl-cert-dir good chain-inter -- @verify -e "SSL_CERT_FILE=$vcerts/none.pem" -e "SSL_CERT_DIR=$vcerts/hashdir" -E -- \
	$v_ok
vs system-defaults-do-not-trust-test-root good chain-inter -- @verify -E -- $v_failed \
	'verify result: 20 "unable to get local issuer certificate"'
vs tls12-expired-leaf expired chain-inter -tls1_2 -- @verify -A "$ROOT" -- $v_failed \
	'verify result: 10 "certificate has expired"' "$(alert 45)"
vs tls12-wrong-host good chain-inter -tls1_2 -- @verify -A "$ROOT" -h other.example -- $v_failed \
	'verify result: 62 "hostname mismatch"' "$(alert 42)"
# The client's own certificate, sent when the server asks (s_server -Verify).
vs client-sends-certificate good chain-inter -Verify 1 -CAfile "$ROOT" -- @verify -A "$ROOT" \
	-C "$vcerts/clientonly-chain.pem" -K "$vcerts/clientonly.key" -- $v_ok 'own certificate: 1 1' \
	'server:depth=0 CN = good.example' 'server:verify return:1'
vs client-sends-certificate-tls12 good chain-inter -tls1_2 -Verify 1 -CAfile "$ROOT" -- @verify -A "$ROOT" \
	-C "$vcerts/clientonly-chain.pem" -K "$vcerts/clientonly.key" -- $v_ok 'server:verify return:1'
vs client-without-certificate-refused good chain-inter -Verify 1 -CAfile "$ROOT" -- @verify -A "$ROOT" -- \
	'connect: 1' 'read: -1' 'read error: 1' 'queue last: lib=20 reason=1116 "tlsv13 alert certificate required"'
IFS=$vifs

# The server side: tests/scenarios/verifyserver.c, built against us and
# against OpenSSL, asks for the client's certificate; openssl s_client
# connects with the certificate given (or none), sends "hello" and must
# get "olleh" when the handshake passes.  The server's transcripts and the
# alert the client reports must be equal.
# vsrv NAME SERVERARGS -- CLIENTARGS -- EXPECTED...
vsrv() {
	name=verify-server-$1; shift
	sargs= ; while [ "$1" != "--" ]; do sargs="$sargs
$1"; shift; done; shift
	cargs= ; while [ "$1" != "--" ]; do cargs="$cargs
$1"; shift; done; shift
	for who in oracle ours; do
		log=$work/$name.$who.port
		: > "$log"
		# shellcheck disable=SC2086
		timeout 30 "$work/verifyserver.$who" -c "$vcerts/good.pem" -k "$vcerts/good.key" \
		    -A "$ROOT" $sargs > "$work/$name.$who.out" 2> "$log" &
		pid=$!
		wait_port "$log" 's/^PORT \([0-9][0-9]*\)$/\1/p'
		# shellcheck disable=SC2086
		(printf 'hello\n'; sleep 1) | timeout 20 openssl s_client -connect "127.0.0.1:$PORT" \
		    -quiet $cargs > "$work/$name.$who.client" 2>&1
		wait "$pid" 2>/dev/null
		grep -o 'alert [a-z ]*:' "$work/$name.$who.client" | head -n 1 | sed 's/^/client got: /' \
		    >> "$work/$name.$who.out"
	done
	if ! diff -u "$work/$name.oracle.out" "$work/$name.ours.out" > "$work/$name.diff"; then
		fail "scenario $name: differs from OpenSSL (see build/tests/scenarios/$name.diff)"
		sed 's/^/    /' "$work/$name.diff"
		return
	fi
	for want in "$@"; do
		case $want in
		client:*)
			if ! grep -qF -- "${want#client:}" "$work/$name.ours.client"; then
				fail "scenario $name: the client did not show: ${want#client:}"
				sed 's/^/    /' "$work/$name.ours.client"; return
			fi ;;
		*)
			if ! grep -qxF -- "$want" "$work/$name.ours.out"; then
				fail "scenario $name: missing line: $want"
				sed 's/^/    /' "$work/$name.ours.out"; return
			fi ;;
		esac
	done
	pass "scenario $name"
}
vifs=$IFS; IFS='
'
CLIENT="-cert
$vcerts/clientonly.pem
-key
$vcerts/clientonly.key
-cert_chain
$vcerts/inter.pem"
s_ok='accept: 1
verify result: 0 "ok"
write: 6
client:olleh'
s_failed='accept: -1
accept error: 1
queue last: lib=20 reason=134 "certificate verify failed"'
vsrv client-cert-verified -v peer -- $CLIENT -- $s_ok 'verify mode: 1'
vsrv client-cert-verified-tls12 -v peer -M 1.2 -- $CLIENT -- $s_ok
vsrv no-client-cert-allowed -v peer -- -- $s_ok
vsrv no-client-cert-refused -v fail -- -- 'accept: -1' 'verify mode: 3' \
	'queue last: lib=20 reason=199 "peer did not return a certificate"' 'client got: alert certificate required:'
vsrv no-client-cert-refused-tls12 -v fail -M 1.2 -- -- 'accept: -1' \
	'queue last: lib=20 reason=199 "peer did not return a certificate"' 'client got: alert handshake failure:'
vsrv client-cert-self-signed -v peer -- -cert "$vcerts/selfsigned.pem" -key "$vcerts/selfsigned.key" -- \
	$s_failed 'verify result: 18 "self-signed certificate"' 'client got: alert unknown ca:'
vsrv client-cert-expired -v peer -- -cert "$vcerts/expired.pem" -key "$vcerts/expired.key" \
	-cert_chain "$vcerts/inter.pem" -- $s_failed 'verify result: 10 "certificate has expired"' \
	'client got: alert certificate expired:'
vsrv client-cert-expired-tls12 -v peer -M 1.2 -- -cert "$vcerts/expired.pem" -key "$vcerts/expired.key" \
	-cert_chain "$vcerts/inter.pem" -- $s_failed 'verify result: 10 "certificate has expired"'
vsrv client-cert-server-only-eku -v peer -- -cert "$vcerts/serveronly.pem" -key "$vcerts/serveronly.key" \
	-cert_chain "$vcerts/inter.pem" -- $s_failed 'verify result: 26 "unsuitable certificate purpose"' \
	'client got: alert unsupported certificate:'
vsrv client-cert-missing-intermediate -v peer -- -cert "$vcerts/clientonly.pem" -key "$vcerts/clientonly.key" -- \
	$s_failed 'verify result: 20 "unable to get local issuer certificate"'
vsrv client-once-is-peer -v once -- $CLIENT -- $s_ok 'verify mode: 5'
vsrv verify-none-asks-nothing -v none -- $CLIENT -- $s_ok 'verify mode: 0'

# Verification without a connection (X509_verify_cert(3)): every case above
# and more through X509_STORE_CTX_init + X509_verify_cert at a fixed time,
# tests/scenarios/x509verify.c, no peer.
scenario x509-verify-cases none -- @x509verify -D "$vcerts" -- \
	'  verify: 0 error: 79 "invalid CA certificate" depth: 1' \
	'  verify: 0 error: 25 "path length constraint exceeded" depth: 3' \
	'  verify: 0 error: 47 "permitted subtree violation" depth: 0' \
	'  callback: ok=0 depth=0 error=10 cert=yes -> 1' \
	'  verify: 1 error: 10 "certificate has expired" depth: 0' \
	'  get1 chain after free: 3' \
	'  fresh param without depth:  verify: 0 error: 22 "certificate chain too long" depth: 0' \
	'  set_default_paths: 1' \
	'done'
IFS=$vifs
