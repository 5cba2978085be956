/* Claims of SSL_CTX_new(3). */
#include <pthread.h>

#include "claims.h"

static const unsigned tls12_table[] = {
	0xc02c, 0xc030, 0x009f, 0xcca9, 0xcca8, 0xccaa, 0xc02b, 0xc02f,
	0x009e, 0xc024, 0xc028, 0xc023, 0xc027, 0xc00a, 0xc014, 0xc009,
	0xc013, 0x009d, 0x009c, 0x003d, 0x003c, 0x0035, 0x002f,
};

static const char *
negotiated(const SSL_METHOD *cm, const SSL_METHOD *sm, int server_max)
{
	static char version[32];
	SSL_CTX *cctx = SSL_CTX_new(cm), *sctx = server_ctx(sm, "ec");
	SSL *c, *s;

	if (server_max != 0)
		SSL_CTX_set_max_proto_version(sctx, server_max);
	snprintf(version, sizeof(version), "%s",
	    connected_pair(cctx, sctx, &c, &s) ? SSL_get_version(c) : "failed");
	SSL_free(c);
	SSL_free(s);
	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	return version;
}

/*
 * Threads sharing one context, each making and freeing connections and
 * taking and giving up references of its own; returns ARG if every call
 * succeeded.
 */
static SSL_CTX *shared;

static void *
churn(void *arg)
{
	int ok = 1;

	for (int i = 0; i < 500; i++) {
		SSL *s = SSL_new(shared);

		if (s == NULL || SSL_CTX_up_ref(shared) != 1)
			ok = 0;
		SSL_free(s);
		SSL_CTX_free(shared);
	}
	return ok ? arg : NULL;
}

int
main(int argc, char *argv[])
{
	SSL_CTX *ctx, *sctx;
	SSL *ssl, *c, *s;
	struct hello h;

	claims_init(argc, argv);

	CHECKS("every method negotiates TLS 1.3 when both allow it",
	    negotiated(TLS_client_method(), TLS_server_method(), 0), "TLSv1.3");
	CHECKS("TLS_method negotiates TLS 1.3 when both allow it",
	    negotiated(TLS_method(), TLS_method(), 0), "TLSv1.3");
	CHECKS("every method negotiates TLS 1.2 with a peer that stops there",
	    negotiated(TLS_method(), TLS_server_method(), TLS1_2_VERSION), "TLSv1.2");

	CHECK("SSLv23_method is TLS_method", SSLv23_method() == TLS_method());
	CHECK("SSLv23_client_method is TLS_client_method", SSLv23_client_method() == TLS_client_method());
	CHECK("SSLv23_server_method is TLS_server_method", SSLv23_server_method() == TLS_server_method());
	CHECK("each method call returns the same pointer",
	    TLS_method() == TLS_method() && TLS_client_method() == TLS_client_method() &&
	    TLS_server_method() == TLS_server_method());

	/* The method decides SSL_is_server before a role is chosen. */
	ctx = SSL_CTX_new(TLS_client_method());
	ssl = SSL_new(ctx);
	CHECKV("SSL_is_server before a role: 0 for TLS_client_method", SSL_is_server(ssl), 0);
	SSL_free(ssl);
	SSL_CTX_free(ctx);
	ctx = SSL_CTX_new(TLS_method());
	ssl = SSL_new(ctx);
	CHECKV("SSL_is_server before a role: 1 for TLS_method", SSL_is_server(ssl), 1);
	SSL_free(ssl);
	SSL_CTX_free(ctx);
	ctx = SSL_CTX_new(TLS_server_method());
	ssl = SSL_new(ctx);
	CHECKV("SSL_is_server before a role: 1 for TLS_server_method", SSL_is_server(ssl), 1);
	SSL_free(ssl);
	SSL_CTX_free(ctx);

	/* TLS_method serves both roles. */
	ctx = server_ctx(TLS_method(), "ec");
	CHECK("TLS_method contexts can be client and server of one connection",
	    connected_pair(ctx, ctx, &c, &s) && SSL_is_server(s) == 1 && SSL_is_server(c) == 0);
	SSL_free(c);
	SSL_free(s);
	SSL_CTX_free(ctx);

	/* The settings of a new context. */
	ctx = SSL_CTX_new(TLS_method());
	CHECK("SSL_CTX_new returns a context", ctx != NULL);
	CHECK("new context: options NO_COMPRESSION and ENABLE_MIDDLEBOX_COMPAT",
	    SSL_CTX_get_options(ctx) == (SSL_OP_NO_COMPRESSION | SSL_OP_ENABLE_MIDDLEBOX_COMPAT));
	CHECKV("new context: mode SSL_MODE_AUTO_RETRY", SSL_CTX_get_mode(ctx), SSL_MODE_AUTO_RETRY);
	CHECKV("new context: read-ahead off", SSL_CTX_get_read_ahead(ctx), 0);
	CHECKV("new context: no lower version bound", SSL_CTX_get_min_proto_version(ctx), 0);
	CHECKV("new context: no upper version bound", SSL_CTX_get_max_proto_version(ctx), 0);
	CHECK("new context: no certificate",
	    SSL_CTX_check_private_key(ctx) == 0 && queue_is(ERR_LIB_SSL, SSL_R_NO_CERTIFICATE_ASSIGNED));
	OURS("new context: offers the three default TLS 1.3 suites, then the 23 TLS 1.2 suites in table order",
	    capture_hello(ctx, NULL, &h) && h.nsuites == 26 && h.suites[0] == 0x1302 &&
	    h.suites[1] == 0x1303 && h.suites[2] == 0x1301 &&
	    ({
		int same = 1;
		for (int i = 0; i < 23; i++)
			same &= h.suites[3 + i] == tls12_table[i];
		same; }));
	SSL_CTX_free(ctx);

	/* Both the server and the client default TLS 1.3 lists: AES-256 first ... */
	ctx = SSL_CTX_new(TLS_client_method());
	sctx = server_ctx(TLS_server_method(), "ec");
	CHECK("default TLS 1.3 suites: TLS_AES_256_GCM_SHA384 preferred",
	    connected_pair(ctx, sctx, &c, &s) &&
	    strcmp(SSL_get_cipher_name(c), "TLS_AES_256_GCM_SHA384") == 0);
	SSL_free(c);
	SSL_free(s);
	/* ... then ChaCha20 before AES-128. */
	SSL_CTX_set_ciphersuites(sctx, "TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1305_SHA256");
	CHECK("default TLS 1.3 suites: ChaCha20 before AES-128",
	    connected_pair(ctx, sctx, &c, &s) &&
	    strcmp(SSL_get_cipher_name(c), "TLS_CHACHA20_POLY1305_SHA256") == 0);
	SSL_free(c);
	SSL_free(s);
	SSL_CTX_free(sctx);

	/* References. */
	CHECKV("SSL_CTX_up_ref returns 1", SSL_CTX_up_ref(ctx), 1);
	SSL_CTX_free(ctx);
	CHECK("a context with a reference left is still usable after SSL_CTX_free",
	    (ssl = SSL_new(ctx)) != NULL);
	SSL_CTX_free(ctx);
	CHECK("a connection keeps its context alive after the program's last SSL_CTX_free",
	    SSL_get_SSL_CTX(ssl) == ctx && SSL_CTX_get_mode(SSL_get_SSL_CTX(ssl)) == SSL_MODE_AUTO_RETRY);
	SSL_free(ssl);
	OURS("the context is destroyed with its last connection",
	    SSL_CTX_up_ref(ctx) == 0 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT));

	{
		pthread_t t[16];
		void *r;
		int all = 1;

		shared = SSL_CTX_new(TLS_method());
		for (int i = 0; i < 16; i++)
			pthread_create(&t[i], NULL, churn, &all);
		for (int i = 0; i < 16; i++)
			if (pthread_join(t[i], &r) != 0 || r == NULL)
				all = 0;
		CHECK("16 threads x 500 SSL_new/SSL_free and SSL_CTX_up_ref/SSL_CTX_free: all succeed, the context lives on",
		    all && (ssl = SSL_new(shared)) != NULL);
		SSL_free(ssl);
		SSL_CTX_free(shared);
		OURS("... and the program's one reference left is the last: SSL_CTX_free destroys it",
		    SSL_CTX_up_ref(shared) == 0 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT));
	}

	SSL_CTX_free(NULL);
	CHECK("SSL_CTX_free(NULL) does nothing", queue_empty());
	CHECK("SSL_CTX_new(NULL) is NULL with SSL_R_NULL_SSL_METHOD_PASSED",
	    SSL_CTX_new(NULL) == NULL && queue_is(ERR_LIB_SSL, SSL_R_NULL_SSL_METHOD_PASSED));
	OURS("SSL_CTX_up_ref(NULL) is 0 with ERR_R_PASSED_NULL_PARAMETER",
	    SSL_CTX_up_ref(NULL) == 0 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));
	OURS("SSL_CTX_new with a pointer that is not a method fails with ERR_R_PASSED_INVALID_ARGUMENT",
	    SSL_CTX_new((const SSL_METHOD *)BIO_s_mem()) == NULL &&
	    queue_is(ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT));
#ifndef ORACLE
	ctx = SSL_CTX_new(TLS_method());
	SSL_CTX_free(ctx);
	ERR_clear_error();
	SSL_CTX_free(ctx);
#endif
	OURS("SSL_CTX_free of a destroyed context pushes ERR_R_PASSED_INVALID_ARGUMENT",
	    queue_is(ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT));
	return claims_end();
}
