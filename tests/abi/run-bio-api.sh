#!/bin/sh
# run-bio-api.sh PREFIX: tests/abi/bio-api.c built against our staged
# library (PREFIX/include, PREFIX/lib) and against Debian's OpenSSL 3 (the
# oracle), both run, and their transcripts compared section by section
# ("== NAME" lines start a section).  A section passes when our lines equal
# the oracle's AND contain the lines this script expects of it, so two
# identical failures never count as a pass.  Prints PASS/FAIL lines.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
prefix=$(cd "$1" && pwd)
work=$root/build/tests/bio-api
mkdir -p "$work"
CC=${CC:-cc}
CFLAGS="-Wall -Wextra -Werror -O1"

build() {
	$CC $CFLAGS -I"$prefix/include" "$here/bio-api.c" -o "$work/bio-api.ours" \
	    -L"$prefix/lib" -Wl,-rpath,"$prefix/lib" -lssl -lcrypto || return 1
	$CC $CFLAGS "$here/bio-api.c" -o "$work/bio-api.oracle" -lssl -lcrypto || return 1
}
if build > "$work/build.log" 2>&1; then
	echo "PASS bio-api: builds against ours and OpenSSL 3"
else
	echo "FAIL bio-api: builds against ours and OpenSSL 3"
	sed 's/^/    /' "$work/build.log"
	exit 0
fi

for who in oracle ours; do
	timeout 60 "$work/bio-api.$who" > "$work/$who.out" 2>&1
	echo "exit $?" >> "$work/$who.out"
done

# Lines each section must contain (in our run), beyond matching the oracle.
cat > "$work/expected" <<'EOF'
mem	read empty: -1 retry=1 read=1 write=0 special=0 type=1
mem	mem data: 12 "hello, world"
mem	read with eof return 0: 0 retry=0 read=0 write=0 special=0 type=0
mem	read with eof return -7: -7 retry=1 read=1 write=0 special=0 type=1
mem	pending after reset: 0
mem	pending after nonclear reset: 10
mem	big read back: 100010 last -1
mem_buf	write: queue lib=32 reason=126
mem_buf	mem data is the caller's buffer: 1 len 27
mem_buf	read empty: 0 retry=0 read=0 write=0 special=0 type=0
mem_buf	pending after reset: 27
pair	write guarantee: 256
pair	written: 256
pair	write until full: -1 retry=1 read=0 write=1 special=0 type=2
pair	read empty: -1 retry=1 read=1 write=0 special=0 type=1
pair	read request b1: 100
pair	read request capped: 256
pair	read at eof: 0 retry=0 read=0 write=0 special=0 type=0
pair	eof b2: 1
pair	default pair: 1 guarantee 17408 17408
fd	read empty: -1 retry=1 read=1 write=0 special=0 type=1
fd	errno EAGAIN: 1
fd	write until full: -1 retry=1 read=0 write=1 special=0 type=2
fd	read at eof: 0 retry=0 read=0 write=0 special=0 type=0
fd	writer closed by free: 1
fd	reader still open: 1
socket	read empty: -1 retry=1 read=1 write=0 special=0 type=1
socket	write until full: -1 retry=1 read=0 write=1 special=0 type=2
socket	read at eof: 0 retry=0 read=0 write=0 special=0 type=0
socket	eof: 1
socket	reader closed by free: 1
method	new index: 129
method	next index: 130
method	  create: init=0 data=NULL shutdown=1
method	read empty: -1 retry=1 read=1 write=0 special=0 type=1
method	write when full: -1 retry=1 read=0 write=1 special=0 type=2
method	free: 1 destroys 1
method	ex read: 3 retry=0 read=0 write=0 special=0 type=0
method	ex write_ex: 1 written 8
method	refused new: NULL destroys 0
chain	push appends at the tail: 1 1
chain	pop returns next: 1
chain	destroys after free_all: 2
chain	c still works: 3
flags	special: 1 retry 1 type 4
flags	still usable: 1
end	exit 0
EOF

# section FILE NAME: the lines of section NAME of a transcript.
section() {
	awk -v s="$2" '/^== / { on = ($2 == s); next } on' "$1"
}

sections=$(sed -n 's/^== //p' "$work/oracle.out")
[ -n "$sections" ] || { echo "FAIL bio-api: the oracle printed no sections"; exit 0; }
for s in $sections; do
	section "$work/oracle.out" "$s" > "$work/$s.oracle"
	section "$work/ours.out" "$s" > "$work/$s.ours"
	if ! diff -u "$work/$s.oracle" "$work/$s.ours" > "$work/$s.diff"; then
		echo "FAIL bio-api $s: differs from OpenSSL 3 (oracle -, ours +)"
		sed 's/^/    /' "$work/$s.diff"
		continue
	fi
	missing=$(awk -F '\t' -v s="$s" '$1 == s { print $2 }' "$work/expected" |
	    while IFS= read -r want; do
		grep -qxF -- "$want" "$work/$s.ours" || echo "$want"
	    done)
	if [ -n "$missing" ]; then
		echo "FAIL bio-api $s: missing expected lines:"
		echo "$missing" | sed 's/^/    /'
		continue
	fi
	echo "PASS bio-api $s: $(wc -l < "$work/$s.ours") lines as OpenSSL 3"
done
exit 0
