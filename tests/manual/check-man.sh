#!/bin/sh
# check-man.sh PREFIX: the installed manual is read with man(1) and renders
# as HTML (issue 6, "Install and render").  PREFIX is an image installed
# with `make install PREFIX=/usr` (make check's build/stage/usr), so the
# pages are in PREFIX/share/man/man3 with a link per documented function.
#
#   man      `MANPAGER=cat man -M PREFIX/share/man NAME` shows the right page
#            (its NAME line: the .Nd text of the page) for SSL_connect,
#            SSL_get_error, the link names SSL_read_ex, SSL_CTX_set_options
#            and BIO_meth_set_read, and every page under its own name.
#   links    every function named in a NAME section has a link that leads
#            to a page that names it.
#   html     `make html` renders every page with mandoc -Thtml without an
#            error, one file per page in build/html.
#
# Prints PASS/FAIL lines.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
prefix=$(cd "$1" && pwd)
mandir=$prefix/share/man
work=$root/build/tests/man
rm -rf "$work"
mkdir -p "$work"

pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; }

# The description (.Nd) of a page source.
nd() {
	sed -n 's/^\.Nd //p' "$1" | head -n 1
}

# show NAME PAGE: man NAME renders PAGE's NAME section.
show() {
	name=$1 page=$2
	desc=$(nd "$root/man/$page")
	out=$work/man.$name
	MANPAGER=cat MANWIDTH=400 LC_ALL=C.UTF-8 man -M "$mandir" 3 "$name" > "$out" 2> "$out.err"
	# The NAME section, joined into one line.
	sed -n '/^NAME/,/^SYNOPSIS/p' "$out" | sed '1d;$d' | tr -s ' \n' '  ' > "$out.name"
	if grep -qF -- "$desc" "$out.name" && grep -qw -- "$name" "$out.name"; then
		return 0
	fi
	sed 's/^/    /' "$out.name" "$out.err"
	return 1
}

if ! command -v man > /dev/null 2>&1; then
	fail "man: man(1) not found"
else
	if [ ! -d "$mandir/man3" ]; then
		fail "man: no pages in $mandir/man3"
	else
		for pair in SSL_connect:SSL_connect.3 SSL_get_error:SSL_get_error.3 \
		    SSL_read_ex:SSL_read.3 SSL_CTX_set_options:SSL_CTX_set_options.3 \
		    BIO_meth_set_read:BIO_meth_new.3; do
			name=${pair%%:*} page=${pair#*:}
			if show "$name" "$page"; then
				pass "man: man -M PREFIX/share/man $name shows $page"
			else
				fail "man: man -M PREFIX/share/man $name shows $page"
			fi
		done
		# Every page under its own file name (which need not be a name of
		# its NAME section): its description.
		bad=
		for src in "$root"/man/*.3; do
			page=$(basename "$src")
			MANPAGER=cat MANWIDTH=400 LC_ALL=C.UTF-8 man -M "$mandir" 3 "${page%.3}" 2> /dev/null |
			    sed -n '/^NAME/,/^SYNOPSIS/p' | tr -s ' \n' '  ' | grep -qF -- "$(nd "$src")" ||
			    bad="$bad ${page%.3}"
		done
		if [ -z "$bad" ]; then
			pass "man: every page is shown by man under its own name"
		else
			fail "man: pages not shown by man under their own name:$bad"
		fi
	fi
fi

# Every name of every NAME section has a link (or is the page) leading to a
# page that names it.
bad=
for src in "$root"/man/*.3; do
	page=$(basename "$src")
	for name in $(sed -n '/^\.Sh NAME/,/^\.Sh /p' "$src" | sed -n 's/^\.Nm \([A-Za-z0-9_]*\).*/\1/p'); do
		f=$mandir/man3/$name.3
		if [ ! -e "$f" ] || ! grep -q "^\.Nm $name\( \|$\)" "$f"; then
			bad="$bad $name"
		fi
	done
done
if [ -z "$bad" ]; then
	pass "man: every name in a NAME section has an installed page or link that names it"
else
	fail "man: names without a working link:$bad"
fi

# make html.
if ! command -v mandoc > /dev/null 2>&1; then
	fail "html: mandoc not found"
elif ! make -s -C "$root" html > "$work/html.log" 2>&1; then
	fail "html: make html"
	sed 's/^/    /' "$work/html.log"
else
	missing=
	for src in "$root"/man/*.3; do
		page=$(basename "$src")
		f=$root/build/html/$page.html
		if [ ! -s "$f" ] || ! tr -s ' \n' '  ' < "$f" | grep -qF -- "<span class=\"Nd\">$(nd "$src")"; then
			missing="$missing $page"
		fi
	done
	if [ -s "$work/html.log" ]; then
		fail "html: make html printed messages"
		sed 's/^/    /' "$work/html.log"
	elif [ -n "$missing" ]; then
		fail "html: pages missing or without their description in build/html:$missing"
	else
		pass "html: make html renders every page with mandoc -Thtml into build/html"
	fi
fi
exit 0
