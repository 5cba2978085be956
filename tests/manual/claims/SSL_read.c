/* Claims of SSL_read(3). */
#include "claims.h"

static SSL_CTX *cctx, *sctx;

static int
failing_read(BIO *b, char *data, int len)
{
	(void)data;
	(void)len;
	BIO_clear_retry_flags(b);
	errno = EIO;
	return -1;
}

/* Flips a bit in the body of the next record written to the memory BIO in. */
static void
damage_pending(BIO *from, BIO *to)
{
	unsigned char buf[65536];
	int n = BIO_read(from, buf, sizeof(buf));

	if (n > 10)
		buf[n - 3] ^= 1;
	if (n > 0)
		BIO_write(to, buf, n);
}

int
main(int argc, char *argv[])
{
	SSL *c, *s, *ssl;
	struct relay r;
	char buf[256];
	size_t got;
	int ret, saved;

	claims_init(argc, argv);
	cctx = SSL_CTX_new(TLS_client_method());
	sctx = server_ctx(TLS_server_method(), "ec");

	/* Records one at a time; decrypted data first. */
	relay_new(&r, cctx, sctx);
	relay_handshake(&r, NULL, NULL);
	SSL_write(r.s, "first", 5);
	SSL_write(r.s, "second", 6);
	relay_move(&r, NULL);
	ret = SSL_read(r.c, buf, sizeof(buf));
	CHECK("one call never returns data from more than one record", ret == 5 && memcmp(buf, "first", 5) == 0);
	ret = SSL_read(r.c, buf, 2);
	CHECK("the first num bytes of a record are returned", ret == 2 && memcmp(buf, "se", 2) == 0);
	CHECKV("the rest waits inside ssl (SSL_pending)", SSL_pending(r.c), 4);
	BIO_set_mem_eof_return(r.c_in, 0);	/* touching the transport would now see end of file */
	ret = SSL_read(r.c, buf, sizeof(buf));
	CHECK("data already decrypted is returned without touching the transport",
	    ret == 4 && memcmp(buf, "cond", 4) == 0);
	relay_free(&r);

	/* No read-ahead, whatever the setting. */
	relay_new(&r, cctx, sctx);
	relay_handshake(&r, NULL, NULL);
	SSL_set_read_ahead(r.c, 1);
	SSL_write(r.s, "one", 3);
	relay_move(&r, NULL);
	{
		int one = BIO_pending(r.c_in);

		SSL_write(r.s, "two", 3);
		relay_move(&r, NULL);
		ret = SSL_read(r.c, buf, sizeof(buf));
		OURS("with read-ahead on, SSL_read still takes exactly one record from the transport",
		    ret == 3 &&
		    (int)BIO_pending(r.c_in) > 0 && (int)BIO_pending(r.c_in) <= one + 8);
	}
	relay_free(&r);

	/* A read never waits to send. */
	connected_pair_sized(cctx, sctx, 4096, &c, &s);
	{
		static char big[65536];
		int w, n, total = 0;

		memset(big, 'b', sizeof(big));
		w = SSL_write(c, big, sizeof(big));
		CHECK("a write the peer is not reading stops with SSL_ERROR_WANT_WRITE",
		    w == -1 && SSL_get_error(c, w) == SSL_ERROR_WANT_WRITE);
		while ((n = SSL_read(s, buf, sizeof(buf))) > 0)
			total += n;
		SSL_write(s, "pong", 4);
		{
			size_t before = BIO_ctrl_pending(SSL_get_rbio(s));

			ret = SSL_read(c, buf, sizeof(buf));
			CHECK("a program whose write is stuck can still read", ret == 4 && memcmp(buf, "pong", 4) == 0);
			OURS("SSL_read hands the transport the records a stopped SSL_write left",
			    BIO_ctrl_pending(SSL_get_rbio(s)) > before);
		}
		n = 0;
		w = SSL_write(c, big, sizeof(big));
		while (w == -1 && SSL_get_error(c, w) == SSL_ERROR_WANT_WRITE && n++ < 1000) {
			while (SSL_read(s, buf, sizeof(buf)) > 0)
				;
			w = SSL_write(c, big, sizeof(big));
		}
		OURSV("the SSL_write that returned -1 must still be repeated, and then returns its count",
		    w, (int)sizeof(big));
	}
	SSL_free(c);
	SSL_free(s);

	/* close_notify. */
	CHECK("handshake", connected_pair(cctx, sctx, &c, &s));
	SSL_write(s, "last", 4);
	SSL_shutdown(s);
	ret = SSL_read(c, buf, sizeof(buf));
	CHECKV("data sent before close_notify is returned first", ret, 4);
	ret = SSL_read(c, buf, sizeof(buf));
	CHECK("then close_notify: 0, SSL_ERROR_ZERO_RETURN, SSL_RECEIVED_SHUTDOWN recorded",
	    ret == 0 && SSL_get_error(c, ret) == SSL_ERROR_ZERO_RETURN &&
	    (SSL_get_shutdown(c) & SSL_RECEIVED_SHUTDOWN) != 0);
	ret = SSL_read(c, buf, sizeof(buf));
	CHECK("and 0 on every later call", ret == 0 && SSL_get_error(c, ret) == SSL_ERROR_ZERO_RETURN);
	SSL_free(c);
	SSL_free(s);

	/* SSL_read_ex and SSL_peek. */
	CHECK("handshake", connected_pair(cctx, sctx, &c, &s));
	SSL_write(s, "abc", 3);
	OURS("SSL_read_ex with a NULL readbytes returns 1", SSL_read_ex(c, buf, sizeof(buf), NULL) == 1);
#ifdef ORACLE
	SSL_read_ex(c, buf, sizeof(buf), &got);
#endif
	got = 77;
	ret = SSL_read_ex(c, buf, sizeof(buf), &got);
	CHECK("SSL_read_ex without data: 0, *readbytes left alone", ret == 0 && got == 77 &&
	    SSL_get_error(c, ret) == SSL_ERROR_WANT_READ);
	SSL_write(s, "peeked", 6);
	ret = SSL_peek(c, buf, sizeof(buf));
	CHECK("SSL_peek returns the data and leaves it", ret == 6 && SSL_pending(c) == 6);
	ret = SSL_peek_ex(c, buf, 3, &got);
	CHECK("SSL_peek_ex returns the same bytes again: 1 and *readbytes",
	    ret == 1 && got == 3 && memcmp(buf, "pee", 3) == 0);
	ret = SSL_read(c, buf, sizeof(buf));
	CHECK("the next read returns the same bytes", ret == 6 && memcmp(buf, "peeked", 6) == 0);
	got = 5;
	ret = SSL_peek_ex(c, buf, sizeof(buf), &got);
	CHECK("SSL_peek_ex without data: 0 and *readbytes left alone", ret == 0 && got == 5);
	SSL_free(c);
	SSL_free(s);
	ssl = SSL_new(cctx);
	SSL_set_bio(ssl, BIO_new(BIO_s_mem()), BIO_new(BIO_s_mem()));
	SSL_set_connect_state(ssl);
	ret = SSL_peek(ssl, buf, sizeof(buf));
	CHECK("SSL_peek runs the handshake if it needs to",
	    ret == -1 && SSL_get_error(ssl, ret) == SSL_ERROR_WANT_READ && BIO_pending(SSL_get_wbio(ssl)) > 0);
	SSL_free(ssl);

	/* Failures. */
	CHECK("handshake", connected_pair(cctx, sctx, &c, &s));
	{
		BIO_METHOD *m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "failing");
		BIO *b;

		BIO_meth_set_read(m, failing_read);
		b = BIO_new(m);
		BIO_up_ref(SSL_get_wbio(c));
		SSL_set0_rbio(c, b);
		ERR_clear_error();
		errno = 0;
		ret = SSL_read(c, buf, sizeof(buf));
		saved = errno;
		OURS("a failed read from the transport: -1, SSL_ERROR_SYSCALL, errno set",
		    ret == -1 && SSL_get_error(c, ret) == SSL_ERROR_SYSCALL && saved == EIO);
		BIO_meth_free(m);
	}
	SSL_free(c);
	SSL_free(s);
	relay_new(&r, cctx, sctx);
	relay_handshake(&r, NULL, NULL);
	SSL_write(r.s, "data", 4);
	damage_pending(r.s_out, r.c_in);
	ERR_clear_error();
	ret = SSL_read(r.c, buf, sizeof(buf));
	CHECK("a record that fails its integrity check: -1, SSL_ERROR_SSL, SSL_R_DECRYPTION_FAILED_OR_BAD_RECORD_MAC",
	    ret == -1 && SSL_get_error(r.c, ret) == SSL_ERROR_SSL &&
	    queue_is(ERR_LIB_SSL, SSL_R_DECRYPTION_FAILED_OR_BAD_RECORD_MAC));
	OURS("later calls fail with SSL_R_PROTOCOL_IS_SHUTDOWN",
	    SSL_read(r.c, buf, sizeof(buf)) == -1 && queue_is(ERR_LIB_SSL, SSL_R_PROTOCOL_IS_SHUTDOWN));
	/* The server got the client's alert. */
	relay_move(&r, NULL);
	ret = SSL_read(r.s, buf, sizeof(buf));
	CHECK("the peer's fatal alert: SSL_AD_REASON_OFFSET + its number",
	    ret <= 0 && SSL_get_error(r.s, ret) == SSL_ERROR_SSL &&
	    queue_is(ERR_LIB_SSL, SSL_AD_REASON_OFFSET + SSL_AD_BAD_RECORD_MAC));
	relay_free(&r);
	relay_new(&r, cctx, sctx);
	relay_handshake(&r, NULL, NULL);
	BIO_set_mem_eof_return(r.c_in, 0);
	SSL_read(r.c, buf, sizeof(buf));
	ERR_clear_error();
	DIFFERS("after eof: SSL_R_PROTOCOL_IS_SHUTDOWN", "after end of file without close_notify, later calls fail with SSL_R_PROTOCOL_IS_SHUTDOWN",
	    SSL_read(r.c, buf, sizeof(buf)) == -1 && queue_is(ERR_LIB_SSL, SSL_R_PROTOCOL_IS_SHUTDOWN));
	relay_free(&r);

	/* Arguments. */
	CHECK("handshake", connected_pair(cctx, sctx, &c, &s));
	CHECK("a negative num: -1 with SSL_R_BAD_LENGTH",
	    SSL_read(c, buf, -1) == -1 && queue_is(ERR_LIB_SSL, SSL_R_BAD_LENGTH));
	OURS("SSL_read(NULL): -1 with ERR_R_PASSED_NULL_PARAMETER",
	    SSL_read(NULL, buf, 1) == -1 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));
	OURS("a NULL buf with a positive num: -1 with ERR_R_PASSED_NULL_PARAMETER",
	    SSL_read(c, NULL, 5) == -1 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));
	SSL_free(c);
	SSL_free(s);

	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	return claims_end();
}
