/* Claims of SSL_CTX_set_options(3). */
#include "claims.h"

static SSL_CTX *cctx, *sctx;

/* The versions of the supported_versions extension, as hex, or "none". */
static const char *
versions(SSL_CTX *ctx)
{
	static char out[64];
	struct hello h;
	unsigned len;
	const unsigned char *p;
	int k = 0;

	if (!capture_hello(ctx, NULL, &h))
		return "no hello";
	if ((p = hello_ext(&h, 43, &len)) == NULL)
		return "none";
	out[0] = '\0';
	for (unsigned i = 1; i + 1 < len && i + 1 <= p[0]; i += 2)
		k += snprintf(out + k, sizeof(out) - k, "%s%04x", k ? "," : "", get16(p + i));
	return out;
}

static int
same_hello(SSL_CTX *a, SSL_CTX *b)
{
	struct hello x, y;

	return capture_hello(a, NULL, &x) && capture_hello(b, NULL, &y) && x.nsuites == y.nsuites &&
	    x.nexts == y.nexts && memcmp(x.suites, y.suites, sizeof(x.suites)) == 0 &&
	    memcmp(x.ext_type, y.ext_type, sizeof(x.ext_type)) == 0;
}

static const char *
version_with(SSL_CTX *c, SSL_CTX *s)
{
	static char v[32];
	SSL *a, *b;

	snprintf(v, sizeof(v), "%s", connected_pair(c, s, &a, &b) ? SSL_get_version(a) : "failed");
	ERR_clear_error();
	SSL_free(a);
	SSL_free(b);
	return v;
}

int
main(int argc, char *argv[])
{
	SSL_CTX *ctx, *plain;
	SSL *ssl;
	struct relay r;
	uint64_t base;

	claims_init(argc, argv);
	cctx = SSL_CTX_new(TLS_client_method());
	sctx = server_ctx(TLS_server_method(), "ec");

	ctx = SSL_CTX_new(TLS_method());
	base = SSL_CTX_get_options(ctx);
	CHECK("SSL_CTX_set_options adds the bits and returns the options after the change",
	    SSL_CTX_set_options(ctx, SSL_OP_NO_TICKET) == (base | SSL_OP_NO_TICKET));
	CHECK("SSL_CTX_clear_options removes them, leaving the other bits alone",
	    SSL_CTX_clear_options(ctx, SSL_OP_NO_TICKET | SSL_OP_NO_COMPRESSION) ==
	    (base & ~(uint64_t)SSL_OP_NO_COMPRESSION) &&
	    SSL_CTX_get_options(ctx) == (base & ~(uint64_t)SSL_OP_NO_COMPRESSION));
	CHECK("every bit can be set, cleared and read back",
	    SSL_CTX_set_options(ctx, ~(uint64_t)0) == ~(uint64_t)0 && SSL_CTX_clear_options(ctx, ~(uint64_t)0) == 0);
	ssl = SSL_new(ctx);
	CHECK("SSL_set_options, SSL_clear_options and SSL_get_options do the same on a connection",
	    SSL_set_options(ssl, SSL_OP_NO_TLSv1_2) == SSL_OP_NO_TLSv1_2 &&
	    SSL_clear_options(ssl, SSL_OP_NO_TLSv1_2) == 0 && SSL_get_options(ssl) == 0);
	SSL_free(ssl);
	SSL_CTX_free(ctx);

	/* The three options that act. */
	ctx = SSL_CTX_new(TLS_client_method());
	SSL_CTX_set_options(ctx, SSL_OP_NO_TLSv1_3);
	OURS("SSL_OP_NO_TLSv1_3: a client does not offer TLS 1.3",
	    strcmp(versions(ctx), "none") == 0 || strcmp(versions(ctx), "0303") == 0);
	CHECKS("SSL_OP_NO_TLSv1_3: TLS 1.2 is negotiated", version_with(ctx, sctx), "TLSv1.2");
	SSL_CTX_clear_options(ctx, SSL_OP_NO_TLSv1_3);
	SSL_CTX_set_options(sctx, SSL_OP_NO_TLSv1_3);
	CHECKS("SSL_OP_NO_TLSv1_3: a server does not accept TLS 1.3", version_with(ctx, sctx), "TLSv1.2");
	SSL_CTX_clear_options(sctx, SSL_OP_NO_TLSv1_3);
	SSL_CTX_set_options(ctx, SSL_OP_NO_TLSv1_2);
	OURSS("SSL_OP_NO_TLSv1_2: a client offers TLS 1.3 only", versions(ctx), "0304");
	SSL_CTX_clear_options(ctx, SSL_OP_NO_TLSv1_2);
	SSL_CTX_set_max_proto_version(ctx, TLS1_2_VERSION);
	SSL_CTX_set_options(sctx, SSL_OP_NO_TLSv1_2);
	CHECKS("SSL_OP_NO_TLSv1_2: a server does not accept TLS 1.2", version_with(ctx, sctx), "failed");
	SSL_CTX_clear_options(sctx, SSL_OP_NO_TLSv1_2);
	SSL_CTX_set_max_proto_version(ctx, 0);
	SSL_CTX_set_options(ctx, SSL_OP_NO_TLSv1_3);
	SSL_CTX_set_max_proto_version(ctx, TLS1_3_VERSION);
	SSL_CTX_set_min_proto_version(ctx, TLS1_3_VERSION);
	relay_new(&r, ctx, NULL);
	OURS("one option set and the other version excluded by the bounds: SSL_R_NO_PROTOCOLS_AVAILABLE",
	    SSL_connect(r.c) == -1 && queue_is(ERR_LIB_SSL, SSL_R_NO_PROTOCOLS_AVAILABLE));
	relay_free(&r);
	SSL_CTX_free(ctx);

	/* Read when the handshake starts. */
	relay_new(&r, cctx, sctx);
	SSL_connect(r.c);
	SSL_set_options(r.c, SSL_OP_NO_TLSv1_3);
	OURS("options changed after the handshake started have no effect on it",
	    relay_handshake(&r, NULL, NULL) && strcmp(SSL_get_version(r.c), "TLSv1.3") == 0);
	relay_free(&r);

	/* Options without effect. */
	plain = SSL_CTX_new(TLS_client_method());
	OURSS("SSLv3, TLS 1.0 and 1.1 are never offered", versions(plain), "0304,0303");
	{
		struct hello h;

		unsigned char raw[4096];
		int n = hello_bytes(plain, NULL, raw, sizeof(raw));
		unsigned char *p = raw + 9 + 2 + 32;

		(void)h;
		p += 1 + p[0];
		p += 2 + get16(p);
		CHECK("the library never compresses: only the null compression method is offered",
		    n > 0 && p[0] == 1 && p[1] == 0);
	}
	ctx = SSL_CTX_new(TLS_client_method());
	SSL_CTX_set_options(ctx, SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1 | SSL_OP_ALL);
	SSL_CTX_clear_options(ctx, SSL_OP_ENABLE_MIDDLEBOX_COMPAT | SSL_OP_NO_COMPRESSION);
	OURS("SSL_OP_NO_SSLv3/TLSv1/TLSv1_1, SSL_OP_ALL, SSL_OP_ENABLE_MIDDLEBOX_COMPAT, SSL_OP_NO_COMPRESSION change nothing in the handshake",
	    same_hello(plain, ctx));
	CHECKS("... and the connection works", version_with(ctx, sctx), "TLSv1.3");
	SSL_CTX_free(ctx);
	SSL_CTX_free(plain);

	OURS("SSL_CTX_get_options(NULL): 0 with ERR_R_PASSED_NULL_PARAMETER",
	    SSL_CTX_get_options(NULL) == 0 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));
	OURS("SSL_set_options of an object that is not live: 0 with ERR_R_PASSED_INVALID_ARGUMENT",
	    SSL_set_options((SSL *)cctx, 1) == 0 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT));

	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	return claims_end();
}
