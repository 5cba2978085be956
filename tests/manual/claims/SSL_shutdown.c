/* Claims of SSL_shutdown(3). */
#include "claims.h"

static SSL *c, *s;
static SSL_CTX *cctx, *sctx;

static int
pair(size_t size)
{
	c = SSL_new(cctx);
	s = SSL_new(sctx);
	join_pair(c, s, size);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	return handshake_both(c, s);
}

static void
unpair(void)
{
	SSL_free(c);
	SSL_free(s);
}

/* Bytes the client has written that the server has not read. */
static size_t
c_sent(void)
{
	return BIO_ctrl_pending(SSL_get_rbio(s));
}

int
main(int argc, char *argv[])
{
	SSL *ssl;
	char buf[64];
	int ret, fds[2];

	claims_init(argc, argv);
	cctx = SSL_CTX_new(TLS_client_method());
	sctx = server_ctx(TLS_server_method(), "ec");

	/* The first call. */
	pair(0);
	ret = SSL_shutdown(c);
	CHECK("the first call sends close_notify, records SSL_SENT_SHUTDOWN and returns 0 without waiting",
	    ret == 0 && SSL_get_shutdown(c) == SSL_SENT_SHUTDOWN && c_sent() > 0);
	CHECK("after it SSL_write fails", SSL_write(c, "x", 1) <= 0);
	ERR_clear_error();
	SSL_write(s, "late data", 9);
	ret = SSL_read(c, buf, sizeof(buf));
	CHECKV("after it SSL_read still returns data the peer sends before its close_notify", ret, 9);
	ret = SSL_read(s, buf, sizeof(buf));
	CHECK("the peer reads close_notify: 0 and SSL_ERROR_ZERO_RETURN",
	    ret == 0 && SSL_get_error(s, ret) == SSL_ERROR_ZERO_RETURN);
	CHECKV("SSL_read returning 0 records SSL_RECEIVED_SHUTDOWN", SSL_get_shutdown(s), SSL_RECEIVED_SHUTDOWN);
	ret = SSL_shutdown(s);
	CHECK("a first call after the peer's close_notify returns 1 with both bits",
	    ret == 1 && SSL_get_shutdown(s) == (SSL_SENT_SHUTDOWN | SSL_RECEIVED_SHUTDOWN));
	ret = SSL_shutdown(c);
	CHECK("the second call returns 1 when the peer's close_notify arrives, recording SSL_RECEIVED_SHUTDOWN",
	    ret == 1 && SSL_get_shutdown(c) == (SSL_SENT_SHUTDOWN | SSL_RECEIVED_SHUTDOWN));
	unpair();

	/* The second call waits, throwing away data. */
	pair(0);
	SSL_shutdown(c);
	ret = SSL_shutdown(c);
	CHECK("the second call waits: -1 and SSL_ERROR_WANT_READ on a non-blocking transport",
	    ret == -1 && SSL_get_error(c, ret) == SSL_ERROR_WANT_READ);
	SSL_write(s, "discarded", 9);
	SSL_shutdown(s);
	ret = SSL_shutdown(c);
	OURS("application data that arrives first is read and thrown away", ret == 1 && SSL_pending(c) == 0);
	unpair();

	/* A close_notify the transport does not take at once. */
	pair(256);
	{
		static char fill[4096];

		while (SSL_write(c, fill, sizeof(fill)) > 0)
			;
		ERR_clear_error();
		/* Drain everything but room for nothing: the pair buffer stays full. */
	}
	ret = SSL_shutdown(c);
	{
		int first = ret, err = SSL_get_error(c, ret);

		for (int i = 0; i < 1000 && ret == -1 && SSL_get_error(c, ret) == SSL_ERROR_WANT_WRITE; i++) {
			while (SSL_read(s, buf, sizeof(buf)) > 0)
				;
			ERR_clear_error();
			ret = SSL_shutdown(c);
		}
		CHECK("the whole alert not accepted: -1 and SSL_ERROR_WANT_WRITE",
		    first == -1 && err == SSL_ERROR_WANT_WRITE);
		OURSV("the call that finishes sending it returns 0", ret, 0);
	}
	unpair();

	/* The socket is not closed. */
	c = SSL_new(cctx);
	s = SSL_new(sctx);
	join_sockets(c, s, fds, 1);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	handshake_both(c, s);
	SSL_shutdown(c);
	CHECK("SSL_shutdown does not close the socket", fcntl(fds[0], F_GETFD) != -1);
	unpair();
	close(fds[0]);
	close(fds[1]);

	/* Only a completed, healthy session. */
	ssl = SSL_new(cctx);
	SSL_set_bio(ssl, BIO_new(BIO_s_mem()), BIO_new(BIO_s_mem()));
	CHECK("no role: -1 with SSL_R_UNINITIALIZED",
	    SSL_shutdown(ssl) == -1 && queue_is(ERR_LIB_SSL, SSL_R_UNINITIALIZED));
	SSL_set_connect_state(ssl);
	SSL_do_handshake(ssl);
	ERR_clear_error();
	CHECK("handshake not complete: -1 with SSL_R_SHUTDOWN_WHILE_IN_INIT",
	    SSL_shutdown(ssl) == -1 && queue_is(ERR_LIB_SSL, SSL_R_SHUTDOWN_WHILE_IN_INIT));
	SSL_free(ssl);
	{
		struct relay r;

		relay_new(&r, cctx, sctx);
		relay_handshake(&r, NULL, NULL);
		BIO_write(r.c_in, "\x17\x03\x03\x00\x05garbage", 10);
		SSL_read(r.c, buf, sizeof(buf));
		ERR_clear_error();
		OURS("after a failure: -1 with SSL_R_PROTOCOL_IS_SHUTDOWN",
		    SSL_shutdown(r.c) == -1 && queue_is(ERR_LIB_SSL, SSL_R_PROTOCOL_IS_SHUTDOWN));
		relay_free(&r);
		relay_new(&r, cctx, sctx);
		relay_handshake(&r, NULL, NULL);
		BIO_set_mem_eof_return(r.c_in, 0);
		SSL_read(r.c, buf, sizeof(buf));
		ERR_clear_error();
		DIFFERS("after eof: SSL_R_PROTOCOL_IS_SHUTDOWN", "after SSL_read reported end of file: -1 with SSL_R_PROTOCOL_IS_SHUTDOWN",
		    SSL_shutdown(r.c) == -1 && queue_is(ERR_LIB_SSL, SSL_R_PROTOCOL_IS_SHUTDOWN));
		relay_free(&r);
	}

	/* SSL_set_shutdown. */
	pair(0);
	SSL_set_shutdown(c, SSL_SENT_SHUTDOWN);
	CHECK("SSL_set_shutdown replaces the state and sends nothing",
	    SSL_get_shutdown(c) == SSL_SENT_SHUTDOWN && c_sent() == 0);
	CHECK("with SSL_SENT_SHUTDOWN set, SSL_write fails", SSL_write(c, "x", 1) <= 0);
	ERR_clear_error();
	ret = SSL_shutdown(c);
	CHECK("with SSL_SENT_SHUTDOWN set, SSL_shutdown sends nothing and waits for the peer's close_notify",
	    ret == -1 && SSL_get_error(c, ret) == SSL_ERROR_WANT_READ && c_sent() == 0);
	SSL_shutdown(s);
	CHECKV("... and returns 1 once it arrives", SSL_shutdown(c), 1);
	unpair();
	pair(0);
	SSL_set_shutdown(c, SSL_RECEIVED_SHUTDOWN);
	SSL_write(s, "unread", 6);
	ret = SSL_read(c, buf, sizeof(buf));
	CHECKV("with SSL_RECEIVED_SHUTDOWN set, SSL_read returns 0 at once", ret, 0);
	ret = SSL_shutdown(c);
	CHECK("with SSL_RECEIVED_SHUTDOWN set, SSL_shutdown returns 1 once its close_notify is out",
	    ret == 1 && c_sent() > 0);
	unpair();
	pair(0);
	SSL_set_shutdown(c, SSL_SENT_SHUTDOWN | SSL_RECEIVED_SHUTDOWN);
	CHECK("with both set, SSL_shutdown returns 1 without sending anything",
	    SSL_shutdown(c) == 1 && c_sent() == 0);
	SSL_set_shutdown(c, 0);
	CHECKV("SSL_set_shutdown can clear the bits", SSL_get_shutdown(c), 0);
	unpair();

	/* Quiet shutdown. */
	SSL_CTX_set_quiet_shutdown(cctx, 1);
	CHECKV("SSL_CTX_get_quiet_shutdown returns the setting: 1", SSL_CTX_get_quiet_shutdown(cctx), 1);
	pair(0);
	CHECKV("SSL_new copies the context's quiet shutdown", SSL_get_quiet_shutdown(c), 1);
	CHECK("with quiet shutdown SSL_shutdown sends nothing, records both bits and returns 1",
	    SSL_shutdown(c) == 1 && c_sent() == 0 &&
	    SSL_get_shutdown(c) == (SSL_SENT_SHUTDOWN | SSL_RECEIVED_SHUTDOWN));
	SSL_set_quiet_shutdown(c, 0);
	CHECKV("SSL_set_quiet_shutdown with 0 turns it off", SSL_get_quiet_shutdown(c), 0);
	SSL_set_quiet_shutdown(c, 7);
	DIFFERS("quiet shutdown flag: 0 or 1", "SSL_set_quiet_shutdown with another value turns it on; the get function returns 1",
	    (SSL_get_quiet_shutdown(c)) == (1));
	unpair();
	SSL_CTX_set_quiet_shutdown(cctx, 0);
	CHECKV("SSL_CTX_get_quiet_shutdown returns the setting: 0", SSL_CTX_get_quiet_shutdown(cctx), 0);
	{
		struct relay r;

		relay_new(&r, cctx, sctx);
		relay_handshake(&r, NULL, NULL);
		BIO_write(r.c_in, "\x17\x03\x03\x00\x05garbage", 10);
		SSL_read(r.c, buf, sizeof(buf));
		ERR_clear_error();
		SSL_set_quiet_shutdown(r.c, 1);
		DIFFERS("quiet shutdown after a failure: 1", "with quiet shutdown SSL_shutdown returns 1 even after the connection failed",
		    (SSL_shutdown(r.c)) == (1));
		relay_free(&r);
	}
	ssl = SSL_new(cctx);
	SSL_set_bio(ssl, BIO_new(BIO_s_mem()), BIO_new(BIO_s_mem()));
	SSL_set_connect_state(ssl);
	SSL_set_quiet_shutdown(ssl, 1);
	OURS("with quiet shutdown, before the handshake is complete SSL_shutdown still fails",
	    SSL_shutdown(ssl) == -1 && queue_is(ERR_LIB_SSL, SSL_R_SHUTDOWN_WHILE_IN_INIT));
	SSL_free(ssl);

	/* Bad arguments. */
	OURS("SSL_shutdown(NULL): -1 with ERR_R_PASSED_NULL_PARAMETER",
	    SSL_shutdown(NULL) == -1 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));
	OURS("SSL_shutdown of an object that is not a live SSL: ERR_R_PASSED_INVALID_ARGUMENT",
	    SSL_shutdown((SSL *)cctx) == -1 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT));
	OURSV("SSL_get_shutdown(NULL) is 0", SSL_get_shutdown(NULL), 0);
	OURSV("SSL_get_shutdown of an object that is not live is 0", SSL_get_shutdown((SSL *)cctx), 0);
	OURSV("SSL_get_quiet_shutdown(NULL) is 0", SSL_get_quiet_shutdown(NULL), 0);
	OURSV("SSL_CTX_get_quiet_shutdown of an object that is not live is 0",
	    SSL_CTX_get_quiet_shutdown((SSL_CTX *)BIO_s_mem()), 0);
	ERR_clear_error();

	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	return claims_end();
}
