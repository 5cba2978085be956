#!/bin/sh
# port-vars.sh PORT: read a Sortix port file as data and print its keys as
# KEY<TAB>value lines, with $KEY and ${KEY} references expanded.  Nothing
# in the file is executed.  A line that is not blank, a comment, or
# KEY=value with a value of plain characters, references to keys set above,
# or a quoted string, stops the reading: the last line printed is then
# "ERROR line N: why" and the exit status is 1.  Used by verify-ports.sh
# and port-build.
awk '
function bad(why) { printf "ERROR line %d: %s\n", NR, why; exit 1 }
# Expand $KEY and ${KEY} in s (already checked to hold only those).
function expand(s,    out, m, k) {
	out = ""
	while (match(s, /\$(\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*)/)) {
		out = out substr(s, 1, RSTART - 1)
		k = substr(s, RSTART + 1, RLENGTH - 1)
		gsub(/[{}]/, "", k)
		if (!(k in val)) bad("$" k " is not set above")
		out = out val[k]
		s = substr(s, RSTART + RLENGTH)
	}
	return out s
}
/^[ \t]*$/ || /^[ \t]*#/ { next }
{
	line = $0
	if (!match(line, /^[A-Za-z_][A-Za-z0-9_]*=/)) bad("not a KEY=value assignment")
	key = substr(line, 1, RLENGTH - 1)
	v = substr(line, RLENGTH + 1)
	if (v ~ /^\047[^\047]*\047$/) {            # single quotes: literal
		v = substr(v, 2, length(v) - 2)
	} else {
		if (v ~ /^"[^"]*"$/) v = substr(v, 2, length(v) - 2)
		if (v ~ /\$\(/ || v ~ /`/) bad("command substitution in " key)
		if (v ~ /\\/) bad("backslash in " key)
		# What is left may only be plain characters and $KEY / ${KEY}.
		t = v
		gsub(/\$(\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*)/, "", t)
		if (t ~ /[^A-Za-z0-9_.,:\/+@%=~ -]/ || (t ~ / / && $0 !~ /="/))
			bad("characters a shell would interpret in " key)
		v = expand(v)
	}
	if (key in val) bad(key " set twice")
	val[key] = v
	printf "%s\t%s\n", key, v
}' "$1"
