#!/bin/sh
# check-headers.sh [INCLUDE_DIR]
#
# Checks the public headers in INCLUDE_DIR (default: libssl/include of this
# repository) against libssl/Symbols.list and against Debian's OpenSSL 3
# headers (libssl-dev, in the compiler's default include path):
#
#   standalone  each openssl/*.h compiles alone as strict C99 and as C++,
#               and pulls in no header from outside INCLUDE_DIR/openssl
#   functions   the set of functions the headers declare (gcc -aux-info)
#               equals the names in Symbols.list
#   constants   every object-like macro we define that Debian also defines
#               has the same type and value (or string) under both
#   macros      the error-code decoding macros and other arithmetic macros
#               give the same results as Debian's on sample inputs
#   compat      tests/abi/compile-compat.c builds warning-free against both
#               header sets, and with ours needs only Symbols.list names
#
# Prints one PASS or FAIL line per check and exits non-zero on any FAIL.
# Set VERBOSE=1 to also list the macros that are not values (types,
# attributes, empty flags) and so are not compared.  Needs gcc, g++ and
# python3.  CC and CXX may name other gcc-compatible
# compilers (-aux-info is a gcc option).

set -u
LC_ALL=C
export LC_ALL

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
inc=${1:-$root/libssl/include}
if [ ! -d "$inc/openssl" ]; then
	echo "FAIL setup: $inc/openssl is not a directory"
	exit 1
fi
inc=$(cd "$inc" && pwd)
symbols=$root/libssl/Symbols.list
compat=$here/compile-compat.c
CC=${CC:-gcc}
CXX=${CXX:-g++}
PYTHON=${PYTHON:-python3}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/check-headers.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM

failed=0
fail() { echo "FAIL $*"; failed=1; }
pass() { echo "PASS $*"; }

if [ ! -f /usr/include/openssl/ssl.h ]; then
	fail "setup: Debian's OpenSSL headers are missing (apt-get install libssl-dev)"
	exit 1
fi

# Prints every openssl/ header the compile of $1 (with flags $2...) read
# that is not one of ours.
foreign_headers() {
	src=$1
	shift
	"$CC" "$@" -M "$src" 2>/dev/null | tr ' \\' '\n\n' |
	    grep '/openssl/' | grep -v "^$inc/openssl/" | sort -u
}

grep -v '^[[:space:]]*#' "$symbols" | grep -v '^[[:space:]]*$' |
    sed 's/[[:space:]]//g' | sort -u >"$tmp/exported"

# --- standalone -----------------------------------------------------------
n=0
bad=0
for h in "$inc"/openssl/*.h; do
	b=${h##*/}
	n=$((n + 1))
	printf '#include <openssl/%s>\nint main(void) { return 0; }\n' "$b" >"$tmp/alone.c"
	cp "$tmp/alone.c" "$tmp/alone.cc"
	if ! "$CC" -std=c99 -pedantic -Wall -Wextra -Werror -Wstrict-prototypes \
	    -Wredundant-decls -Wundef -Wshadow -fsyntax-only -I "$inc" \
	    "$tmp/alone.c" >"$tmp/err" 2>&1; then
		fail "standalone: $b does not compile as C99"
		sed 's/^/    /' "$tmp/err" | head -20
		bad=1
	fi
	if ! "$CXX" -Wall -Wextra -pedantic -Werror -fsyntax-only -I "$inc" \
	    "$tmp/alone.cc" >"$tmp/err" 2>&1; then
		fail "standalone: $b does not compile as C++"
		sed 's/^/    /' "$tmp/err" | head -20
		bad=1
	fi
	leak=$(foreign_headers "$tmp/alone.c" -I "$inc")
	if [ -n "$leak" ]; then
		fail "standalone: $b pulls in headers that are not ours: $leak"
		bad=1
	fi
done
[ $bad = 0 ] && pass "standalone: $n headers compile alone as C99 -pedantic and C++"

# --- functions ------------------------------------------------------------
for h in "$inc"/openssl/*.h; do
	printf '#include <openssl/%s>\n' "${h##*/}"
done >"$tmp/all.c"
echo 'int main(void) { return 0; }' >>"$tmp/all.c"
if "$CC" -std=c99 -fsyntax-only -I "$inc" -aux-info "$tmp/aux" "$tmp/all.c" \
    >"$tmp/err" 2>&1; then
	# Lines look like: /* /path/ssl.h:123:NC */ extern int SSL_connect (SSL *);
	# A function returning a function pointer reads
	#   extern int (*BIO_meth_get_read (const BIO_METHOD *)) (BIO *, ...);
	# and is first rewritten to the plain form.
	grep -F "/* $inc/openssl/" "$tmp/aux" |
	    sed 's|^/\*[^*]*\*/ *||' |
	    sed 's/^\([^(]*\)(\*\([A-Za-z_][A-Za-z0-9_]*\) *(.*/\1 \2 (/' |
	    sed -n 's/^[^(]*[^A-Za-z0-9_(]\([A-Za-z_][A-Za-z0-9_]*\) *(.*/\1/p' |
	    sort >"$tmp/declared.dup"
	sort -u "$tmp/declared.dup" >"$tmp/declared"
	missing=$(comm -13 "$tmp/declared" "$tmp/exported")
	extra=$(comm -23 "$tmp/declared" "$tmp/exported")
	dups=$(uniq -d "$tmp/declared.dup")
	if [ -z "$missing$extra$dups" ]; then
		pass "functions: $(wc -l <"$tmp/declared") declared, the same set as Symbols.list"
	else
		[ -n "$missing" ] && fail "functions: in Symbols.list but not declared:" $missing
		[ -n "$extra" ] && fail "functions: declared but not in Symbols.list:" $extra
		[ -n "$dups" ] && fail "functions: declared more than once:" $dups
	fi
else
	fail "functions: the headers do not compile together"
	sed 's/^/    /' "$tmp/err" | head -20
fi

# --- constants and macros -------------------------------------------------
"$PYTHON" - "$inc" "$tmp" "$CC" <<'PYEOF' || failed=1
import os, re, subprocess, sys

inc, tmp, cc = sys.argv[1:4]
ours_hdrs = sorted(f for f in os.listdir(os.path.join(inc, 'openssl')) if f.endswith('.h'))
# Debian keeps some of our constants in headers we do not ship.
deb_extra = ['prov_ssl.h', 'dtls1.h', 'asn1.h', 'pemerr.h', 'x509err.h', 'obj_mac.h']
deb_hdrs = [h for h in ours_hdrs if os.path.exists('/usr/include/openssl/' + h)]
deb_hdrs += [h for h in deb_extra if h not in deb_hdrs]

# Deliberate differences: we present the OpenSSL 3.0.0 API, Debian ships a
# 3.0.x release, and our SONAME is libssl.so.0.
ALLOWED = {
    'OPENSSL_VERSION_PATCH', 'OPENSSL_VERSION_NUMBER', 'SSLEAY_VERSION_NUMBER',
    'OPENSSL_VERSION_STR', 'OPENSSL_FULL_VERSION_STR', 'OPENSSL_VERSION_TEXT',
    'OPENSSL_SHLIB_VERSION',
}

failed = False
def fail(msg):
    global failed
    failed = True
    print('FAIL ' + msg)

def run(args):
    return subprocess.run(args, capture_output=True, text=True)

# Every macro our headers define, and whether it takes arguments.
ours_defined = {}
for h in ours_hdrs:
    src = open(os.path.join(inc, 'openssl', h)).read().replace('\\\n', ' ')
    for m in re.finditer(r'^[ \t]*#[ \t]*define[ \t]+(\w+)(\()?', src, re.M):
        ours_defined.setdefault(m.group(1), m.group(2) is not None)

def includes(hdrs):
    return ''.join('#include <openssl/%s>\n' % h for h in hdrs)

def macro_table(flags, hdrs):
    path = os.path.join(tmp, 'dm.c')
    open(path, 'w').write(includes(hdrs))
    r = run([cc, '-std=c11', '-E', '-dM'] + flags + [path])
    if r.returncode != 0:
        fail('constants: cannot preprocess: ' + r.stderr.strip()[:500])
        sys.exit(1)
    table = {}
    for line in r.stdout.splitlines():
        m = re.match(r'#define (\w+)(\([^)]*\))? ?(.*)$', line)
        if m:
            table[m.group(1)] = (m.group(2), m.group(3))
    return table

ours = macro_table(['-I', inc], ours_hdrs)
deb = macro_table([], deb_hdrs)

# An object-like macro is worth evaluating if its expansion is built only
# from literals, operators, casts to arithmetic types and other such macros.
TYPE_WORDS = {'unsigned', 'signed', 'int', 'long', 'short', 'char',
              'uint64_t', 'int64_t', 'uint32_t', 'int32_t', 'size_t', 'ssize_t'}
TOKEN = re.compile(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'|\.?\d[\w.]*|\w+|\S')
def evaluable(table):
    memo = {}
    def ok(name, depth=0):
        if name in memo:
            return memo[name]
        if depth > 50 or name not in table:
            return False
        # A function-like macro qualifies (for use inside another one) when
        # its body is arithmetic over its parameters.
        params, body = table[name]
        params = set(re.findall(r'\w+', params or ''))
        res = True
        operand = False
        for t in TOKEN.findall(body):
            if t[0] in '"\'' or t[0].isdigit():
                operand = True
            elif re.match(r'\w+$', t):
                if t in params or ok(t, depth + 1):
                    operand = True
                elif t not in TYPE_WORDS:
                    res = False
                    break
            elif t in '{};[]#.=':
                res = False
                break
        res = res and operand
        memo[name] = res
        return res
    return ok

ours_ok, deb_ok = evaluable(ours), evaluable(deb)
compare, ours_only, not_values = [], [], []
for name in sorted(ours_defined):
    if name.startswith('OPENSSL_') and name.endswith('_H'):
        continue  # include guards
    if name not in deb:
        ours_only.append(name)
        continue
    if ours_defined[name] != (deb[name][0] is not None):
        fail('constants: %s is %s here but %s in Debian' % (name,
             'function-like' if ours_defined[name] else 'object-like',
             'function-like' if deb[name][0] is not None else 'object-like'))
        continue
    if ours_defined[name]:
        continue  # function-like: exercised by the macro test below
    if ours_ok(name) and deb_ok(name):
        compare.append(name)
    elif not ours_ok(name) and not deb_ok(name):
        not_values.append(name)
    elif ours_ok(name) != deb_ok(name):
        fail('constants: %s is a value on one side only (ours: %r, Debian: %r)'
             % (name, ours[name][1], deb[name][1]))

PRELUDE = r'''
#include <stdio.h>
%s
static void put_s(const char *n, char k, const char *v)
{
    (void)k;
    printf("%%s s \"", n);
    for (; *v; v++)
        printf((*v >= 32 && *v < 127 && *v != '"' && *v != '\\') ? "%%c" : "\\x%%02x",
               (unsigned char)*v);
    printf("\"\n");
}
static void put_n(const char *n, char k, unsigned long long v)
{
    printf("%%s %%c %%llu\n", n, k, v);
}
#define KIND(x) _Generic((x), int: 'i', unsigned int: 'u', long: 'l', \
    unsigned long: 'L', long long: 'q', unsigned long long: 'Q', \
    char *: 's', const char *: 's', default: '?')
#define P(x) _Generic((x), char *: put_s, const char *: put_s, \
    default: put_n)(#x, KIND(x), (x));
int main(void)
{
'''

def evaluate(flags, hdrs, names, side):
    """Returns {name: 'kind value'}, dropping names that fail to compile."""
    names = list(names)
    for _ in range(10):
        head = PRELUDE % includes(hdrs)
        first = head.count('\n') + 1
        src = head + ''.join('P(%s)\n' % n for n in names) + 'return 0;\n}\n'
        c, exe = os.path.join(tmp, 'val.c'), os.path.join(tmp, 'val')
        open(c, 'w').write(src)
        r = run([cc, '-std=c11', '-w', '-o', exe, c] + flags)
        if r.returncode == 0:
            break
        bad = set()
        for m in re.finditer(r'val\.c:(\d+):\d+: (error|note)', r.stderr):
            i = int(m.group(1)) - first
            if 0 <= i < len(names):
                bad.add(names[i])
        if not bad:
            fail('constants: value program does not build (%s): %s' % (side, r.stderr.strip()[:800]))
            return {}
        for n in sorted(bad):
            fail('constants: %s does not evaluate with %s headers' % (n, side))
        names = [n for n in names if n not in bad]
    r = run([exe])
    out = {}
    for line in r.stdout.splitlines():
        n, rest = line.split(' ', 1)
        out[n] = rest
    return out

mine = evaluate(['-I', inc], ours_hdrs, compare, 'our')
theirs = evaluate([], deb_hdrs, compare, "Debian's")
same = allowed = 0
for n in compare:
    if n not in mine or n not in theirs:
        continue
    if mine[n] == theirs[n]:
        same += 1
    elif n in ALLOWED:
        allowed += 1
        print('INFO constants: %s differs on purpose: ours %s, Debian %s' % (n, mine[n], theirs[n]))
    else:
        fail('constants: %s is %s here but %s in Debian' % (n, mine[n], theirs[n]))
if [n for n in compare if n not in mine or n not in theirs] == [] and same + allowed == len(compare) and not failed:
    print('PASS constants: %d compared with Debian, %d equal, %d differ on purpose'
          % (len(compare), same, allowed))
elif not failed:
    fail('constants: some values could not be compared')
if ours_only:
    print('INFO constants: macros here that are not macros in Debian: ' + ' '.join(ours_only))
if os.environ.get('VERBOSE') and not_values:
    print('INFO constants: not values on either side, not compared: ' + ' '.join(not_values))

# Arithmetic function-like macros: same results as Debian's on samples.
MACRO_TEST = r'''
#include <stdio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/bio.h>
#include <openssl/opensslv.h>
static unsigned long calls;
static unsigned long next_code(void)
{
    calls++;
    return 0x0A000086UL;
}
int main(void)
{
    static const unsigned long codes[] = {
        0UL, 1UL, 0x80000000UL, 0x80000001UL, 0x8000006fUL, 0xffffffffUL,
        0x0A000086UL, 0x0A00010BUL, 0x0A000412UL, 0x0A0C0103UL, 0x1E08010CUL,
        0x00080000UL, 0x000C0100UL, 0x7fffffffUL, 0x7f800000UL, 0x12345678UL,
    };
    static const int libs[] = { 0, 1, ERR_LIB_SYS, ERR_LIB_SSL, ERR_LIB_BIO, 255, 256 };
    static const int reasons[] = { 0, 1, SSL_R_WRONG_VERSION_NUMBER,
        ERR_R_MALLOC_FAILURE, ERR_R_INTERNAL_ERROR, 0x7FFFFF, 0x800000 };
    size_t i, j;
    int v;

    for (i = 0; i < sizeof(codes) / sizeof(codes[0]); i++)
        printf("%lx lib=%d reason=%d rflags=%d fatal=%d common=%d sys=%d\n",
               codes[i], ERR_GET_LIB(codes[i]), ERR_GET_REASON(codes[i]),
               ERR_GET_RFLAGS(codes[i]), ERR_FATAL_ERROR(codes[i]),
               ERR_COMMON_ERROR(codes[i]), (int)ERR_SYSTEM_ERROR(codes[i]));
    for (i = 0; i < sizeof(libs) / sizeof(libs[0]); i++)
        for (j = 0; j < sizeof(reasons) / sizeof(reasons[0]); j++)
            printf("pack(%d,%d)=%lx\n", libs[i], reasons[j],
                   (unsigned long)ERR_PACK(libs[i], 0, reasons[j]));
    for (v = 0; v < 64; v++)
        printf("op_bit(%d)=%llx\n", v, (unsigned long long)SSL_OP_BIT(v));
    for (v = 0; v < 0x100; v += 0x41)
        printf("cb(%x)=%d,%d,%d\n", v, BIO_CB_return(v), BIO_cb_pre(v), BIO_cb_post(v));
    v = ERR_GET_LIB(next_code()) + ERR_GET_REASON(next_code())
        + ERR_GET_RFLAGS(next_code()) + ERR_FATAL_ERROR(next_code())
        + ERR_COMMON_ERROR(next_code()) + (int)ERR_SYSTEM_ERROR(next_code());
    printf("side effects: %lu calls, sum %d\n", calls, v);
    printf("prereq=%d%d%d%d%d\n", OPENSSL_VERSION_PREREQ(1, 1),
           OPENSSL_VERSION_PREREQ(3, 0), OPENSSL_VERSION_PREREQ(2, 9),
           OPENSSL_VERSION_PREREQ(3, 1), OPENSSL_VERSION_PREREQ(4, 0));
    return 0;
}
'''

def run_macro_test(flags, side):
    c, exe = os.path.join(tmp, 'mac.c'), os.path.join(tmp, 'mac')
    open(c, 'w').write(MACRO_TEST)
    r = run([cc, '-std=c99', '-pedantic', '-Wall', '-Wextra', '-Werror', '-o', exe, c] + flags)
    if r.returncode != 0:
        fail('macros: test program does not build with %s headers: %s' % (side, r.stderr.strip()[:800]))
        return None
    return run([exe]).stdout

a = run_macro_test(['-I', inc], 'our')
b = run_macro_test([], "Debian's")
if a is not None and b is not None:
    if a == b:
        print('PASS macros: ERR_GET_*/ERR_PACK/SSL_OP_BIT/BIO_CB_*/OPENSSL_VERSION_PREREQ agree with Debian (%d samples, single evaluation)' % len(a.splitlines()))
    else:
        import difflib
        fail('macros: results differ from Debian (ours -, Debian +):')
        for line in difflib.unified_diff(a.splitlines(), b.splitlines(), lineterm='', n=0):
            print('    ' + line)

sys.exit(1 if failed else 0)
PYEOF

# --- compat ---------------------------------------------------------------
flags="-Wall -Wextra -Werror"
ok=1
if ! "$CC" $flags -fsyntax-only "$compat" >"$tmp/err" 2>&1; then
	fail "compat: compile-compat.c does not compile against Debian's headers"
	sed 's/^/    /' "$tmp/err" | head -20
	ok=0
fi
if ! "$CC" $flags -c -I "$inc" -o "$tmp/compat.o" "$compat" >"$tmp/err" 2>&1; then
	fail "compat: compile-compat.c does not compile against our headers"
	sed 's/^/    /' "$tmp/err" | head -20
	ok=0
else
	leak=$(foreign_headers "$compat" -I "$inc")
	if [ -n "$leak" ]; then
		fail "compat: with our headers it still reads: $leak"
		ok=0
	fi
	# Undefined symbols that look like ours must all be exported.
	nm -u "$tmp/compat.o" | awk '{ print $NF }' |
	    grep -E '^(SSL|SSLv|TLS|DTLS|ERR|OPENSSL|OpenSSL|BIO|X509|PEM|EVP|CRYPTO)_' |
	    sort -u >"$tmp/needed"
	unknown=$(comm -23 "$tmp/needed" "$tmp/exported")
	if [ -n "$unknown" ]; then
		fail "compat: with our headers it needs symbols not in Symbols.list:" $unknown
		ok=0
	fi
fi
[ $ok = 1 ] && pass "compat: compile-compat.c builds against Debian's headers and ours ($flags), needing $(wc -l <"$tmp/needed") exported symbols"

exit $failed
