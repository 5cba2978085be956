#!/bin/sh
# install-man-links.sh DIR PAGE...
# For every function a page documents in its NAME section (.Nm lines), make
# DIR/function.3 a link to the page, so `man SSL_get_error` finds the page
# that documents it even when the page is named after another function.
set -e
dir=$1
shift
for page in "$@"; do
	base=$(basename "$page")
	sed -n '/^\.Sh NAME/,/^\.Sh /p' "$page" | sed -n 's/^\.Nm \([A-Za-z0-9_]*\).*/\1/p' |
	while read -r name; do
		[ "$name.3" = "$base" ] && continue
		ln -sf "$base" "$dir/$name.3"
	done
done
