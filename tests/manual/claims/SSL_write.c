/* Claims of SSL_write(3). */
#include "claims.h"

static SSL_CTX *cctx, *sctx;
static int fail_next_write;

static int
flaky_write(BIO *b, const char *data, int len)
{
	BIO *inner = BIO_get_data(b);

	BIO_clear_retry_flags(b);
	if (fail_next_write) {
		fail_next_write = 0;
		errno = EIO;
		return -1;
	}
	return BIO_write(inner, data, len);
}

static long
flaky_ctrl(BIO *b, int cmd, long larg, void *parg)
{
	(void)b;
	(void)larg;
	(void)parg;
	return cmd == BIO_CTRL_FLUSH;
}

/* Counts the application data records in n bytes and their largest length. */
static int
records(const unsigned char *buf, int n, int *largest)
{
	int count = 0;

	*largest = 0;
	for (int i = 0; i + 5 <= n; i += 5 + get16(buf + i + 3)) {
		if (buf[i] == 23)
			count++;
		if ((int)get16(buf + i + 3) > *largest)
			*largest = get16(buf + i + 3);
	}
	return count;
}

/* Reads everything the server can get. */
static int
drain(SSL *s, char *into, int size)
{
	int n, total = 0;

	while ((n = SSL_read(s, into + total, size - total)) > 0)
		total += n;
	ERR_clear_error();
	return total;
}

int
main(int argc, char *argv[])
{
	static char big[65536], got[200000];
	static unsigned char wire[200000];
	SSL *c, *s, *ssl;
	struct relay r;
	size_t written;
	int ret, n, largest, fds[2], saved;

	claims_init(argc, argv);
	cctx = SSL_CTX_new(TLS_client_method());
	sctx = server_ctx(TLS_server_method(), "ec");
	for (int i = 0; i < (int)sizeof(big); i++)
		big[i] = (char)('a' + i % 26);

	/* Records of at most 16384 bytes. */
	relay_new(&r, cctx, sctx);
	relay_handshake(&r, NULL, NULL);
	ret = SSL_write(r.c, big, 40000);
	n = BIO_read(r.c_out, wire, sizeof(wire));
	CHECK("40000 bytes go out in 3 records of at most 16384 bytes of data",
	    ret == 40000 && records(wire, n, &largest) == 3 && largest <= 16384 + 256);
	relay_free(&r);

	/* Everything or nothing, and the retry. */
	connected_pair_sized(cctx, sctx, 4096, &c, &s);
	ret = SSL_write(c, big, 40000);
	CHECK("a write the transport does not take at once: -1 and SSL_ERROR_WANT_WRITE, no partial count",
	    ret == -1 && SSL_get_error(c, ret) == SSL_ERROR_WANT_WRITE);
	n = drain(s, got, sizeof(got));
	OURS("a retry with a shorter num fails with SSL_R_BAD_WRITE_RETRY",
	    SSL_write(c, big, 100) == -1 && queue_is(ERR_LIB_SSL, SSL_R_BAD_WRITE_RETRY));
	OURS("a retry with another buffer fails with SSL_R_BAD_WRITE_RETRY",
	    SSL_write(c, got, 40000) == -1 && queue_is(ERR_LIB_SSL, SSL_R_BAD_WRITE_RETRY));
	OURSV("a refused retry sends nothing", BIO_ctrl_pending(SSL_get_rbio(s)), 0);
	memset(big, 'X', 40000);	/* bytes in buf are not read again */
	for (int i = 0; i < 1000 && (ret = SSL_write(c, big, 40000)) == -1 &&
	    SSL_get_error(c, ret) == SSL_ERROR_WANT_WRITE; i++)
		n += drain(s, got + n, sizeof(got) - n);
	n += drain(s, got + n, sizeof(got) - n);
	OURSV("after refused retries, the same arguments still complete: the original num", ret, 40000);
	OURS("the bytes in buf are not read again: the retry sends what the first call encrypted",
	    n == 40000 && got[0] == 'a' && got[39999] == (char)('a' + 39999 % 26));
	for (int i = 0; i < (int)sizeof(big); i++)
		big[i] = (char)('a' + i % 26);
	SSL_free(c);
	SSL_free(s);

	connected_pair_sized(cctx, sctx, 4096, &c, &s);
	SSL_set_mode(c, SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
	ret = SSL_write(c, big, 30000);
	n = drain(s, got, sizeof(got));
	memcpy(got + 100000, big, 30000);
	for (int i = 0; i < 1000 && (ret = SSL_write(c, got + 100000, 40000)) == -1 &&
	    SSL_get_error(c, ret) == SSL_ERROR_WANT_WRITE; i++)
		n += drain(s, got + n, 100000 - n);
	n += drain(s, got + n, 100000 - n);
	CHECK("with SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER another pointer is accepted", ret > 0);
	OURS("a retry with a larger num returns the count of the first call and sends no more",
	    ret == 30000 && n == 30000);
	SSL_free(c);
	SSL_free(s);

	connected_pair_sized(cctx, sctx, 4096, &c, &s);
	ret = SSL_write(c, big, 40000);
	n = 0;
	for (int i = 0; i < 1000 && ret == -1 && SSL_get_error(c, ret) == SSL_ERROR_WANT_WRITE; i++) {
		n += drain(s, got + n, sizeof(got) - n);
		ret = SSL_write(c, big, 40000);
	}
	n += drain(s, got + n, sizeof(got) - n);
	CHECK("repeated with the same arguments, SSL_write returns the original num and every byte arrives once",
	    ret == 40000 && n == 40000 && memcmp(got, big, 40000) == 0);
	SSL_free(c);
	SSL_free(s);

	/* After a -1 from a failed send. */
	c = SSL_new(cctx);
	s = SSL_new(sctx);
	join_pair(c, s, 0);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	handshake_both(c, s);
	{
		BIO_METHOD *m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "flaky");
		BIO *b, *old = SSL_get_wbio(c);

		BIO_meth_set_write(m, flaky_write);
		BIO_meth_set_ctrl(m, flaky_ctrl);
		b = BIO_new(m);
		BIO_up_ref(old);
		BIO_set_data(b, old);
		BIO_up_ref(old);
		SSL_set0_wbio(c, b);
		fail_next_write = 1;
		ERR_clear_error();
		ret = SSL_write(c, big, 1000);
		saved = errno;
		CHECK("a failed send: -1, SSL_ERROR_SYSCALL, errno set",
		    ret == -1 && SSL_get_error(c, ret) == SSL_ERROR_SYSCALL && saved == EIO);
		OURS("after a failed send the retry rule applies: another buffer is SSL_R_BAD_WRITE_RETRY",
		    SSL_write(c, got, 1000) == -1 && queue_is(ERR_LIB_SSL, SSL_R_BAD_WRITE_RETRY));
		OURSV("... and the same arguments send the records", SSL_write(c, big, 1000), 1000);
		SSL_free(c);
		BIO_free(old);
		BIO_meth_free(m);
	}
	SSL_free(s);

	/* Partial writes. */
	CHECK("handshake", connected_pair(cctx, sctx, &c, &s));
	SSL_set_mode(c, SSL_MODE_ENABLE_PARTIAL_WRITE);
	CHECKV("with SSL_MODE_ENABLE_PARTIAL_WRITE one call sends at most one record: 16384 bytes",
	    SSL_write(c, big, 40000), 16384);
	drain(s, got, sizeof(got));
	CHECKV("... and the program calls again for the rest", SSL_write(c, big + 16384, 40000 - 16384), 16384);
	SSL_free(c);
	SSL_free(s);

	/* num 0, after SSL_shutdown, closed peer. */
	CHECK("handshake", connected_pair(cctx, sctx, &c, &s));
	errno = 42;
	ret = SSL_write(c, big, 0);
	saved = errno;
	CHECK("num 0: sends nothing, returns 0, SSL_ERROR_SYSCALL",
	    ret == 0 && SSL_get_error(c, ret) == SSL_ERROR_SYSCALL && BIO_ctrl_pending(SSL_get_rbio(s)) == 0);
	OURSV("num 0: errno unchanged", saved, 42);
	written = 99;
	CHECK("SSL_write_ex of nothing: 1 with 0 stored", SSL_write_ex(c, big, 0, &written) == 1 && written == 0);
	OURS("SSL_write_ex with a NULL written: 1", SSL_write_ex(c, big, 3, NULL) == 1);
	SSL_shutdown(c);
	ERR_clear_error();
	written = 99;
	ret = SSL_write_ex(c, big, 3, &written);
	CHECK("after SSL_shutdown SSL_write fails; SSL_write_ex returns 0 and leaves *written alone",
	    ret == 0 && written == 99);
	OURS("... with SSL_R_PROTOCOL_IS_SHUTDOWN", queue_is(ERR_LIB_SSL, SSL_R_PROTOCOL_IS_SHUTDOWN));
	SSL_free(c);
	SSL_free(s);
	c = SSL_new(cctx);
	s = SSL_new(sctx);
	join_sockets(c, s, fds, 1);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	handshake_both(c, s);
	close(fds[1]);
	ERR_clear_error();
	ret = SSL_write(c, big, 100);
	saved = errno;
	CHECK("the peer has closed the connection: -1, SSL_ERROR_SYSCALL, errno EPIPE (SIGPIPE ignored)",
	    ret == -1 && SSL_get_error(c, ret) == SSL_ERROR_SYSCALL && saved == EPIPE);
	SSL_free(c);
	SSL_free(s);
	close(fds[0]);

	/* SIGPIPE when it is not ignored. */
	{
		pid_t pid;
		int status = 0;

		c = SSL_new(cctx);
		s = SSL_new(sctx);
		join_sockets(c, s, fds, 1);
		SSL_set_connect_state(c);
		SSL_set_accept_state(s);
		handshake_both(c, s);
		close(fds[1]);
		fflush(stdout);
		if ((pid = fork()) == 0) {
			signal(SIGPIPE, SIG_DFL);
			SSL_write(c, big, 100);
			_exit(0);
		}
		waitpid(pid, &status, 0);
		CHECK("writing to a closed connection raises SIGPIPE, which ends the process by default",
		    WIFSIGNALED(status) && WTERMSIG(status) == SIGPIPE);
		SSL_free(c);
		SSL_free(s);
		close(fds[0]);
	}

	/* Arguments. */
	ssl = SSL_new(cctx);
	SSL_set_bio(ssl, BIO_new(BIO_s_mem()), BIO_new(BIO_s_mem()));
	CHECK("no role: -1 with SSL_R_UNINITIALIZED",
	    SSL_write(ssl, "x", 1) == -1 && queue_is(ERR_LIB_SSL, SSL_R_UNINITIALIZED));
	SSL_set_connect_state(ssl);
	CHECK("a negative num: -1 with SSL_R_BAD_LENGTH",
	    SSL_write(ssl, "x", -1) == -1 && queue_is(ERR_LIB_SSL, SSL_R_BAD_LENGTH));
	OURS("a NULL buf with a positive num: -1 with ERR_R_PASSED_NULL_PARAMETER",
	    SSL_write(ssl, NULL, 3) == -1 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));
	OURS("SSL_write(NULL): -1 with ERR_R_PASSED_NULL_PARAMETER",
	    SSL_write(NULL, "x", 1) == -1 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));
	SSL_free(ssl);

	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	return claims_end();
}
