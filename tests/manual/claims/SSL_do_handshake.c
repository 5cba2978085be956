/* Claims of SSL_do_handshake(3). */
#include "claims.h"

int
main(int argc, char *argv[])
{
	SSL_CTX *cctx, *sctx;
	SSL *ssl, *c, *s;
	char buf[16];
	int ret, rc = 0, rs = 0;

	claims_init(argc, argv);
	cctx = SSL_CTX_new(TLS_client_method());
	sctx = server_ctx(TLS_server_method(), "ec");

	ssl = SSL_new(cctx);
	SSL_set_bio(ssl, BIO_new(BIO_s_mem()), BIO_new(BIO_s_mem()));
	ret = SSL_do_handshake(ssl);
	CHECK("no role, client method: -1, SSL_ERROR_SSL, SSL_R_CONNECTION_TYPE_NOT_SET",
	    ret == -1 && SSL_get_error(ssl, ret) == SSL_ERROR_SSL &&
	    queue_is(ERR_LIB_SSL, SSL_R_CONNECTION_TYPE_NOT_SET));
	SSL_free(ssl);
	ssl = SSL_new(sctx);
	SSL_set_bio(ssl, BIO_new(BIO_s_mem()), BIO_new(BIO_s_mem()));
	ret = SSL_do_handshake(ssl);
	CHECK("no role, server method: SSL_R_CONNECTION_TYPE_NOT_SET",
	    ret == -1 && queue_is(ERR_LIB_SSL, SSL_R_CONNECTION_TYPE_NOT_SET));
	SSL_free(ssl);

	c = SSL_new(cctx);
	s = SSL_new(sctx);
	join_pair(c, s, 0);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	ret = SSL_do_handshake(c);
	CHECK("a client waiting for the server: -1 and SSL_ERROR_WANT_READ",
	    ret == -1 && SSL_get_error(c, ret) == SSL_ERROR_WANT_READ);
	for (int i = 0; i < 20 && (rc != 1 || rs != 1); i++) {
		if (rc != 1)
			rc = SSL_do_handshake(c);
		if (rs != 1)
			rs = SSL_do_handshake(s);
	}
	CHECK("client and server complete with SSL_do_handshake: 1", rc == 1 && rs == 1);
	CHECK("once complete, further calls return 1", SSL_do_handshake(c) == 1 && SSL_do_handshake(s) == 1);
	SSL_free(c);
	SSL_free(s);

	/* SSL_read and SSL_write run the handshake themselves. */
	c = SSL_new(cctx);
	s = SSL_new(sctx);
	join_pair(c, s, 0);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	rc = rs = -1;
	for (int i = 0; i < 20 && (rc != 5 || rs != 5); i++) {
		if (rc != 5)
			rc = SSL_write(c, "hello", 5);
		if (rs != 5)
			rs = SSL_read(s, buf, sizeof(buf));
	}
	CHECK("SSL_write and SSL_read run the handshake when it is not complete",
	    rc == 5 && rs == 5 && SSL_is_init_finished(c) && SSL_is_init_finished(s));
	SSL_free(c);
	SSL_free(s);

	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	return claims_end();
}
