#!/bin/sh
# check-library.sh PREFIX: the installed library as the dynamic linker and a
# C program see it.  Prints PASS/FAIL lines.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
prefix=$(cd "$1" && pwd)
lib=$prefix/lib
work=$root/build/tests/abi
mkdir -p "$work"

check() { # name command...
	name=$1; shift
	if "$@" > "$work/check.out" 2>&1; then echo "PASS abi: $name"; else
		echo "FAIL abi: $name"; sed 's/^/    /' "$work/check.out"; fi
}

real=$(readlink -f "$lib/libssl.so")

exports_match() {
	nm -D --defined-only "$real" | awk '$2 != "A" { sub(/@.*/, "", $3); print $3 }' |
	    LC_ALL=C sort > "$work/exports.txt"
	grep -v '^#' "$root/libssl/Symbols.list" | LC_ALL=C sort > "$work/symbols.txt"
	diff "$work/symbols.txt" "$work/exports.txt"
}
check "nm -D exports exactly libssl/Symbols.list" exports_match

soname() { readelf -d "$real" | grep -q 'SONAME.*\[libssl\.so\.[0-9][0-9]*\]'; }
check "SONAME is libssl.so.MAJOR" soname

names() {
	case $(basename "$real") in libssl.so.*.*.*) ;; *) echo "file is $real"; return 1;; esac
	[ "$(readlink -f "$lib/libcrypto.so")" = "$real" ] || { echo "libcrypto.so is not the same image"; return 1; }
	[ -f "$lib/libMonoPosixHelper.so" ] || { echo "libMonoPosixHelper.so not beside libssl"; return 1; }
}
check "libssl.so.MAJOR.MINOR.PATCH, libcrypto.so is the same image, helper beside" names

runpath() { readelf -d "$real" | grep -q 'RUNPATH.*\[\$ORIGIN\]'; }
check "runpath is \$ORIGIN" runpath

no_textrel() { ! readelf -d "$real" | grep -q TEXTREL; }
check "no text relocations" no_textrel

# A program linked the way the README says finds libMonoPosixHelper through
# libssl's $ORIGIN runpath: nothing but libssl's own location is given.
linked() {
	cat > "$work/version.c" <<'C'
#include <stdio.h>
#include <openssl/crypto.h>
#include <openssl/ssl.h>
int main(void)
{
	SSL_CTX *ctx;

	if (OPENSSL_init_ssl(0, NULL) != 1)
		return 1;
	ctx = SSL_CTX_new(TLS_client_method());
	if (ctx == NULL)
		return 1;
	printf("%s\n", OpenSSL_version(OPENSSL_VERSION));
	SSL_CTX_free(ctx);
	return OpenSSL_version_num() == OPENSSL_VERSION_NUMBER ? 0 : 1;
}
C
	cc -Wall -Werror -I"$prefix/include" "$work/version.c" -o "$work/version" \
	    -L"$lib" -Wl,-rpath,"$lib" -lssl -lcrypto &&
	env -u LD_LIBRARY_PATH "$work/version" &&
	env -u LD_LIBRARY_PATH ldd "$work/version" | grep -q "libMonoPosixHelper.so => $lib/libMonoPosixHelper.so"
}
check "a program linked with -lssl -lcrypto runs, helper found via \$ORIGIN" linked

# Hostile callers: NULL, foreign, freed and wrongly typed pointers.
if cc -Wall -Werror -I"$prefix/include" "$root/tests/abi/hostile-args.c" \
    -o "$work/hostile-args" -L"$lib" -Wl,-rpath,"$lib" -lssl -lcrypto > "$work/hostile.build" 2>&1; then
	timeout 60 "$work/hostile-args" > "$work/hostile.out" 2>&1
	status=$?
	cat "$work/hostile.out"
	[ $status -le 1 ] || echo "FAIL hostile: the program died (status $status)"
else
	echo "FAIL hostile: build"; sed 's/^/    /' "$work/hostile.build"
fi
exit 0
