#!/bin/sh
# check-claims.sh PREFIX [LOG...]: every claim of the manual is checked by a
# test that passed.  tests/manual/claims.tsv has one row per claim (PAGE,
# CLAIM, TEST); TEST must appear as "PASS TEST" in build/tests/results.log
# or in one of the LOG files (the output of suites run in the same
# make check, not yet in results.log).  A TEST ending in "*" matches the
# PASS lines that start with the rest (for tests whose names carry a
# count).  Prints a FAIL line for each row whose test did not pass, for
# each row naming a page that does not exist, for a malformed row and for
# each page of man/ without a row; otherwise one PASS line.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
table=$root/tests/manual/claims.tsv
log=$root/build/tests/results.log
shift
work=$root/build/tests/claims-check
mkdir -p "$work"

if [ ! -f "$table" ]; then
	echo "FAIL claims: $table not found"
	exit 0
fi
if [ ! -f "$log" ]; then
	echo "FAIL claims: $log not found (run make check)"
	exit 0
fi
cat "$log" "$@" 2> /dev/null | sed -n 's/^PASS //p' | LC_ALL=C sort -u > "$work/passed"
ls "$root/man" | sed -n 's/\.3$/.3/p' | LC_ALL=C sort > "$work/pages"

awk -F '\t' -v passed="$work/passed" -v pages="$work/pages" '
	BEGIN {
		while ((getline line < passed) > 0)
			ok[line] = 1
		while ((getline line < pages) > 0)
			page[line] = 0
	}
	/^#/ || /^[ \t]*$/ { next }
	NF != 3 || $1 == "" || $2 == "" || $3 == "" {
		printf "FAIL claims: line %d is not PAGE<TAB>CLAIM<TAB>TEST\n", NR
		bad++
		next
	}
	{
		rows++
		if (!($1 in page)) {
			printf "FAIL claims: line %d names %s, which is not a page of man/\n", NR, $1
			bad++
			next
		}
		page[$1]++
		t = $3
		found = t in ok
		if (!found && t ~ /\*$/) {
			prefix = substr(t, 1, length(t) - 1)
			for (p in ok)
				if (index(p, prefix) == 1) { found = 1; break }
		}
		if (!found) {
			printf "FAIL claims: %s: \"%s\": test did not pass: %s\n", $1, $2, t
			bad++
		}
	}
	END {
		n = 0
		for (p in page) {
			n++
			if (page[p] == 0) {
				printf "FAIL claims: %s has no row in tests/manual/claims.tsv\n", p
				bad++
			}
		}
		if (bad == 0)
			printf "PASS claims: %d claims of %d pages, each checked by a test that passed\n", rows, n
	}
' "$table"
exit 0
