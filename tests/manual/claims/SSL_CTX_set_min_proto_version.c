/* Claims of SSL_CTX_set_min_proto_version(3). */
#include "claims.h"

static SSL_CTX *cctx, *sctx;

static int
offers(SSL_CTX *ctx, unsigned v)
{
	struct hello h;
	unsigned len;
	const unsigned char *p;

	if (!capture_hello(ctx, NULL, &h) || (p = hello_ext(&h, 43, &len)) == NULL)
		return 0;
	for (unsigned i = 1; i + 1 < len && i + 1 <= p[0]; i += 2)
		if (get16(p + i) == v)
			return 1;
	return 0;
}

int
main(int argc, char *argv[])
{
	SSL_CTX *ctx;
	SSL *ssl, *c, *s;
	struct relay r;
	static const int valid[] = { 0, SSL3_VERSION, TLS1_VERSION, TLS1_1_VERSION, TLS1_2_VERSION, TLS1_3_VERSION };

	claims_init(argc, argv);
	cctx = SSL_CTX_new(TLS_client_method());
	sctx = server_ctx(TLS_server_method(), "ec");

	ctx = SSL_CTX_new(TLS_client_method());
	{
		int all = 1;

		for (int i = 0; i < 6; i++)
			all &= SSL_CTX_set_min_proto_version(ctx, valid[i]) == 1 &&
			    SSL_CTX_get_min_proto_version(ctx) == valid[i] &&
			    SSL_CTX_set_max_proto_version(ctx, valid[i]) == 1 &&
			    SSL_CTX_get_max_proto_version(ctx) == valid[i];
		CHECK("0, SSL3, TLS 1.0, 1.1, 1.2 and 1.3 are accepted as bounds and read back as set", all);
	}
	SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
	SSL_CTX_set_max_proto_version(ctx, 0);
	ERR_clear_error();
	CHECK("any other value is refused: 0, the bound kept, nothing pushed",
	    SSL_CTX_set_min_proto_version(ctx, 0x0305) == 0 && SSL_CTX_get_min_proto_version(ctx) == TLS1_2_VERSION &&
	    queue_empty());
	OURS("DTLS versions are refused",
	    SSL_CTX_set_max_proto_version(ctx, DTLS1_2_VERSION) == 0 && SSL_CTX_get_max_proto_version(ctx) == 0 &&
	    queue_empty());
	SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);
	OURS("a lower bound below TLS 1.2 acts as TLS 1.2: 1.2 and 1.3 offered, nothing older",
	    offers(ctx, 0x0303) && offers(ctx, 0x0304) && !offers(ctx, 0x0302) && !offers(ctx, 0x0301));
	SSL_CTX_set_min_proto_version(ctx, 0);
	SSL_CTX_set_max_proto_version(ctx, TLS1_1_VERSION);
	relay_new(&r, ctx, NULL);
	OURS("an upper bound below TLS 1.2 leaves no version: SSL_R_NO_PROTOCOLS_AVAILABLE",
	    SSL_connect(r.c) == -1 && queue_is(ERR_LIB_SSL, SSL_R_NO_PROTOCOLS_AVAILABLE));
	relay_free(&r);
	CHECK("a lower bound above the upper bound is accepted when set",
	    SSL_CTX_set_min_proto_version(ctx, TLS1_3_VERSION) == 1 &&
	    SSL_CTX_set_max_proto_version(ctx, TLS1_2_VERSION) == 1);
	relay_new(&r, ctx, NULL);
	OURS("... and leaves nothing when the handshake starts: SSL_R_NO_PROTOCOLS_AVAILABLE",
	    SSL_connect(r.c) == -1 && queue_is(ERR_LIB_SSL, SSL_R_NO_PROTOCOLS_AVAILABLE));
	relay_free(&r);
	SSL_CTX_free(ctx);

	/* Per connection. */
	ctx = SSL_CTX_new(TLS_client_method());
	ssl = SSL_new(ctx);
	CHECK("SSL_set_max_proto_version changes only ssl",
	    SSL_set_max_proto_version(ssl, TLS1_2_VERSION) == 1 && SSL_CTX_get_max_proto_version(ctx) == 0 &&
	    SSL_ctrl(ssl, SSL_CTRL_GET_MAX_PROTO_VERSION, 0, NULL) == TLS1_2_VERSION);
	CHECK("SSL_set_min_proto_version changes only ssl",
	    SSL_set_min_proto_version(ssl, TLS1_2_VERSION) == 1 && SSL_CTX_get_min_proto_version(ctx) == 0 &&
	    SSL_ctrl(ssl, SSL_CTRL_GET_MIN_PROTO_VERSION, 0, NULL) == TLS1_2_VERSION);
	SSL_free(ssl);
	c = SSL_new(ctx);
	s = SSL_new(sctx);
	SSL_set_max_proto_version(c, TLS1_2_VERSION);
	join_pair(c, s, 0);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	CHECK("one connection limited to TLS 1.2 negotiates it", handshake_both(c, s) &&
	    strcmp(SSL_get_version(c), "TLSv1.2") == 0);
	SSL_free(c);
	SSL_free(s);
	relay_new(&r, ctx, sctx);
	SSL_connect(r.c);
	SSL_set_max_proto_version(r.c, TLS1_2_VERSION);
	OURS("bounds changed after the handshake started have no effect on it",
	    relay_handshake(&r, NULL, NULL) && strcmp(SSL_get_version(r.c), "TLSv1.3") == 0);
	relay_free(&r);
	SSL_CTX_free(ctx);

	OURS("SSL_CTX_set_min_proto_version(NULL): 0 with ERR_R_PASSED_NULL_PARAMETER",
	    SSL_CTX_set_min_proto_version(NULL, 0) == 0 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));
	OURS("SSL_CTX_get_max_proto_version of an object that is not live: 0 with ERR_R_PASSED_INVALID_ARGUMENT",
	    SSL_CTX_get_max_proto_version((SSL_CTX *)BIO_s_mem()) == 0 &&
	    queue_is(ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT));
	OURS("SSL_set_max_proto_version of an object that is not live: 0",
	    SSL_set_max_proto_version((SSL *)cctx, TLS1_2_VERSION) == 0 &&
	    queue_is(ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT));

	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	return claims_end();
}
