/* Claims of SSL_CTX_set_alpn_select_cb(3). */
#include "claims.h"

static const unsigned char protos[] = "\x02h2\x08http/1.1";
static int calls, verdict = SSL_TLSEXT_ERR_OK, choose_nothing, choose_foreign;
static unsigned char seen[256];
static unsigned seen_len;
static void *seen_arg;
static const char *which;

static int
select_cb(SSL *ssl, const unsigned char **out, unsigned char *outlen, const unsigned char *in,
    unsigned int inlen, void *arg)
{
	(void)ssl;
	calls++;
	seen_arg = arg;
	which = "A";
	memcpy(seen, in, inlen < sizeof(seen) ? inlen : sizeof(seen));
	seen_len = inlen;
	if (choose_foreign) {
		*out = (const unsigned char *)"spdy/1";
		*outlen = 6;
		return SSL_TLSEXT_ERR_OK;
	}
	if (choose_nothing) {
		*out = NULL;
		*outlen = 0;
		return SSL_TLSEXT_ERR_OK;
	}
	*out = in + 1;		/* the client's first name, inside in */
	*outlen = in[0];
	return verdict;
}

static int
select_last(SSL *ssl, const unsigned char **out, unsigned char *outlen, const unsigned char *in,
    unsigned int inlen, void *arg)
{
	(void)ssl;
	(void)arg;
	which = "B";
	*out = in + inlen - 8;	/* "http/1.1" */
	*outlen = 8;
	return SSL_TLSEXT_ERR_OK;
}

static SSL_CTX *cctx, *sctx, *other;

static int
switch_ctx(SSL *ssl, int *alert, void *arg)
{
	(void)alert;
	(void)arg;
	SSL_set_SSL_CTX(ssl, other);
	return SSL_TLSEXT_ERR_OK;
}

/* The protocol agreed on a fresh pair, as seen by the client, or "none" / "failed". */
static const char *
agreed(void)
{
	static char out[64];
	SSL *c, *s;
	const unsigned char *p;
	unsigned len;

	if (!connected_pair(cctx, sctx, &c, &s))
		snprintf(out, sizeof(out), "failed");
	else {
		SSL_get0_alpn_selected(c, &p, &len);
		snprintf(out, sizeof(out), "%.*s", p != NULL ? (int)len : 4, p != NULL ? (const char *)p : "none");
	}
	ERR_clear_error();
	SSL_free(c);
	SSL_free(s);
	return out;
}

int
main(int argc, char *argv[])
{
	unsigned char buf[64], *out;
	unsigned char outlen;
	SSL *c, *s;
	struct hello h;
	const unsigned char *p;
	unsigned len;
	int ret;

	claims_init(argc, argv);
	cctx = SSL_CTX_new(TLS_client_method());
	sctx = server_ctx(TLS_server_method(), "ec");
	other = server_ctx(TLS_server_method(), "rsa");

	/* The client's list. */
	memcpy(buf, protos, 12);
	CHECKV("SSL_CTX_set_alpn_protos returns 0 on success", SSL_CTX_set_alpn_protos(cctx, buf, 12), 0);
	memset(buf, 'x', 12);
	CHECK("the list is copied", capture_hello(cctx, NULL, &h) && hello_ext(&h, 16, &len) != NULL && len == 14 &&
	    memcmp(hello_ext(&h, 16, NULL) + 2, protos, 12) == 0);
	CHECKV("a malformed list (a length byte of 0) is refused: 1", SSL_CTX_set_alpn_protos(cctx,
	    (const unsigned char *)"\x00\x02h2", 4), 1);
	CHECKV("a malformed list (a name past the end) is refused: 1", SSL_CTX_set_alpn_protos(cctx,
	    (const unsigned char *)"\x09h2", 3), 1);
	OURS("... without an entry on the error queue", queue_empty());
	CHECK("... and the list set before stays", capture_hello(cctx, NULL, &h) && hello_ext(&h, 16, &len) != NULL &&
	    len == 14);
	c = SSL_new(cctx);
	CHECKV("SSL_new copies the list; SSL_set_alpn_protos with a NULL list removes it", SSL_set_alpn_protos(c, NULL, 0), 0);
	SSL_free(c);
	SSL_CTX_set_alpn_protos(cctx, protos, 0);
	CHECK("a protos_len of 0 removes the list: no ALPN extension", capture_hello(cctx, NULL, &h) &&
	    hello_ext(&h, 16, NULL) == NULL);
	SSL_CTX_set_alpn_protos(cctx, protos, 12);

	/* The server's callback. */
	CHECKS("without a callback a server answers without ALPN", agreed(), "none");
	SSL_CTX_set_alpn_protos(sctx, protos, 12);
	CHECKS("a server ignores its own list", agreed(), "none");
	SSL_CTX_set_alpn_select_cb(sctx, select_cb, &calls);
	CHECKS("SSL_TLSEXT_ERR_OK: the name it points at, inside in, is agreed", agreed(), "h2");
	CHECK("the callback gets the client's list in wire format and arg",
	    calls == 1 && seen_len == 12 && memcmp(seen, protos, 12) == 0 && seen_arg == &calls);
	CHECK("SSL_get0_alpn_selected on the server too", connected_pair(cctx, sctx, &c, &s) &&
	    (SSL_get0_alpn_selected(s, &p, &len), p != NULL && len == 2 && memcmp(p, "h2", 2) == 0));
	SSL_free(c);
	SSL_free(s);
	SSL_CTX_set_alpn_protos(cctx, NULL, 0);
	calls = 0;
	CHECK("the callback is called only if the client sent a list", strcmp(agreed(), "none") == 0 && calls == 0);
	SSL_CTX_set_alpn_protos(cctx, protos, 12);
	verdict = SSL_TLSEXT_ERR_NOACK;
	CHECKS("SSL_TLSEXT_ERR_NOACK: no ALPN, the handshake goes on", agreed(), "none");
	verdict = 12345;
	OURSS("any other value is taken as SSL_TLSEXT_ERR_NOACK", agreed(), "none");
	verdict = SSL_TLSEXT_ERR_ALERT_FATAL;
	{
		struct relay r;

		relay_new(&r, cctx, sctx);
		CHECK("SSL_TLSEXT_ERR_ALERT_FATAL: the handshake fails",
		    !relay_handshake(&r, NULL, &ret) &&
		    queue_is(ERR_LIB_SSL, SSL_AD_REASON_OFFSET + SSL_AD_NO_APPLICATION_PROTOCOL));
		OURSV("... the server reports SSL_R_NO_APPLICATION_PROTOCOL", relay_server_reason,
		    SSL_R_NO_APPLICATION_PROTOCOL);
		relay_free(&r);
	}
	verdict = SSL_TLSEXT_ERR_OK;
	choose_nothing = 1;
	OURSS("SSL_TLSEXT_ERR_OK with *out NULL fails as SSL_TLSEXT_ERR_ALERT_FATAL", agreed(), "failed");
	choose_nothing = 0;
	choose_foreign = 1;
	{
		struct relay r;

		relay_new(&r, cctx, sctx);
		OURS("CAVEATS: a protocol the client did not offer: illegal_parameter, SSL_R_BAD_EXTENSION",
		    !relay_handshake(&r, NULL, &ret) && queue_is(ERR_LIB_SSL, SSL_R_BAD_EXTENSION) &&
		    (SSL_accept(r.s), relay_move(&r, NULL), 1));
		relay_move(&r, NULL);
		ret = SSL_accept(r.s);
		OURS("... the server receives the illegal_parameter alert",
		    ret == -1 && queue_is(ERR_LIB_SSL, SSL_AD_REASON_OFFSET + SSL_AD_ILLEGAL_PARAMETER));
		relay_free(&r);
	}
	choose_foreign = 0;

	/* Which callback. */
	{
		struct relay r;

		relay_new(&r, cctx, sctx);
		SSL_accept(r.s);
		SSL_CTX_set_alpn_select_cb(sctx, select_last, NULL);
		OURS("the callback is the one the context has when the server reads the hello",
		    relay_handshake(&r, NULL, NULL) && strcmp(which, "B") == 0);
		relay_free(&r);
	}
	SSL_CTX_set_alpn_select_cb(sctx, select_cb, NULL);
	SSL_CTX_set_alpn_select_cb(other, select_last, NULL);
	SSL_CTX_set_tlsext_servername_callback(sctx, switch_ctx);
	OURSS("CAVEATS: after SSL_set_SSL_CTX in the servername callback, the new context's ALPN callback is used",
	    agreed(), "http/1.1");
	SSL_CTX_set_tlsext_servername_callback(sctx, NULL);
	SSL_CTX_set_alpn_select_cb(sctx, NULL, NULL);
	calls = 0;
	CHECK("a NULL cb removes the callback", strcmp(agreed(), "none") == 0 && calls == 0);

	/* SSL_get0_alpn_selected. */
	c = SSL_new(cctx);
	p = (const unsigned char *)"x";
	len = 9;
	SSL_get0_alpn_selected(c, &p, &len);
	CHECK("before the handshake: NULL and 0", p == NULL && len == 0);
#ifndef ORACLE
	SSL_get0_alpn_selected(c, NULL, &len);
	SSL_get0_alpn_selected(c, &p, NULL);
#endif
	OURS("either pointer may be NULL", queue_empty());
	SSL_free(c);

	/* SSL_select_next_proto. */
	{
		static const unsigned char server[] = "\x08http/1.1\x02h2", client[] = "\x02h2\x08http/1.1",
		    nothing[] = "\x06spdy/1\x02h3";

		ret = SSL_select_next_proto(&out, &outlen, server, 12, client, 12);
		CHECK("the first name of the server's list that the client also has: OPENSSL_NPN_NEGOTIATED, inside server",
		    ret == OPENSSL_NPN_NEGOTIATED && out == server + 1 && outlen == 8);
		ret = SSL_select_next_proto(&out, &outlen, server, 12, nothing, 10);
		CHECK("no overlap: OPENSSL_NPN_NO_OVERLAP, pointing at the client's first name",
		    ret == OPENSSL_NPN_NO_OVERLAP && out == nothing + 1 && outlen == 6);
		ret = SSL_select_next_proto(&out, &outlen, (const unsigned char *)"\x09h2", 3, client, 12);
		OURS("a malformed list: OPENSSL_NPN_NO_OVERLAP, out NULL and outlen 0 (LibreSSL)",
		    ret == OPENSSL_NPN_NO_OVERLAP && out == NULL && outlen == 0);
		ret = SSL_select_next_proto(&out, &outlen, NULL, 0, client, 12);
		OURS("a NULL list: OPENSSL_NPN_NO_OVERLAP, out NULL and outlen 0",
		    ret == OPENSSL_NPN_NO_OVERLAP && out == NULL && outlen == 0);
		ERR_clear_error();
		{
			static unsigned char big[70000];
			unsigned n = 0;

			for (int i = 0; i < 255; i++) {
				big[n] = 255;
				memset(big + n + 1, 'a', 255);
				n += 256;
			}
			memcpy(big + n, "\x02h2", 3);
			n += 3;
			big[n] = 251;
			memset(big + n + 1, 'b', 251);
			n += 252;		/* 65535 bytes so far */
			memcpy(big + n, "\x08http/1.1", 9);
			n += 9;
			ret = SSL_select_next_proto(&out, &outlen, big, n, (const unsigned char *)"\x08http/1.1", 9);
			OURS("only the first 65535 bytes of a list are looked at: a name after them is not found",
			    ret == OPENSSL_NPN_NO_OVERLAP);
			ret = SSL_select_next_proto(&out, &outlen, big, n, (const unsigned char *)"\x02h2", 3);
			OURS("... while a name within them is", ret == OPENSSL_NPN_NEGOTIATED && outlen == 2);
			ERR_clear_error();
		}
		OURS("SSL_select_next_proto with a NULL out: ERR_R_PASSED_NULL_PARAMETER",
		    SSL_select_next_proto(NULL, &outlen, server, 12, client, 12) == OPENSSL_NPN_NO_OVERLAP &&
		    queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));
	}
	OURS("SSL_CTX_set_alpn_protos(NULL, ...): 1 with ERR_R_PASSED_NULL_PARAMETER",
	    SSL_CTX_set_alpn_protos(NULL, protos, 12) == 1 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));
	OURS("SSL_set_alpn_protos of an object that is not live: 1 with ERR_R_PASSED_INVALID_ARGUMENT",
	    SSL_set_alpn_protos((SSL *)cctx, protos, 12) == 1 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT));

	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	SSL_CTX_free(other);
	return claims_end();
}
