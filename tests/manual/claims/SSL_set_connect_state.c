/* Claims of SSL_set_connect_state(3). */
#include "claims.h"

int
main(int argc, char *argv[])
{
	SSL_CTX *ctx, *cctx, *sctx;
	SSL *ssl, *c, *s;
	char buf[16];
	int ret;

	claims_init(argc, argv);
	ctx = server_ctx(TLS_method(), "ec");
	cctx = SSL_CTX_new(TLS_client_method());
	sctx = server_ctx(TLS_server_method(), "ec");

	ssl = SSL_new(ctx);
	SSL_set_bio(ssl, BIO_new(BIO_s_mem()), BIO_new(BIO_s_mem()));
	SSL_set_connect_state(ssl);
	CHECKV("SSL_set_connect_state makes ssl a client", SSL_is_server(ssl), 0);
	CHECKV("SSL_set_connect_state does no input or output", BIO_pending(SSL_get_wbio(ssl)), 0);
	ret = SSL_read(ssl, buf, sizeof(buf));
	CHECK("the next SSL_read starts the handshake: the client sends its hello first",
	    ret == -1 && SSL_get_error(ssl, ret) == SSL_ERROR_WANT_READ && BIO_pending(SSL_get_wbio(ssl)) > 0);
	SSL_free(ssl);
	ssl = SSL_new(ctx);
	SSL_set_bio(ssl, BIO_new(BIO_s_mem()), BIO_new(BIO_s_mem()));
	SSL_set_accept_state(ssl);
	CHECKV("SSL_set_accept_state makes ssl a server", SSL_is_server(ssl), 1);
	ret = SSL_write(ssl, "x", 1);
	CHECK("the next SSL_write starts the handshake: a server waits for the client's hello",
	    ret == -1 && SSL_get_error(ssl, ret) == SSL_ERROR_WANT_READ && BIO_pending(SSL_get_wbio(ssl)) == 0);
	SSL_free(ssl);

	ssl = SSL_new(cctx);
	SSL_set_bio(ssl, BIO_new(BIO_s_mem()), BIO_new(BIO_s_mem()));
	CHECK("without a role SSL_read cannot start the handshake: SSL_R_UNINITIALIZED",
	    SSL_read(ssl, buf, sizeof(buf)) == -1 && queue_is(ERR_LIB_SSL, SSL_R_UNINITIALIZED));
	CHECK("without a role SSL_write cannot start the handshake: SSL_R_UNINITIALIZED",
	    SSL_write(ssl, "x", 1) == -1 && queue_is(ERR_LIB_SSL, SSL_R_UNINITIALIZED));
	SSL_free(ssl);

	/* SSL_is_server before the role: the method decides. */
	{
		SSL_CTX *x;

		x = SSL_CTX_new(SSLv23_method());
		ssl = SSL_new(x);
		CHECKV("no role yet, SSLv23_method: SSL_is_server 1", SSL_is_server(ssl), 1);
		SSL_free(ssl);
		SSL_CTX_free(x);
		x = SSL_CTX_new(SSLv23_server_method());
		ssl = SSL_new(x);
		CHECKV("no role yet, SSLv23_server_method: SSL_is_server 1", SSL_is_server(ssl), 1);
		SSL_free(ssl);
		SSL_CTX_free(x);
		x = SSL_CTX_new(SSLv23_client_method());
		ssl = SSL_new(x);
		CHECKV("no role yet, SSLv23_client_method: SSL_is_server 0", SSL_is_server(ssl), 0);
		SSL_free(ssl);
		SSL_CTX_free(x);
	}

	/* SSL_in_connect_init and SSL_in_accept_init. */
	c = SSL_new(cctx);
	s = SSL_new(sctx);
	join_pair(c, s, 0);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	CHECK("before the handshake: SSL_in_connect_init true on the client only",
	    SSL_in_connect_init(c) && !SSL_in_connect_init(s));
	CHECK("before the handshake: SSL_in_accept_init true on the server only",
	    SSL_in_accept_init(s) && !SSL_in_accept_init(c));
	handshake_both(c, s);
	CHECK("after the handshake: both false",
	    !SSL_in_connect_init(c) && !SSL_in_accept_init(s) && !SSL_in_accept_init(c));
	SSL_free(c);
	SSL_free(s);

	/* The role once the handshake has started. */
	c = SSL_new(cctx);
	s = SSL_new(sctx);
	join_pair(c, s, 0);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	SSL_do_handshake(c);
	SSL_set_accept_state(c);
	OURSV("once the handshake has started, SSL_set_accept_state is ignored", SSL_is_server(c), 0);
	OURS("... and the handshake goes on in the role it started with", handshake_both(c, s));
	SSL_free(c);
	SSL_free(s);

	/* The method limits the role. */
	ssl = SSL_new(cctx);
	SSL_set_bio(ssl, BIO_new(BIO_s_mem()), BIO_new(BIO_s_mem()));
	SSL_set_accept_state(ssl);
	CHECKV("a connection of TLS_client_method can be made a server", SSL_is_server(ssl), 1);
	ret = SSL_do_handshake(ssl);
	CHECK("... but its handshake fails: 0, SSL_ERROR_SSL, ERR_R_SHOULD_NOT_HAVE_BEEN_CALLED",
	    ret == 0 && SSL_get_error(ssl, ret) == SSL_ERROR_SSL &&
	    queue_is(ERR_LIB_SSL, ERR_GET_REASON(ERR_R_SHOULD_NOT_HAVE_BEEN_CALLED)));
	SSL_free(ssl);

	OURSV("SSL_is_server(NULL) is 0", SSL_is_server(NULL), 0);
	OURS("SSL_is_server(NULL) pushes ERR_R_PASSED_NULL_PARAMETER",
	    queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));
	OURSV("SSL_is_server of an object that is not a live SSL is 0", SSL_is_server((SSL *)ctx), 0);
	OURS("... and pushes ERR_R_PASSED_INVALID_ARGUMENT", queue_is(ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT));
#ifndef ORACLE
	SSL_set_connect_state(NULL);
#endif
	OURS("SSL_set_connect_state(NULL) pushes ERR_R_PASSED_NULL_PARAMETER",
	    queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));
#ifndef ORACLE
	SSL_set_accept_state(NULL);
#endif
	OURS("SSL_set_accept_state(NULL) pushes ERR_R_PASSED_NULL_PARAMETER",
	    queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));
#ifndef ORACLE
	SSL_set_accept_state((SSL *)ctx);
#endif
	OURS("SSL_set_accept_state of an object that is not a live SSL pushes ERR_R_PASSED_INVALID_ARGUMENT",
	    queue_is(ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT));

	SSL_CTX_free(ctx);
	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	return claims_end();
}
