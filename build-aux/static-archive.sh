#!/bin/sh
# static-archive.sh AOT-ARCHIVE INPUTS-DIR WORK OUT: make libssl.a, a static
# archive that a C program links with nothing else but the system's libc,
# libm, libdl, libpthread and librt (see Libs.private in pkgconfig.sh).
#
#   AOT-ARCHIVE  `dotnet publish -p:NativeLib=Static`'s libssl.a: the
#                compiled image, one object, without the runtime
#   INPUTS-DIR   where the libssl.csproj target LibSslStaticInputs wrote
#                native-libraries.txt, the runtime and framework pieces a
#                NativeAOT link uses (the same list, the same order)
#   WORK         scratch directory
#
# Merged into OUT:
#   - the image, partially linked (ld -r) with libbootstrapperdll.o: that
#     object only has a constructor that registers the image with the
#     runtime, nothing refers to it, so as a separate member the linker
#     would never pull it in; inside the image's member it always comes;
#   - every member of the runtime and shim archives the image needs
#     (libRuntime.*, libSystem.Native.a, the OpenSSL shim, ...; not zlib
#     or brotli, which it does not use): the linker takes only what is
#     referenced, as in a NativeAOT link;
#   - Mono.Posix's helper compiled from Mono's sources
#     (libssl/third_party/mono, see its README): the NuGet package has it
#     only as a shared object;
#   - libssl/static/glibc-compat.c (__xmknod for -static links).
set -eu
abs() { case $1 in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }
aot=$(abs "$1") inputs=$(abs "$2") work=$(abs "$3") out=$(abs "$4")
root=$(cd "$(dirname "$0")/.." && pwd)
CC=${CC:-cc}
AR=${AR:-ar}
LD=${LD:-ld}
mono=$root/libssl/third_party/mono

rm -rf "$work"
mkdir -p "$work/aot" "$work/mph"

# The image.
(cd "$work/aot" && "$AR" x "$aot")
set -- "$work"/aot/*.o
[ $# -eq 1 ] || { echo "static-archive: expected one object in $aot, found $*" >&2; exit 1; }
image=$1

objects= archives=
while IFS= read -r item; do
	[ -n "$item" ] || continue
	case $item in
	*.o) objects="$objects $item" ;;
	*.a) archives="$archives $item" ;;
	*) echo "static-archive: unexpected NativeLibrary $item" >&2; exit 1 ;;
	esac
done < "$inputs/native-libraries.txt"
# shellcheck disable=SC2086
"$LD" -r -o "$work/libssl.o" "$image" $objects

# Keep only the archives the image needs, directly or through another kept
# archive (to a fixed point): libz.a and the brotli archives, for one,
# are in the SDK's list but unused by the image, and in libssl.a they
# would stand in for a program's own -lz.
defined() { nm -g --defined-only "$1" 2>/dev/null | awk 'NF == 3 { print $3 }' | sort -u; }
undefined() { nm -g --undefined-only "$@" 2>/dev/null | awk '$1 == "U" { print $2 }' | sort -u; }
kept=
undefined "$work/libssl.o" > "$work/undef"
changed=1
while [ $changed -eq 1 ]; do
	changed=0
	for a in $archives; do
		case " $kept " in *" $a "*) continue ;; esac
		if defined "$a" | comm -12 - "$work/undef" | grep -q .; then
			kept="$kept $a"
			changed=1
			# shellcheck disable=SC2086
			undefined "$work/libssl.o" $kept > "$work/undef"
		fi
	done
done
dropped=
for a in $archives; do
	case " $kept " in *" $a "*) ;; *) dropped="$dropped $(basename "$a")" ;; esac
done
echo "static-archive: not needed by the image:${dropped:- none}"
# The SDK's order (dependents before their dependencies).
order=
for a in $archives; do case " $kept " in *" $a "*) order="$order $a" ;; esac; done
archives=$order

# Mono.Posix's helper: Mono's files unchanged, our config.h.
cflags="-O2 -fPIC -fvisibility=hidden -D_GNU_SOURCE -DHAVE_CONFIG_H -w
	-I$mono -I$mono/support -I$mono/mono/eglib"
for c in support/map.c support/errno.c support/stdio.c support/stdlib.c \
    support/string.c support/unistd.c support/fcntl.c support/sys-socket.c \
    support/sys-uio.c support/signal.c mono/eglib/goutput.c mono/eglib/gstr.c \
    mono/eglib/gerror.c mono/eglib/gmem.c mono/eglib/gmisc-unix.c; do
	# shellcheck disable=SC2086
	"$CC" $cflags -c "$mono/$c" -o "$work/mph/mph-$(basename "$c" .c).o"
done
"$CC" -O2 -fPIC -Wall -Werror -c "$root/libssl/static/glibc-compat.c" -o "$work/mph/glibc-compat.o"

{
	echo "create $out.tmp"
	echo "addmod $work/libssl.o"
	for a in $archives; do echo "addlib $a"; done
	for o in "$work"/mph/*.o; do echo "addmod $o"; done
	echo "save"
	echo "end"
} > "$work/merge.mri"
rm -f "$out.tmp"
"$AR" -M < "$work/merge.mri"
# Debug information stays out, as for the shared library (StripSymbols):
# the symbol tables stay, the linker needs them.
strip --strip-debug "$out.tmp"
mv "$out.tmp" "$out"
echo "static-archive: $out, $(wc -c < "$out") bytes, $("$AR" t "$out" | wc -l) members"
