#!/bin/sh
# setup-machine.sh: install what a fresh Debian machine lacks to build and
# test libssl.  Idempotent: packages already present are not reinstalled.
#
#   clang, lld, zlib1g-dev   the native toolchain NativeAOT links with
#   libc6-dev                glibc's static archives: the tests link a
#                            program -static against libssl.a
#   tar, gzip                make dist (GNU tar: --sort, --mtime, --owner)
#   libssl-dev, openssl      the OpenSSL 3 oracle and its s_server peer
#   gnutls-bin, curl         the other real peers of the interop tests
#   mandoc                   mandoc -Tlint for the manual
#   pkg-config, python3      used by the test scripts
#   iproute2, procps         ss(8) and pgrep(1), to find a peer's port
#   ca-certificates          the system bundle the verification tests load
#   strace                   the claim checks that watch which files the
#                            library opens (/dev/urandom; no OpenSSL 3)
#   afl++                    the fuzzer of `make fuzz` (not used by make check)
#
# The .NET 10 SDK is part of the machine image (Debian does not package
# it); NuGet packages are restored by `dotnet` itself on first build.
set -eu

packages="clang lld zlib1g-dev libc6-dev tar gzip libssl-dev openssl gnutls-bin curl mandoc pkg-config python3 binutils make iproute2 procps strace"

missing=
# afl++, the fuzzer of `make fuzz`, on a line of its own.
packages="$packages afl++"
for p in $packages; do
	dpkg-query -W -f '${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' ||
	    missing="$missing $p"
done

if [ -n "$missing" ]; then
	echo "setup-machine: installing$missing"
	SUDO=
	[ "$(id -u)" -eq 0 ] || SUDO=sudo
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
else
	echo "setup-machine: all packages present"
fi

if ! command -v dotnet >/dev/null 2>&1; then
	echo "setup-machine: the .NET 10 SDK (dotnet) is required and not installed" >&2
	exit 1
fi
case $(dotnet --version) in
10.*) ;;
*) echo "setup-machine: dotnet $(dotnet --version) found, .NET 10 SDK required" >&2; exit 1 ;;
esac
