#!/bin/sh
# make-dist.sh DISTNAME DATE OUT: writes OUT, a reproducible gzipped tar of
# the tracked files (git ls-files) under DISTNAME/, leaving out ports/ (the
# port carries this tarball's checksum; see the Makefile's dist target).
# Two runs over the same content give the same bytes: entries sorted in the
# C locale, every mtime DATE, uid/gid 0 without names, modes normalised to
# 644/755 (whatever the umask of the checkout), gzip -n.
set -eu
name=$1 date=$2 out=$3
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
git rev-parse --is-inside-work-tree > /dev/null 2>&1 ||
    { echo "make-dist: needs a git checkout (git ls-files)" >&2; exit 1; }
mkdir -p "$(dirname "$out")"
tmp=$out.tmp
git ls-files -z | tr '\0' '\n' | grep -v '^ports/' | LC_ALL=C sort |
    tar --create --format=gnu --no-recursion --verbatim-files-from --files-from=- \
	--transform="s,^,$name/," --mtime="$date" --owner=0 --group=0 --numeric-owner \
	--mode='u+rw,go-w,a+rX' |
    gzip -9 -n > "$tmp"
mv "$tmp" "$out"
echo "make-dist: $out"
