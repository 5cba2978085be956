/* Claims of SSL_clear(3). */
#include "claims.h"

/* Writes MSG on one end and reads it on the other: 1 if it arrived whole. */
static int
carries(SSL *from, SSL *to, const char *msg)
{
	char buf[64];
	int n = (int)strlen(msg);

	if (SSL_write(from, msg, n) != n)
		return 0;
	return SSL_read(to, buf, sizeof(buf)) == n && memcmp(buf, msg, n) == 0;
}

/* Both ends exchange close_notify. */
static void
close_both(SSL *c, SSL *s)
{
	char buf[8];

	SSL_shutdown(c);
	SSL_read(s, buf, sizeof(buf));
	SSL_shutdown(s);
	SSL_shutdown(c);
}

int
main(int argc, char *argv[])
{
	SSL_CTX *cctx, *sctx, *tls12;
	SSL *c, *s, *fresh;
	BIO *rbio;
	int ok;

	claims_init(argc, argv);
	cctx = SSL_CTX_new(TLS_client_method());
	sctx = server_ctx(TLS_server_method(), "ec");

	/* A connection used and closed, then cleared and used again. */
	ok = connected_pair(cctx, sctx, &c, &s) && carries(c, s, "first");
	close_both(c, s);
	SSL_set_options(c, SSL_OP_NO_TICKET);
	SSL_set_mode(c, SSL_MODE_AUTO_RETRY);
	SSL_set_max_proto_version(c, TLS1_2_VERSION);
	SSL_set_cipher_list(c, "ECDHE-ECDSA-CHACHA20-POLY1305");
	rbio = SSL_get_rbio(c);
	CHECK("SSL_clear returns 1 on success", ok && SSL_clear(c) == 1 && SSL_clear(s) == 1);
	CHECKV("after it the handshake is no longer finished", SSL_is_init_finished(c), 0);
	CHECKV("... SSL_in_init says a handshake is due", SSL_in_init(c), 1);
	CHECKV("... the shutdown state is cleared", SSL_get_shutdown(c) | SSL_get_shutdown(s), 0);
	fresh = SSL_new(cctx);
	CHECKV("... SSL_version is that of a new object again", SSL_version(c), SSL_version(fresh));
	SSL_free(fresh);
	CHECKV("... nothing is pending", SSL_pending(c), 0);
	CHECK("... the role is kept", SSL_is_server(c) == 0 && SSL_is_server(s) == 1);
	CHECK("... the options and the mode are kept",
	    (SSL_get_options(c) & SSL_OP_NO_TICKET) != 0 && (SSL_get_mode(c) & SSL_MODE_AUTO_RETRY) != 0);
	CHECK("... the BIOs are kept", SSL_get_rbio(c) == rbio);
	join_pair(c, s, 0);
	CHECK("the cleared objects make a new connection, the server with its certificate and key", handshake_both(c, s) && carries(s, c, "second"));
	CHECKV("... the version bounds are kept: TLS 1.2 at most", SSL_version(c), TLS1_2_VERSION);
	CHECKS("... the cipher list is kept", SSL_get_cipher_name(c), "ECDHE-ECDSA-CHACHA20-POLY1305");
	SSL_free(c);
	SSL_free(s);

	/* The host name: a client's setting, what a server received. */
	c = SSL_new(cctx);
	s = SSL_new(sctx);
	SSL_set_tlsext_host_name(c, "name.example");
	join_pair(c, s, 0);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	ok = handshake_both(c, s);
	ok = ok && SSL_get_servername(s, TLSEXT_NAMETYPE_host_name) != NULL;
	CHECK("a client keeps the host name it sends", ok && SSL_clear(c) == 1 &&
	    SSL_get_servername(c, TLSEXT_NAMETYPE_host_name) != NULL &&
	    strcmp(SSL_get_servername(c, TLSEXT_NAMETYPE_host_name), "name.example") == 0);
	CHECK("a server still reports the host name its last client asked for",
	    SSL_clear(s) == 1 && SSL_get_servername(s, TLSEXT_NAMETYPE_host_name) != NULL &&
	    strcmp(SSL_get_servername(s, TLSEXT_NAMETYPE_host_name), "name.example") == 0);
	SSL_free(c);
	SSL_free(s);

	/* A connection that failed. */
	tls12 = server_ctx(TLS_server_method(), "ec");
	SSL_CTX_set_max_proto_version(tls12, TLS1_2_VERSION);
	c = SSL_new(cctx);
	s = SSL_new(tls12);
	SSL_set_min_proto_version(c, TLS1_3_VERSION);
	join_pair(c, s, 0);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	ok = !handshake_both(c, s);
	ERR_clear_error();
	CHECK("a connection whose handshake failed can be cleared and used again",
	    ok && SSL_clear(c) == 1 && SSL_clear(s) == 1 &&
	    SSL_set_min_proto_version(c, TLS1_2_VERSION) == 1 &&
	    (join_pair(c, s, 0), handshake_both(c, s)) && carries(c, s, "third"));
	SSL_free(c);
	SSL_free(s);

	/* A connection cleared without a shutdown, and a fresh one. */
	connected_pair(cctx, sctx, &c, &s);
	CHECK("SSL_clear of a connection that was not shut down also returns 1", SSL_clear(c) == 1);
	SSL_free(c);
	SSL_free(s);
	c = SSL_new(cctx);
	CHECK("SSL_clear of an object that never connected returns 1", SSL_clear(c) == 1);
	SSL_free(c);

	c = SSL_new(cctx);
	SSL_free(c);
	ERR_clear_error();
	OURS("SSL_clear of a freed object: 0 with ERR_R_PASSED_INVALID_ARGUMENT",
	    SSL_clear(c) == 0 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT));
	ERR_clear_error();
	OURS("SSL_clear(NULL): 0 with ERR_R_PASSED_NULL_PARAMETER",
	    SSL_clear(NULL) == 0 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));

	SSL_CTX_free(tls12);
	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	return claims_end();
}
