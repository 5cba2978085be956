#!/bin/sh
# verify-ports.sh PORTS-DIR TARBALL: the presubmit checks of a Sortix ports
# tree, for the ports in PORTS-DIR.  TARBALL is the release tarball that
# `make dist` made; the port whose ARCHIVE names it must carry its SHA-256.
# Prints one PASS or FAIL line per port (and per misplaced file), then
# exits 1 if anything failed.
#
# A port is PORTS-DIR/NAME/NAME.port, NAME being its NAME key.  The file is
# read as data, never run: each line is blank, a comment, or KEY=value,
# where value is plain characters, $KEY or ${KEY} of a key set above it,
# or a single- or double-quoted string of the same.  Anything a shell
# would execute (command substitution, backquotes, ;, |, &, redirections,
# unquoted spaces) is rejected.  DEVELOPMENT (a port still being worked
# on) is rejected.  The keys required depend on BUILD_SYSTEM.
set -u
ports=$1
tarball=$2
failed=0
fail() { echo "FAIL ports: $*"; failed=1; }

tarball_name=$(basename "$tarball")
tarball_sum=$(sha256sum "$tarball" 2>/dev/null | cut -d' ' -f1)
[ -n "$tarball_sum" ] || { fail "cannot read $tarball (run make dist)"; exit 1; }

parse() { sh "$(dirname "$0")/port-vars.sh" "$1"; }

get() { # KEY: its value from $vars ("" if unset); is_set KEY tells set
	printf '%s\n' "$vars" | awk -F '\t' -v k="$1" '$1 == k { sub(/^[^\t]*\t/, ""); print; exit }'
}
is_set() { printf '%s\n' "$vars" | cut -f1 | grep -qx "$1"; }

# Files that look like ports but are not at PORTS-DIR/NAME/NAME.port.
for f in $(find "$ports" -name '*.port' | LC_ALL=C sort); do
	rel=${f#"$ports"/}
	dir=${rel%%/*}
	[ "$rel" = "$dir/$dir.port" ] || fail "$rel: a port must be NAME/NAME.port"
done

for d in "$ports"/*/; do
	[ -d "$d" ] || continue
	name=$(basename "$d")
	port=$d$name.port
	[ -f "$port" ] || { fail "$name/: no $name.port"; continue; }
	if ! vars=$(parse "$port"); then
		fail "$name: $(printf '%s\n' "$vars" | tail -n 1)"; continue
	fi
	errs=
	err() { errs="$errs${errs:+; }$*"; }
	is_set DEVELOPMENT && err "DEVELOPMENT is set (a port under development cannot be merged)"
	[ "$(get NAME)" = "$name" ] || err "NAME is '$(get NAME)', the directory says $name"
	for k in NAME VERSION LICENSE BUILD_SYSTEM; do is_set "$k" || err "missing $k"; done
	case $(get BUILD_SYSTEM) in
	configure|makefile) need="BUILD_LIBRARIES" ;;
	none) need= ;;
	*) err "BUILD_SYSTEM is '$(get BUILD_SYSTEM)' (configure, makefile or none)"; need= ;;
	esac
	# A port builds either from a tarball or from another port's source.
	if ! is_set SOURCE_PORT; then
		need="$need DISTNAME COMPRESSION ARCHIVE SHA256SUM"
	fi
	for k in $need; do is_set "$k" || err "missing $k (needed for BUILD_SYSTEM=$(get BUILD_SYSTEM))"; done
	lic=$(get LICENSE)
	if is_set LICENSE && ! printf '%s\n' "$lic" | grep -Eqx '[A-Za-z0-9.+-]+( (AND|OR|WITH) [A-Za-z0-9.+-]+)*'; then
		err "LICENSE '$lic' is not an SPDX expression"
	fi
	sum=$(get SHA256SUM)
	if is_set SHA256SUM && ! printf '%s\n' "$sum" | grep -Eqx '[0-9a-f]{64}'; then
		err "SHA256SUM is not 64 hex digits"
	elif is_set SHA256SUM && is_set ARCHIVE && [ "$(get ARCHIVE)" = "$tarball_name" ] && [ "$sum" != "$tarball_sum" ]; then
		err "SHA256SUM $sum is not that of $tarball_name ($tarball_sum): run 'make port-checksum'"
	fi
	if [ "$name" = libssl ] && [ "$(get ARCHIVE)" != "$tarball_name" ]; then
		err "ARCHIVE is '$(get ARCHIVE)', make dist makes $tarball_name"
	fi
	if [ -n "$errs" ]; then fail "$name: $errs"; else echo "PASS ports: $name/$name.port"; fi
done
exit $failed
