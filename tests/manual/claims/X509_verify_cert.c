/*
 * Claims of X509_verify_cert(3): verification without a connection.
 * ca.pem issued leaf.pem (CN leaf.example) and expired.pem (expired in
 * 2020); ec.pem is an unrelated self-signed certificate.
 */
#include "claims.h"

#include <openssl/pem.h>
#include <openssl/x509_vfy.h>

static X509 *
load_cert(const char *name)
{
	FILE *f = fopen(cert_path(name, "pem"), "r");
	X509 *x = f != NULL ? PEM_read_X509(f, NULL, NULL, NULL) : NULL;

	if (f != NULL)
		fclose(f);
	return x;
}

static int
subject_is(X509 *x, const char *want)
{
	char buf[256];

	return x != NULL && strcmp(X509_NAME_oneline(X509_get_subject_name(x), buf, sizeof(buf)), want) == 0;
}

static X509_STORE_CTX *cb_ctx_seen;
static int cb_calls;

static int
accept_expired(int ok, X509_STORE_CTX *ctx)
{
	cb_ctx_seen = ctx;
	cb_calls++;
	return ok || X509_STORE_CTX_get_error(ctx) == X509_V_ERR_CERT_HAS_EXPIRED;
}

/* A context set up for LEAF against a store holding ANCHOR (NULL: none). */
static X509_STORE_CTX *
setup(X509_STORE *store, X509 *leaf)
{
	X509_STORE_CTX *ctx = X509_STORE_CTX_new();

	X509_STORE_CTX_init(ctx, store, leaf, NULL);
	return ctx;
}

int
main(int argc, char *argv[])
{
	X509 *ca, *leaf, *expired, *ec;
	X509_STORE *store, *empty;
	X509_STORE_CTX *ctx;
	X509_VERIFY_PARAM *param;
	STACK_OF(X509) *chain, *copy;
	int ret;

	if (argc > 1)
		certs_dir = argv[1];
	ca = load_cert("ca");
	leaf = load_cert("leaf");
	expired = load_cert("expired");
	ec = load_cert("ec");
	store = X509_STORE_new();
	X509_STORE_add_cert(store, ca);
	empty = X509_STORE_new();

	ctx = X509_STORE_CTX_new();
	CHECK("X509_STORE_CTX_new returns a context", ctx != NULL);
	CHECKV("X509_STORE_CTX_init returns 1", X509_STORE_CTX_init(ctx, store, leaf, NULL), 1);
	CHECK("get0_chain before X509_verify_cert is NULL", X509_STORE_CTX_get0_chain(ctx) == NULL);
	CHECK("get1_chain before X509_verify_cert is NULL", X509_STORE_CTX_get1_chain(ctx) == NULL);
	CHECKV("the parameters of a new context have depth 100", X509_VERIFY_PARAM_get_depth(X509_STORE_CTX_get0_param(ctx)), 100);
	CHECKV("a good chain: X509_verify_cert returns 1", X509_verify_cert(ctx), 1);
	CHECKV("a good chain: X509_STORE_CTX_get_error is X509_V_OK", X509_STORE_CTX_get_error(ctx), X509_V_OK);
	chain = X509_STORE_CTX_get0_chain(ctx);
	CHECKV("get0_chain: the chain built, leaf to anchor", sk_X509_num(chain), 2);
	CHECK("get0_chain: the leaf first", subject_is(sk_X509_value(chain, 0), "/CN=leaf.example"));
	CHECK("get0_chain: the trusted anchor last", subject_is(sk_X509_value(chain, 1), "/CN=ca.example"));
	CHECK("get0_chain: the same stack on each call", X509_STORE_CTX_get0_chain(ctx) == chain);
	copy = X509_STORE_CTX_get1_chain(ctx);
	CHECK("get1_chain: a new stack", copy != NULL && copy != chain);
	ERR_clear_error();
	CHECKV("a second X509_verify_cert returns -1", X509_verify_cert(ctx), -1);
	CHECKV("a second X509_verify_cert: X509_V_ERR_INVALID_CALL", X509_STORE_CTX_get_error(ctx), X509_V_ERR_INVALID_CALL);
	CHECK("a second X509_verify_cert: ERR_R_SHOULD_NOT_HAVE_BEEN_CALLED",
	    queue_is(ERR_LIB_X509, ERR_R_SHOULD_NOT_HAVE_BEEN_CALLED));
	X509_STORE_CTX_free(ctx);
	CHECKV("get1_chain outlives the context", sk_X509_num(copy), 2);
	CHECK("get1_chain outlives the context: its leaf", subject_is(sk_X509_value(copy, 0), "/CN=leaf.example"));
	sk_X509_pop_free(copy, X509_free);

	ctx = setup(store, expired);
	CHECKV("an expired leaf: X509_verify_cert returns 0", X509_verify_cert(ctx), 0);
	CHECKV("an expired leaf: X509_V_ERR_CERT_HAS_EXPIRED", X509_STORE_CTX_get_error(ctx), X509_V_ERR_CERT_HAS_EXPIRED);
	CHECKV("an expired leaf: error depth 0", X509_STORE_CTX_get_error_depth(ctx), 0);
	CHECKV("after a failure get0_chain still holds the chain built", sk_X509_num(X509_STORE_CTX_get0_chain(ctx)), 2);
	X509_STORE_CTX_cleanup(ctx);
	CHECK("X509_STORE_CTX_cleanup forgets the chain", X509_STORE_CTX_get0_chain(ctx) == NULL);
	CHECKV("after X509_STORE_CTX_cleanup, X509_STORE_CTX_init sets the context up again",
	    X509_STORE_CTX_init(ctx, store, leaf, NULL), 1);
	CHECKV("after cleanup and init, X509_verify_cert runs again", X509_verify_cert(ctx), 1);
	X509_STORE_CTX_free(ctx);

	ctx = setup(store, expired);
	X509_STORE_CTX_set_verify_cb(ctx, accept_expired);
	cb_calls = 0;
	ret = X509_verify_cert(ctx);
	CHECKV("a verify callback that accepts the error: X509_verify_cert returns 1", ret, 1);
	CHECKV("a verify callback that accepts the error: the error stays", X509_STORE_CTX_get_error(ctx), X509_V_ERR_CERT_HAS_EXPIRED);
	CHECK("the verify callback gets the context X509_verify_cert was given", cb_ctx_seen == ctx);
	CHECK("the verify callback is called for each depth and each problem", cb_calls >= 3);
	X509_STORE_CTX_free(ctx);

	ctx = setup(empty, leaf);
	CHECKV("no trusted issuer: X509_verify_cert returns 0", X509_verify_cert(ctx), 0);
	CHECKV("no trusted issuer: X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY", X509_STORE_CTX_get_error(ctx),
	    X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY);
	X509_STORE_CTX_free(ctx);

	ctx = setup(NULL, leaf);
	CHECKV("a NULL store trusts nothing", X509_verify_cert(ctx), 0);
	CHECKV("a NULL store: X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY", X509_STORE_CTX_get_error(ctx),
	    X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY);
	X509_STORE_CTX_free(ctx);

	ctx = setup(store, ec);
	CHECKV("a self-signed certificate not in the store: X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT",
	    (X509_verify_cert(ctx), X509_STORE_CTX_get_error(ctx)), X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT);
	X509_STORE_CTX_free(ctx);

	ctx = setup(store, NULL);
	ERR_clear_error();
	CHECKV("no certificate to verify: X509_verify_cert returns -1", X509_verify_cert(ctx), -1);
	CHECKV("no certificate to verify: X509_V_ERR_INVALID_CALL", X509_STORE_CTX_get_error(ctx), X509_V_ERR_INVALID_CALL);
	CHECK("no certificate to verify: X509_R_NO_CERT_SET_FOR_US_TO_VERIFY", queue_is(ERR_LIB_X509, 105));
	X509_STORE_CTX_free(ctx);

	{
		X509_STORE *partial = X509_STORE_new();

		X509_STORE_add_cert(partial, leaf);
		X509_STORE_set_flags(partial, X509_V_FLAG_PARTIAL_CHAIN);
		ctx = setup(partial, leaf);
		CHECKV("the context takes the store's flags (X509_V_FLAG_PARTIAL_CHAIN: the leaf alone is trusted)",
		    X509_verify_cert(ctx), 1);
		X509_STORE_CTX_free(ctx);
		X509_STORE_free(partial);
	}

	param = X509_VERIFY_PARAM_new();
	CHECK("X509_VERIFY_PARAM_new returns a parameter set", param != NULL);
	CHECKV("X509_VERIFY_PARAM_new: depth unset (-1)", X509_VERIFY_PARAM_get_depth(param), -1);
	X509_VERIFY_PARAM_free(param);

	ctx = setup(store, leaf);
	param = X509_VERIFY_PARAM_new();
	X509_VERIFY_PARAM_set_depth(param, 5);
	X509_VERIFY_PARAM_set1_host(param, "other.example", 0);
	X509_STORE_CTX_set0_param(ctx, param);
	CHECK("set0_param: get0_param returns the set handed over", X509_STORE_CTX_get0_param(ctx) == param);
	CHECKV("set0_param: its settings apply (a host name that does not match)",
	    (X509_verify_cert(ctx), X509_STORE_CTX_get_error(ctx)), X509_V_ERR_HOSTNAME_MISMATCH);
	X509_STORE_CTX_free(ctx);

	ctx = setup(store, leaf);
	param = X509_VERIFY_PARAM_new();
	X509_STORE_CTX_set0_param(ctx, param);
	CHECKV("set0_param of a set without a depth: only the leaf fits, X509_V_ERR_CERT_CHAIN_TOO_LONG",
	    (X509_verify_cert(ctx), X509_STORE_CTX_get_error(ctx)), X509_V_ERR_CERT_CHAIN_TOO_LONG);
	X509_STORE_CTX_free(ctx);

	ERR_clear_error();
	X509_STORE_CTX_free(NULL);
	X509_VERIFY_PARAM_free(NULL);
	CHECK("X509_STORE_CTX_free(NULL) and X509_VERIFY_PARAM_free(NULL) do nothing", queue_empty());

	X509_STORE_free(store);
	X509_STORE_free(empty);
	X509_free(ca);
	X509_free(leaf);
	X509_free(expired);
	X509_free(ec);
	return claims_end();
}
