#!/bin/sh
# run.sh: the release tarball and the ports tree.  Prints PASS/FAIL lines.
#  - `make dist` twice gives the same bytes, holds the tracked files but
#    not ports/, and its entries are sorted, owned by 0 and dated alike;
#  - build-aux/verify-ports.sh accepts ports/ with that tarball;
#  - it rejects each broken port under tests/ports/fixtures (and accepts
#    the valid one there), with the reason each fixture's `expect` names.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$root/build/tests/ports
rm -rf "$work"
mkdir -p "$work"
version=$(sed -n 's/^VERSION = //p' "$root/Makefile")
date=$(sed -n 's/^RELEASE_DATE = //p' "$root/Makefile")
tarball=$work/a/libssl-$version.tar.gz

dist() { # out
	sh "$root/build-aux/make-dist.sh" "libssl-$version" "$date" "$1" > /dev/null
}
if dist "$tarball" && sleep 1 && dist "$work/b.tar.gz" && cmp "$tarball" "$work/b.tar.gz"; then
	echo "PASS dist: two runs give identical bytes ($(wc -c < "$tarball") bytes)"
else
	echo "FAIL dist: two runs differ"
fi

contents() {
	tar -tzf "$tarball" | sed "s,^libssl-$version/,," > "$work/listed"
	(cd "$root" && git ls-files | grep -v '^ports/') > "$work/tracked"
	diff "$work/tracked" "$work/listed" || return 1
	tar -tzvf "$tarball" | awk -v d="$(date -u -d "$date" '+%Y-%m-%d %H:%M')" \
	    '$2 != "0/0" || ($4 " " $5) != d { print "entry:", $0; bad = 1 } END { exit bad }' || return 1
	# gzip -n: no name, no time stamp in the gzip header.
	[ "$(od -An -tu4 -j4 -N4 "$tarball" | tr -d ' ')" = 0 ] || { echo "gzip header has a time"; return 1; }
}
if out=$(contents 2>&1); then
	echo "PASS dist: the tracked files minus ports/, sorted, owner 0/0, one mtime, gzip -n"
else
	echo "FAIL dist: contents"; echo "$out" | head -20 | sed 's/^/    /'
fi

if out=$(sh "$root/build-aux/verify-ports.sh" "$root/ports" "$tarball" 2>&1); then
	echo "$out"
else
	echo "$out" | sed 's/^PASS/INFO/'
	echo "FAIL ports: ports/ does not verify (after a source change: make port-checksum)"
fi

# The fixtures' SHA256SUM is that of this stand-in tarball.
mkdir -p "$work/fixture"
printf 'verify-ports fixture: stands in for libssl-0.1.0.tar.gz\n' > "$work/fixture/libssl-0.1.0.tar.gz"
for case in "$root"/tests/ports/fixtures/*/; do
	name=$(basename "$case")
	expect=$(cat "$case/expect")
	rm -f /tmp/verify-ports-ran
	out=$(sh "$root/build-aux/verify-ports.sh" "${case%/}" "$work/fixture/libssl-0.1.0.tar.gz" 2>&1)
	status=$?
	if [ -e /tmp/verify-ports-ran ]; then
		echo "FAIL ports fixture $name: a line of the port was executed"
	elif [ "$name" = valid ]; then
		if [ $status -eq 0 ] && printf '%s\n' "$out" | grep -qF "$expect"; then
			echo "PASS ports fixture $name: accepted"
		else
			echo "FAIL ports fixture $name: rejected"; printf '%s\n' "$out" | sed 's/^/    /'
		fi
	elif [ $status -ne 0 ] && printf '%s\n' "$out" | grep '^FAIL' | grep -qF "$expect"; then
		echo "PASS ports fixture $name: rejected ($expect)"
	else
		echo "FAIL ports fixture $name: expected a rejection saying '$expect'"
		printf '%s\n' "$out" | sed 's/^/    /'
	fi
done
exit 0
