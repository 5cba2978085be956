#!/bin/sh
# fetch.sh DIR: download Debian's mono source into DIR (with a private apt
# configuration: the machine's sources.list is not touched), check its
# SHA-256, and extract the files kept here into DIR/extract, to compare
# with this directory (diff -r, ignoring config.h, eglib-config.h and the
# notes).  Not run by the build; it documents and re-checks the origin.
set -eu
dir=$1
sum=6cde75aefc19c55c4dcdae7f22a1f67bdc30f47e41079054bebafeaee3c4d900
orig=mono_6.8.0.105+dfsg.orig.tar.xz
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$dir/lists/partial" "$dir/cache/archives/partial"
echo "deb-src http://deb.debian.org/debian bookworm main" > "$dir/sources.list"
apt_opts="-o Dir::Etc::SourceList=$dir/sources.list -o Dir::Etc::SourceParts=/nonexistent
	-o Dir::State::Lists=$dir/lists -o Dir::Cache=$dir/cache"
# shellcheck disable=SC2086
apt-get $apt_opts update
# shellcheck disable=SC2086
(cd "$dir" && apt-get $apt_opts source --download-only mono=6.8.0.105+dfsg-3.3+deb12u1)
echo "$sum  $dir/$orig" | sha256sum -c -
files=$(cd "$here" && find support mono -type f ! -name eglib-config.h | sort)
mkdir -p "$dir/extract"
# shellcheck disable=SC2086
tar -xJf "$dir/$orig" -C "$dir/extract" --strip-components=1 \
    $(for f in $files; do printf 'mono-6.8.0.105+dfsg/%s ' "$f"; done)
for f in $files; do cmp "$here/$f" "$dir/extract/$f"; done
echo "fetch.sh: all $(echo "$files" | wc -l) files are identical to Debian's"
