#!/bin/sh
# run-manual.sh PREFIX: the manual's own suite, run by tests/run-all.sh after
# the others: the claim checks (run-claims.sh), the installed and rendered
# pages (check-man.sh), then the claim table against every PASS line of
# this make check (check-claims.sh), which must come last.  Prints PASS/FAIL
# lines.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
prefix=$(cd "$1" && pwd)
mkdir -p "$root/build/tests"
own=$root/build/tests/manual-suite.log
: > "$own"

sh "$here/run-claims.sh" "$prefix" 2>&1 | tee -a "$own"
sh "$here/check-man.sh" "$prefix" 2>&1 | tee -a "$own"
sh "$here/check-claims.sh" "$prefix" "$own"
exit 0
