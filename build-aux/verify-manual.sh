#!/bin/sh
# verify-manual.sh DIR: checks the manual pages DIR/*.3.
#
#   lint     mandoc -Tlint -W warning reports nothing on any page, apart from
#            the known-harmless messages listed in HARMLESS below.
#   xref     every .Xr NAME SEC names a page DIR/NAME.SEC or a system page
#            in SYSTEM_PAGES below.
#   names    the names in the NAME sections (.Nm lines between .Sh NAME and
#            the next .Sh) are exactly the exported functions, the
#            non-comment lines of libssl/Symbols.list: no export without a
#            page, no page for a function that does not exist, and no
#            function named by two pages.  An overview page (OVERVIEW_PAGES)
#            may also name itself.
#
# Prints one PASS or FAIL line per check (FAIL lines are followed by the
# details) and exits 1 if any check failed.
set -u

usage() { echo "usage: $0 DIR" >&2; exit 2; }
[ $# -eq 1 ] || usage
dir=$1
root=$(cd "$(dirname "$0")/.." && pwd)
symbols=$root/libssl/Symbols.list

# Messages that are not the pages' fault.  One extended regular expression
# per line, matched against mandoc's message with the "mandoc: FILE:L:C: "
# prefix removed.
#   mandoc 1.14.6 (Debian 12) predates libssl in its .Lb table and prints
#   the first argument of `.Lb libssl libcrypto` as unknown; newer mandoc
#   knows it.
HARMLESS='^WARNING: unknown library name: Lb libssl$'

# System pages a page may refer to with .Xr.
SYSTEM_PAGES='
close 2
connect 2
errno 2
fcntl 2
fork 2
poll 2
read 2
recv 2
select 2
send 2
sigaction 2
socket 2
write 2
dlclose 3
signal 3
stdio 3
pthread_atfork 3
strerror 3
'

# Pages whose NAME section names the page itself rather than a function.
OVERVIEW_PAGES='ssl'

status=0
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; status=1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/verify-manual.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT HUP INT TERM

set -- "$dir"/*.3
if [ ! -e "$1" ]; then
	fail "pages: no pages in $dir"
	exit 1
fi
pass "pages: $# pages in $dir"

# --- lint ------------------------------------------------------------------
if ! command -v mandoc >/dev/null 2>&1; then
	fail "lint: mandoc not found"
else
	: > "$tmp/lint"
	for page in "$@"; do
		mandoc -Tlint -W warning "$page" >> "$tmp/lint" 2>&1
	done
	: > "$tmp/lint.bad"
	while IFS= read -r line; do
		msg=$(printf '%s\n' "$line" | sed 's/^mandoc: [^:]*:[0-9]*:[0-9]*: //')
		if printf '%s\n' "$msg" | grep -Eq "$HARMLESS"; then
			continue
		fi
		printf '%s\n' "$line" >> "$tmp/lint.bad"
	done < "$tmp/lint"
	if [ -s "$tmp/lint.bad" ]; then
		fail "lint: mandoc -Tlint -W warning"
		sed 's/^/	/' "$tmp/lint.bad"
	else
		pass "lint: mandoc -Tlint -W warning ($(grep -c . "$tmp/lint") known-harmless messages)"
	fi
fi

# --- xref ------------------------------------------------------------------
: > "$tmp/xref.bad"
printf '%s' "$SYSTEM_PAGES" | sed '/^$/d' > "$tmp/system"
for page in "$@"; do
	# Every "Xr NAME SEC" on a macro line, comments excluded.
	awk '/^\./ && !/^\.\\"/ {
		for (i = 1; i <= NF - 2; i++)
			if ($i == "Xr" || $i == ".Xr")
				print FILENAME ":" FNR " " $(i + 1) " " $(i + 2)
	}' "$page"
done > "$tmp/xrefs"
while read -r where name sec; do
	[ -f "$dir/$name.$sec" ] && continue
	grep -qx "$name $sec" "$tmp/system" && continue
	echo "$where: .Xr $name $sec: no such page"
done < "$tmp/xrefs" > "$tmp/xref.bad"
if [ -s "$tmp/xref.bad" ]; then
	fail "xref: .Xr targets"
	sed 's/^/	/' "$tmp/xref.bad"
else
	pass "xref: every .Xr names a page in $dir or an allowed system page"
fi

# --- names -----------------------------------------------------------------
if [ ! -f "$symbols" ]; then
	fail "names: $symbols not found"
else
	grep -v '^[[:space:]]*#' "$symbols" | grep -v '^[[:space:]]*$' |
	    sed 's/[[:space:]]*$//' | LC_ALL=C sort > "$tmp/exports"
	: > "$tmp/named.all"
	for page in "$@"; do
		base=$(basename "$page" .3)
		sed -n '/^\.Sh NAME/,/^\.Sh /p' "$page" |
		    sed -n 's/^\.Nm[[:space:]]\{1,\}\([^[:space:]]*\).*/\1/p' |
		while IFS= read -r name; do
			overview=no
			for o in $OVERVIEW_PAGES; do
				[ "$name" = "$o" ] && [ "$base" = "$o" ] && overview=yes
			done
			[ $overview = yes ] && continue
			echo "$name $page"
		done >> "$tmp/named.all"
	done
	cut -d' ' -f1 "$tmp/named.all" | LC_ALL=C sort > "$tmp/named"
	LC_ALL=C sort -u "$tmp/named" > "$tmp/named.u"
	LC_ALL=C comm -23 "$tmp/exports" "$tmp/named.u" > "$tmp/undocumented"
	LC_ALL=C comm -13 "$tmp/exports" "$tmp/named.u" > "$tmp/ghosts"
	LC_ALL=C uniq -d "$tmp/named" > "$tmp/twice"
	if [ -s "$tmp/undocumented" ] || [ -s "$tmp/ghosts" ] || [ -s "$tmp/twice" ]; then
		fail "names: NAME sections against libssl/Symbols.list"
		sed 's/^/	exported but in no NAME section: /' "$tmp/undocumented"
		while IFS= read -r name; do
			grep "^$name " "$tmp/named.all" | sed 's/^\([^ ]*\) \(.*\)/	in a NAME section but not exported: \1 (\2)/'
		done < "$tmp/ghosts"
		while IFS= read -r name; do
			pages=$(grep "^$name " "$tmp/named.all" | cut -d' ' -f2 | tr '\n' ' ')
			echo "	named by more than one page: $name ($pages)"
		done < "$tmp/twice"
	else
		pass "names: NAME sections name each of the $(grep -c . "$tmp/exports") exports exactly once"
	fi
fi

exit $status
