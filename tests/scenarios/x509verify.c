/*
 * x509verify: verification without a connection (X509_verify_cert(3)).
 * Runs every certificate case of tests/verify/make-certs.sh through
 * X509_STORE_CTX_init + X509_verify_cert and prints what a caller can
 * observe: the return value, X509_STORE_CTX_get_error and its text, the
 * error depth, and the chain (X509_STORE_CTX_get0_chain) with each
 * subject.  Then: a verify callback that overrides an error, a depth
 * limit, a hashed CA directory (X509_STORE_load_locations), the chain
 * copied with get1_chain and freed with sk_X509_pop_free, parameters of
 * one's own (X509_VERIFY_PARAM_new + X509_STORE_CTX_set0_param), and the
 * calls X509_verify_cert refuses.  Built against our library and against
 * OpenSSL 3, the transcripts are compared (tests/scenarios/run.sh).
 *
 *   x509verify [-p IGNORED] -D CERTDIR
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

/* 2030-01-01 00:00:00 UTC: inside every validity period of the good chain. */
#define CHECK_TIME ((time_t)1893456000)

static const char *dir;

static X509 *
load(const char *name)
{
	char path[4096];
	FILE *f;
	X509 *x;

	snprintf(path, sizeof(path), "%s/%s.pem", dir, name);
	if ((f = fopen(path, "r")) == NULL) {
		printf("cannot open %s\n", name);
		exit(1);
	}
	x = PEM_read_X509(f, NULL, NULL, NULL);
	fclose(f);
	if (x == NULL) {
		printf("cannot read %s\n", name);
		exit(1);
	}
	return x;
}

/* The certificates of a space-separated list of names, as a stack ("" for none). */
static STACK_OF(X509) *
load_stack(const char *names)
{
	STACK_OF(X509) *sk = sk_X509_new_null();
	char buf[256], *p, *save = NULL;

	snprintf(buf, sizeof(buf), "%s", names);
	for (p = strtok_r(buf, " ", &save); p != NULL; p = strtok_r(NULL, " ", &save))
		sk_X509_push(sk, load(p));
	return sk;
}

static void
print_error_queue(void)
{
	unsigned long e;

	while ((e = ERR_get_error()) != 0)
		printf("  queue: lib=%d reason=%d\n", ERR_GET_LIB(e), ERR_GET_REASON(e));
}

static void
print_chain(const char *label, STACK_OF(X509) *chain)
{
	char name[256];
	int i;

	if (chain == NULL) {
		printf("  %s: none\n", label);
		return;
	}
	printf("  %s: %d\n", label, sk_X509_num(chain));
	for (i = 0; i < sk_X509_num(chain); i++)
		printf("    %d %s\n", i, X509_NAME_oneline(X509_get_subject_name(sk_X509_value(chain, i)),
		    name, sizeof(name)));
}

static void
print_result(X509_STORE_CTX *ctx, int ret)
{
	int err = X509_STORE_CTX_get_error(ctx);

	printf("  verify: %d error: %d \"%s\" depth: %d\n", ret, err,
	    X509_verify_cert_error_string(err), X509_STORE_CTX_get_error_depth(ctx));
	print_chain("chain", X509_STORE_CTX_get0_chain(ctx));
	print_error_queue();
}

static int
log_callback(int ok, X509_STORE_CTX *ctx)
{
	int err = X509_STORE_CTX_get_error(ctx);
	int answer = ok || err == X509_V_ERR_CERT_HAS_EXPIRED;

	printf("  callback: ok=%d depth=%d error=%d cert=%s -> %d\n", ok,
	    X509_STORE_CTX_get_error_depth(ctx), err,
	    X509_STORE_CTX_get_current_cert(ctx) != NULL ? "yes" : "no", answer);
	return answer;
}

struct vcase {
	const char *name;
	const char *leaf;
	const char *untrusted;	/* names of untrusted certificates */
	const char *trusted;	/* names of trusted certificates */
	int purpose;		/* 0: none set */
	const char *host, *addhost, *ip;
	unsigned int hostflags;
	int depth;		/* -1: default */
	unsigned long flags;
	int now;		/* check at the real time, not CHECK_TIME */
	int callback;
};

#define SRV X509_PURPOSE_SSL_SERVER
#define CLI X509_PURPOSE_SSL_CLIENT

static const struct vcase cases[] = {
	{ "valid-chain", "good", "inter", "root", SRV, NULL, NULL, NULL, 0, -1, 0, 0, 0 },
	{ "valid-chain-now", "good", "inter", "root", SRV, NULL, NULL, NULL, 0, -1, 0, 1, 0 },
	{ "valid-chain-no-purpose", "good", "inter", "root", 0, NULL, NULL, NULL, 0, -1, 0, 0, 0 },
	{ "valid-chain-host", "good", "inter", "root", SRV, "good.example", NULL, NULL, 0, -1, 0, 0, 0 },
	{ "missing-intermediate", "good", "", "root", SRV, NULL, NULL, NULL, 0, -1, 0, 0, 0 },
	{ "no-trust", "good", "inter", "", SRV, NULL, NULL, NULL, 0, -1, 0, 0, 0 },
	{ "expired-leaf", "expired", "inter", "root", SRV, NULL, NULL, NULL, 0, -1, 0, 0, 0 },
	{ "not-yet-valid", "notyet", "inter", "root", SRV, NULL, NULL, NULL, 0, -1, 0, 0, 0 },
	{ "expired-intermediate", "under-expired", "inter-expired", "root", SRV, NULL, NULL, NULL, 0, -1, 0, 0, 0 },
	{ "untrusted-root", "good", "inter root", "other-root", SRV, NULL, NULL, NULL, 0, -1, 0, 0, 0 },
	{ "self-signed-leaf", "selfsigned", "", "root", SRV, NULL, NULL, NULL, 0, -1, 0, 0, 0 },
	{ "self-signed-leaf-trusted", "selfsigned", "", "selfsigned", SRV, NULL, NULL, NULL, 0, -1, 0, 0, 0 },
	{ "wrong-host", "good", "inter", "root", SRV, "other.example", NULL, NULL, 0, -1, 0, 0, 0 },
	{ "second-host-matches", "good", "inter", "root", SRV, "other.example", "good.example", NULL, 0, -1, 0, 0, 0 },
	{ "wildcard-one-label", "wild", "inter", "root", SRV, "a.example.com", NULL, NULL, 0, -1, 0, 0, 0 },
	{ "wildcard-two-labels", "wild", "inter", "root", SRV, "a.b.example.com", NULL, NULL, 0, -1, 0, 0, 0 },
	{ "wildcard-bare-domain", "wild", "inter", "root", SRV, "example.com", NULL, NULL, 0, -1, 0, 0, 0 },
	{ "partial-wildcard", "partial", "inter", "root", SRV, "foo.example.com", NULL, NULL, 0, -1, 0, 0, 0 },
	{ "partial-wildcard-refused", "partial", "inter", "root", SRV, "foo.example.com", NULL, NULL,
	    X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS, -1, 0, 0, 0 },
	{ "ip-san-address", "ipsan", "inter", "root", SRV, NULL, NULL, "127.0.0.1", 0, -1, 0, 0, 0 },
	{ "good-ip-address", "good", "inter", "root", SRV, NULL, NULL, "127.0.0.1", 0, -1, 0, 0, 0 },
	{ "good-wrong-ip-address", "good", "inter", "root", SRV, NULL, NULL, "::1", 0, -1, 0, 0, 0 },
	{ "dns-name-is-not-an-address", "dnsip", "inter", "root", SRV, NULL, NULL, "127.0.0.1", 0, -1, 0, 0, 0 },
	{ "ip-san-cn-fallback", "ipsan", "inter", "root", SRV, "ipsan.example", NULL, NULL, 0, -1, 0, 0, 0 },
	{ "cn-only", "cnonly", "inter", "root", SRV, "cn.example", NULL, NULL, 0, -1, 0, 0, 0 },
	{ "cn-only-never-subject", "cnonly", "inter", "root", SRV, "cn.example", NULL, NULL,
	    X509_CHECK_FLAG_NEVER_CHECK_SUBJECT, -1, 0, 0, 0 },
	{ "ca-false-intermediate", "under-notca", "notca", "root", SRV, NULL, NULL, NULL, 0, -1, 0, 0, 0 },
	{ "pathlen-exceeded", "under-pl", "plinter2 plinter", "plroot", SRV, NULL, NULL, NULL, 0, -1, 0, 0, 0 },
	{ "name-constraints", "under-nc", "ncinter", "root", SRV, NULL, NULL, NULL, 0, -1, 0, 0, 0 },
	{ "client-auth-only-as-server", "clientonly", "inter", "root", SRV, NULL, NULL, NULL, 0, -1, 0, 0, 0 },
	{ "client-auth-only-as-client", "clientonly", "inter", "root", CLI, NULL, NULL, NULL, 0, -1, 0, 0, 0 },
	{ "client-auth-only-any", "clientonly", "inter", "root", X509_PURPOSE_ANY, NULL, NULL, NULL, 0, -1, 0, 0, 0 },
	{ "server-auth-only-as-client", "serveronly", "inter", "root", CLI, NULL, NULL, NULL, 0, -1, 0, 0, 0 },
	{ "bad-signature", "badsig", "inter", "root", SRV, NULL, NULL, NULL, 0, -1, 0, 0, 0 },
	{ "bad-root-signature-unchecked", "good", "inter", "badroot", SRV, NULL, NULL, NULL, 0, -1, 0, 0, 0 },
	{ "bad-root-signature-checked", "good", "inter", "badroot", SRV, NULL, NULL, NULL, 0, -1,
	    X509_V_FLAG_CHECK_SS_SIGNATURE, 0, 0 },
	{ "depth-1-too-short", "deep", "inter2 inter", "root", SRV, NULL, NULL, NULL, 0, 1, 0, 0, 0 },
	{ "depth-2-enough", "deep", "inter2 inter", "root", SRV, NULL, NULL, NULL, 0, 2, 0, 0, 0 },
	{ "depth-0-leaf-only", "good", "inter", "root", SRV, NULL, NULL, NULL, 0, 0, 0, 0, 0 },
	{ "partial-chain-trusting-intermediate", "good", "", "inter", SRV, NULL, NULL, NULL, 0, -1,
	    X509_V_FLAG_PARTIAL_CHAIN, 0, 0 },
	{ "intermediate-trusted-without-partial-chain", "good", "", "inter", SRV, NULL, NULL, NULL, 0, -1, 0, 0, 0 },
	{ "no-check-time-expired", "expired", "inter", "root", SRV, NULL, NULL, NULL, 0, -1,
	    X509_V_FLAG_NO_CHECK_TIME, 0, 0 },
	{ "callback-overrides-expiry", "expired", "inter", "root", SRV, NULL, NULL, NULL, 0, -1, 0, 0, 1 },
	{ "callback-sees-bad-signature", "badsig", "inter", "root", SRV, NULL, NULL, NULL, 0, -1, 0, 0, 1 },
};

static void
run_case(const struct vcase *c)
{
	X509_STORE *store = X509_STORE_new();
	X509_STORE_CTX *ctx = X509_STORE_CTX_new();
	STACK_OF(X509) *trusted = load_stack(c->trusted);
	STACK_OF(X509) *untrusted = load_stack(c->untrusted);
	X509 *leaf = load(c->leaf);
	X509_VERIFY_PARAM *param;
	int i;

	printf("case %s\n", c->name);
	for (i = 0; i < sk_X509_num(trusted); i++)
		X509_STORE_add_cert(store, sk_X509_value(trusted, i));
	if (X509_STORE_CTX_init(ctx, store, leaf, untrusted) != 1)
		printf("  init failed\n");
	param = X509_STORE_CTX_get0_param(ctx);
	if (!c->now)
		X509_VERIFY_PARAM_set_time(param, CHECK_TIME);
	if (c->purpose != 0 && X509_VERIFY_PARAM_set_purpose(param, c->purpose) != 1)
		printf("  set_purpose failed\n");
	if (c->host != NULL)
		X509_VERIFY_PARAM_set1_host(param, c->host, 0);
	if (c->addhost != NULL)
		X509_VERIFY_PARAM_add1_host(param, c->addhost, 0);
	if (c->hostflags != 0)
		X509_VERIFY_PARAM_set_hostflags(param, c->hostflags);
	if (c->ip != NULL && X509_VERIFY_PARAM_set1_ip_asc(param, c->ip) != 1)
		printf("  set1_ip_asc failed\n");
	if (c->depth >= 0)
		X509_VERIFY_PARAM_set_depth(param, c->depth);
	if (c->flags != 0)
		X509_VERIFY_PARAM_set_flags(param, c->flags);
	if (c->callback)
		X509_STORE_CTX_set_verify_cb(ctx, log_callback);
	print_result(ctx, X509_verify_cert(ctx));
	if (X509_VERIFY_PARAM_get0_peername(param) != NULL)
		printf("  peername: %s\n", X509_VERIFY_PARAM_get0_peername(param));

	X509_STORE_CTX_free(ctx);
	X509_free(leaf);
	sk_X509_pop_free(untrusted, X509_free);
	sk_X509_pop_free(trusted, X509_free);
	X509_STORE_free(store);
}

/* A hashed directory (`openssl rehash`) as the only trust: found, or (the wrong one) not. */
static void
hashed_directory(const char *name, const char *sub)
{
	char path[4096];
	X509_STORE *store = X509_STORE_new();
	X509_STORE_CTX *ctx = X509_STORE_CTX_new();
	STACK_OF(X509) *untrusted = load_stack("inter");
	X509 *leaf = load("good");

	printf("case %s\n", name);
	snprintf(path, sizeof(path), "%s%s", dir, sub);
	printf("  load_locations: %d\n", X509_STORE_load_locations(store, NULL, path));
	X509_STORE_CTX_init(ctx, store, leaf, untrusted);
	X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(ctx), CHECK_TIME);
	print_result(ctx, X509_verify_cert(ctx));
	X509_STORE_CTX_free(ctx);
	X509_free(leaf);
	sk_X509_pop_free(untrusted, X509_free);
	X509_STORE_free(store);
}

/*
 * The life of a context: get0_chain before a verification, a parameter
 * set of one's own, get1_chain outliving the context, a second
 * X509_verify_cert refused, cleanup and a new init, and init without a
 * certificate.
 */
static void
context_life(void)
{
	X509_STORE *store = X509_STORE_new();
	X509_STORE_CTX *ctx = X509_STORE_CTX_new();
	STACK_OF(X509) *untrusted = load_stack("inter");
	STACK_OF(X509) *copy;
	X509 *root = load("root"), *leaf = load("good"), *expired = load("expired");
	X509_VERIFY_PARAM *param;
	char name[256];

	X509_STORE_add_cert(store, root);
	printf("case context-life\n");
	printf("  init: %d\n", X509_STORE_CTX_init(ctx, store, leaf, untrusted));
	printf("  init param depth: %d\n", X509_VERIFY_PARAM_get_depth(X509_STORE_CTX_get0_param(ctx)));
	print_chain("chain before verify", X509_STORE_CTX_get0_chain(ctx));
	print_chain("get1 before verify", X509_STORE_CTX_get1_chain(ctx));

	param = X509_VERIFY_PARAM_new();
	X509_VERIFY_PARAM_set_time(param, CHECK_TIME);
	X509_VERIFY_PARAM_set1_host(param, "good.example", 0);
	/* A fresh set has no defaults behind it: without a depth, only the leaf fits. */
	X509_VERIFY_PARAM_set_depth(param, 5);
	X509_STORE_CTX_set0_param(ctx, param);
	printf("  get0_param is set0's: %s\n", X509_STORE_CTX_get0_param(ctx) == param ? "yes" : "no");
	print_result(ctx, X509_verify_cert(ctx));
	printf("  peername: %s\n", X509_VERIFY_PARAM_get0_peername(param));

	copy = X509_STORE_CTX_get1_chain(ctx);
	printf("  second verify:");
	print_result(ctx, X509_verify_cert(ctx));
	X509_STORE_CTX_free(ctx);
	X509_free(leaf);
	print_chain("get1 chain after free", copy);
	printf("  leaf of copy: %s\n", X509_NAME_oneline(X509_get_subject_name(sk_X509_value(copy, 0)), name, sizeof(name)));
	sk_X509_pop_free(copy, X509_free);

	/* cleanup, then the context serves again, with fresh parameters. */
	ctx = X509_STORE_CTX_new();
	X509_STORE_CTX_init(ctx, store, expired, untrusted);
	X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(ctx), CHECK_TIME);
	printf("  expired:");
	print_result(ctx, X509_verify_cert(ctx));
	X509_STORE_CTX_cleanup(ctx);
	print_chain("chain after cleanup", X509_STORE_CTX_get0_chain(ctx));
	leaf = load("good");
	printf("  init again: %d\n", X509_STORE_CTX_init(ctx, store, leaf, untrusted));
	X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(ctx), CHECK_TIME);
	printf("  good after cleanup:");
	print_result(ctx, X509_verify_cert(ctx));
	X509_STORE_CTX_cleanup(ctx);

	/* No certificate to verify. */
	printf("  init without certificate: %d\n", X509_STORE_CTX_init(ctx, store, NULL, NULL));
	printf("  no certificate:");
	print_result(ctx, X509_verify_cert(ctx));
	X509_STORE_CTX_free(ctx);

	/* A fresh parameter set without a depth: -1 is taken as it is. */
	ctx = X509_STORE_CTX_new();
	X509_STORE_CTX_init(ctx, store, leaf, untrusted);
	param = X509_VERIFY_PARAM_new();
	X509_VERIFY_PARAM_set_time(param, CHECK_TIME);
	printf("  fresh param depth: %d\n", X509_VERIFY_PARAM_get_depth(param));
	X509_STORE_CTX_set0_param(ctx, param);
	printf("  fresh param without depth:");
	print_result(ctx, X509_verify_cert(ctx));
	X509_STORE_CTX_free(ctx);

	/* No store at all: nothing is trusted. */
	ctx = X509_STORE_CTX_new();
	printf("  init without store: %d\n", X509_STORE_CTX_init(ctx, NULL, leaf, untrusted));
	X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(ctx), CHECK_TIME);
	printf("  no store:");
	print_result(ctx, X509_verify_cert(ctx));
	X509_STORE_CTX_free(ctx);

	/* NULLs. */
	X509_STORE_CTX_free(NULL);
	X509_VERIFY_PARAM_free(NULL);
	print_error_queue();

	X509_free(leaf);
	X509_free(expired);
	X509_free(root);
	sk_X509_pop_free(untrusted, X509_free);
	X509_STORE_free(store);
}

/*
 * The system's trust: X509_STORE_set_default_paths (the Debian bundle,
 * /etc/ssl/certs/ca-certificates.crt, and /etc/ssl/certs), then every
 * root of the bundle, real certificates of every shape in use (RSA 2048
 * to 4096, ECDSA P-256/P-384, name constraints, old and new extensions),
 * verified against it at a fixed time, offline.
 */
#define BUNDLE "/etc/ssl/certs/ca-certificates.crt"
#define BUNDLE_TIME ((time_t)1767225600)	/* 2026-01-01T00:00:00Z */

static void
system_bundle(void)
{
	X509_STORE *store = X509_STORE_new();
	FILE *f = fopen(BUNDLE, "r");
	X509 *roots[1024];
	char name[256], other[256];
	int n = 0, ok = 0, shared = 0, i, j;

	printf("case system-bundle\n");
	if (f == NULL) {
		printf("  no %s\n", BUNDLE);
		X509_STORE_free(store);
		return;
	}
	printf("  set_default_paths: %d\n", X509_STORE_set_default_paths(store));
	while (n < 1024 && (roots[n] = PEM_read_X509(f, NULL, NULL, NULL)) != NULL)
		n++;
	ERR_clear_error();
	fclose(f);
	for (i = 0; i < n; i++) {
		X509_STORE_CTX *ctx;
		int ret, twin = 0;

		X509_NAME_oneline(X509_get_subject_name(roots[i]), name, sizeof(name));
		/*
		 * Roots sharing a subject (Debian's bundle has two, with one key)
		 * are counted: for the second, OpenSSL's issuer lookup picks the
		 * first, and a self-signed certificate that is not the one picked
		 * is an "untrusted mimic" (error 18).  Both libraries must agree.
		 */
		for (j = 0; j < n && !twin; j++)
			twin = j != i && strcmp(name, X509_NAME_oneline(X509_get_subject_name(roots[j]),
			    other, sizeof(other))) == 0;
		shared += twin;
		ctx = X509_STORE_CTX_new();
		X509_STORE_CTX_init(ctx, store, roots[i], NULL);
		X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(ctx), BUNDLE_TIME);
		ret = X509_verify_cert(ctx);
		printf("  %s: %d %d\n", name, ret, X509_STORE_CTX_get_error(ctx));
		ok += ret == 1;
		X509_STORE_CTX_free(ctx);
	}
	for (i = 0; i < n; i++)
		X509_free(roots[i]);
	printf("  roots: %d, sharing a subject: %d, verified at 2026-01-01: %d, more than 100: %s\n",
	    n, shared, ok, n > 100 ? "yes" : "no");
	X509_STORE_free(store);
}

int
main(int argc, char *argv[])
{
	size_t i;
	int ch;

	while ((ch = getopt(argc, argv, "p:D:")) != -1) {
		switch (ch) {
		case 'p': break;
		case 'D': dir = optarg; break;
		default: return 2;
		}
	}
	if (dir == NULL)
		return 2;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		run_case(&cases[i]);
	hashed_directory("hashed-directory", "/hashdir");
	hashed_directory("hashed-directory-wrong", "");
	context_life();
	system_bundle();
	printf("done\n");
	return 0;
}
