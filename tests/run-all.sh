#!/bin/sh
# run-all.sh PREFIX: every test suite against the image staged at PREFIX
# (PREFIX/lib, PREFIX/include).  Each suite prints PASS/FAIL lines; this
# script counts them, ends with one line "N passed, N failed", and exits
# non-zero if anything failed or a suite could not run.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
prefix=$(cd "$1" && pwd)
out=$root/build/tests
mkdir -p "$out"
log=$out/results.log
: > "$log"

suite() { # title command...
	title=$1; shift
	echo "== $title" | tee -a "$log"
	"$@" 2>&1 | tee -a "$log" | grep -E '^(PASS|FAIL|INFO)|^    ' || true
}

# NUnit: one PASS/FAIL line per test from the console logger.
unit() {
	dotnet test "$root/tests/unit/LibSsl.Tests.csproj" -c Release --nologo \
	    --logger "console;verbosity=normal" > "$out/unit.log" 2>&1
	status=$?
	sed -n -e 's/^ *Passed \(.*\) \[.*$/PASS unit: \1/p' \
	    -e 's/^ *Failed \(.*\) \[.*$/FAIL unit: \1/p' "$out/unit.log"
	if [ $status -ne 0 ] && ! grep -q '^ *Failed ' "$out/unit.log"; then
		echo "FAIL unit: dotnet test exited $status (see build/tests/unit.log)"
		tail -n 30 "$out/unit.log" | sed 's/^/    /'
	fi
}

suite "managed unit tests (NUnit)" unit
suite "headers" sh "$root/tests/abi/check-headers.sh" "$prefix/include"
suite "installed library" sh "$root/tests/abi/check-library.sh" "$prefix"
suite "BIO API, ours vs OpenSSL 3" sh "$root/tests/abi/run-bio-api.sh" "$prefix"
suite "make install layouts" sh "$root/tests/abi/check-install.sh"
suite "make dist, ports/ (verify-ports) and its fixtures" sh "$root/tests/ports/run.sh"
suite "port-build into empty images; tlsget from each, dynamic and static" sh "$root/tests/ports/port-build.sh"
suite "C scenarios, ours vs OpenSSL 3" sh "$root/tests/scenarios/run.sh" "$prefix"
suite "manual" sh "$root/build-aux/verify-manual.sh" "$root/man"
suite "manual examples" sh "$root/tests/manual/run-examples.sh" "$prefix"
suite "manual: claims, installed pages, the claim table (last)" sh "$root/tests/manual/run-manual.sh" "$prefix"

passed=$(grep -c '^PASS' "$log")
failed=$(grep -c '^FAIL' "$log")
if [ "$passed" -eq 0 ]; then
	echo "FAIL no test ran" | tee -a "$log"
	failed=$((failed + 1))
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
