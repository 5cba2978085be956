#!/bin/sh
# make-certs.sh DIR: the certificate cases of the verification tests
# (issue 5), made with the openssl CLI into DIR.  EC P-256 keys keep it
# fast (about 2 s); every certificate is issued by `openssl ca` with
# explicit dates and extensions, so each case differs from a good chain
# in exactly one respect.  A stamp file makes a second run free.
#
#   root          trust anchor (CA:TRUE), root.pem
#   inter         intermediate under root, CA:TRUE
#   good          leaf under inter: DNS good.example, IP 127.0.0.1
#   expired, notyet   leaf under inter outside its validity
#   inter-expired + under-expired   an expired intermediate and its leaf
#   other-root    an unrelated trust anchor
#   selfsigned    a self-signed leaf
#   wild, partial leaf with DNS *.example.com / f*.example.com
#   dnsip         leaf whose only name is DNS "127.0.0.1"
#   ipsan         leaf whose only name is IP 127.0.0.1
#   cnonly        leaf with no SAN, CN cn.example
#   notca + under-notca   an intermediate with CA:FALSE and its leaf
#   plroot, plinter, under-pl   root with pathlen:0, an intermediate
#                 under it, and a leaf under that
#   ncinter + under-nc   intermediate permitted only .allowed.example and
#                 a leaf for bad.example
#   clientonly    leaf with extendedKeyUsage clientAuth only
#   serveronly    leaf with extendedKeyUsage serverAuth only
#   badsig        good with one byte of its signature changed
#   badroot       root with one byte of its signature changed
#   inter2 + deep a second intermediate under inter and a leaf under it
#   hashdir/      root.pem after `openssl rehash`
# CHAIN-NAME.pem files hold what a server sends after its leaf.
set -eu
dir=$1
[ -f "$dir/stamp" ] && exit 0
mkdir -p "$dir"
cd "$dir"
rm -rf db && mkdir -p db/new
: > db/index.txt
echo 1000 > db/serial
cat > ca.cnf <<'CNF'
[ca]
default_ca = d
[d]
dir = db
database = $dir/index.txt
new_certs_dir = $dir/new
serial = $dir/serial
default_md = sha256
policy = any
unique_subject = no
copy_extensions = none
[any]
commonName = supplied
[root]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[plroot]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[inter]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[notca]
basicConstraints = critical, CA:FALSE
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[nc]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
nameConstraints = critical, permitted;DNS:.allowed.example
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[good]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth, clientAuth
subjectAltName = DNS:good.example, IP:127.0.0.1
[wild]
basicConstraints = CA:FALSE
subjectAltName = DNS:*.example.com
[partial]
basicConstraints = CA:FALSE
subjectAltName = DNS:f*.example.com
[dnsip]
basicConstraints = CA:FALSE
subjectAltName = DNS:127.0.0.1
[ipsan]
basicConstraints = CA:FALSE
subjectAltName = IP:127.0.0.1
[cnonly]
basicConstraints = CA:FALSE
[badnc]
basicConstraints = CA:FALSE
subjectAltName = DNS:bad.example
[selfleaf]
basicConstraints = CA:FALSE
subjectAltName = DNS:good.example
[clientonly]
basicConstraints = CA:FALSE
extendedKeyUsage = clientAuth
subjectAltName = DNS:good.example
[serveronly]
basicConstraints = CA:FALSE
extendedKeyUsage = serverAuth
subjectAltName = DNS:good.example
CNF

key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1.key" 2>/dev/null; }
# issue NAME CN ISSUER EXTSECTION START END: NAME.pem signed by ISSUER
# ("self" for self-signed), valid from START to END (YYYYMMDDHHMMSSZ).
issue() {
	name=$1 cn=$2 issuer=$3 ext=$4 start=$5 end=$6
	key "$name"
	openssl req -new -key "$name.key" -subj "/CN=$cn" -out "$name.csr" 2>/dev/null
	if [ "$issuer" = self ]; then
		set -- -selfsign -keyfile "$name.key"
	else
		set -- -cert "$issuer.pem" -keyfile "$issuer.key"
	fi
	openssl ca -batch -config ca.cnf -notext "$@" -in "$name.csr" -out "$name.pem" \
	    -extfile ca.cnf -extensions "$ext" -startdate "$start" -enddate "$end" 2>/dev/null
	rm -f "$name.csr"
}
FROM=20200101000000Z
TO=20491231235959Z
issue root "Test Root" self root $FROM $TO
issue inter "Test Intermediate" root inter $FROM $TO
issue good good.example inter good $FROM $TO
issue expired good.example inter good $FROM 20210101000000Z
issue notyet good.example inter good 20480101000000Z $TO
issue inter-expired "Expired Intermediate" root inter $FROM 20210101000000Z
issue under-expired good.example inter-expired good $FROM $TO
issue other-root "Other Root" self root $FROM $TO
issue selfsigned good.example self selfleaf $FROM $TO
issue wild wild.example inter wild $FROM $TO
issue partial partial.example inter partial $FROM $TO
issue dnsip dnsip.example inter dnsip $FROM $TO
issue ipsan ipsan.example inter ipsan $FROM $TO
issue cnonly cn.example inter cnonly $FROM $TO
issue notca "Not A CA" root notca $FROM $TO
issue under-notca good.example notca good $FROM $TO
issue plroot "Pathlen Root" self plroot $FROM $TO
issue plinter "Pathlen Intermediate" plroot inter $FROM $TO
issue plinter2 "Pathlen Intermediate 2" plinter inter $FROM $TO
issue under-pl good.example plinter2 good $FROM $TO
issue ncinter "Constrained Intermediate" root nc $FROM $TO
issue under-nc bad.example ncinter badnc $FROM $TO
issue clientonly good.example inter clientonly $FROM $TO
issue serveronly good.example inter serveronly $FROM $TO
issue inter2 "Test Intermediate 2" inter inter $FROM $TO
issue deep good.example inter2 good $FROM $TO

# badsig: good.pem with the last byte of its signature changed; badroot:
# the same for root.pem (its self-signature is only checked on request).
flip() { # IN OUT
	openssl x509 -in "$1" -outform DER -out "$2.der"
	python3 -c '
import sys
d = bytearray(open(sys.argv[1], "rb").read()); d[-1] ^= 0x01
open(sys.argv[1], "wb").write(d)' "$2.der"
	openssl x509 -inform DER -in "$2.der" -out "$2"
	rm -f "$2.der"
}
flip good.pem badsig.pem
cp good.key badsig.key
flip root.pem badroot.pem

# What servers send after their leaf.
cp inter.pem chain-inter.pem
cat inter.pem root.pem > chain-inter-root.pem
cp inter-expired.pem chain-inter-expired.pem
cp notca.pem chain-notca.pem
cat plinter2.pem plinter.pem > chain-pl.pem
cp ncinter.pem chain-nc.pem
cat inter2.pem inter.pem > chain-deep.pem
cat clientonly.pem inter.pem > clientonly-chain.pem

# A hashed directory holding the root, as `openssl rehash` makes it.
mkdir -p hashdir
cp root.pem hashdir/root.pem
openssl rehash hashdir 2>/dev/null || c_rehash hashdir >/dev/null
rm -rf db
touch stamp
