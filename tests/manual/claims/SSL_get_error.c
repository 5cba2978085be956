/* Claims of SSL_get_error(3). */
#include <sys/time.h>

#include "claims.h"

static void
on_alarm(int sig)
{
	(void)sig;
}

/* A BIO whose every read and write asks for a retry of the kind named by mode. */
static int read_mode, write_mode, flush_retries;

static int
odd_read(BIO *b, char *data, int len)
{
	(void)data;
	(void)len;
	BIO_clear_retry_flags(b);
	if (read_mode == 'r')
		BIO_set_retry_read(b);
	else
		BIO_set_retry_write(b);
	return -1;
}

static int
odd_write(BIO *b, const char *data, int len)
{
	(void)data;
	BIO_clear_retry_flags(b);
	if (write_mode == 0)
		return len;
	if (write_mode == 'r')
		BIO_set_retry_read(b);
	else
		BIO_set_retry_write(b);
	return -1;
}

static long
odd_ctrl(BIO *b, int cmd, long larg, void *parg)
{
	(void)larg;
	(void)parg;
	if (cmd != BIO_CTRL_FLUSH)
		return 0;
	if (flush_retries > 0) {
		flush_retries--;
		BIO_set_retry_write(b);
		return 0;
	}
	return 1;
}

static SSL *
odd_client(SSL_CTX *ctx, BIO_METHOD *m)
{
	SSL *ssl = SSL_new(ctx);
	BIO *b = BIO_new(m);

	BIO_set_init(b, 1);
	SSL_set_bio(ssl, b, b);
	SSL_set_connect_state(ssl);
	return ssl;
}

int
main(int argc, char *argv[])
{
	SSL_CTX *cctx, *sctx;
	SSL *ssl, *c, *s;
	BIO_METHOD *m;
	struct relay r;
	char buf[256];
	int ret, err, saved, fds[2];

	claims_init(argc, argv);
	cctx = SSL_CTX_new(TLS_client_method());
	sctx = server_ctx(TLS_server_method(), "ec");

	/* The order of the rules. */
	relay_new(&r, cctx, NULL);
	SSL_CTX_set_cipher_list(cctx, "NO-SUCH-SUITE");	/* leaves an entry on the queue */
	CHECKV("ret > 0 is SSL_ERROR_NONE, whatever the queue holds", SSL_get_error(r.c, 1), SSL_ERROR_NONE);
	ret = SSL_connect(r.c);
	OURSV("an entry left on the queue by an unrelated failure makes it SSL_ERROR_SSL",
	    SSL_get_error(r.c, ret), SSL_ERROR_SSL);
	ERR_clear_error();
	ret = SSL_connect(r.c);
	CHECKV("an empty memory BIO asked to read: SSL_ERROR_WANT_READ", SSL_get_error(r.c, ret),
	    SSL_ERROR_WANT_READ);
	SSL_CTX_use_certificate_file(sctx, "/nonexistent/file.pem", SSL_FILETYPE_PEM);
	CHECK("the oldest entry is a system error (ERR_LIB_SYS): SSL_ERROR_SYSCALL",
	    ERR_GET_LIB(ERR_peek_error()) == ERR_LIB_SYS && SSL_get_error(r.c, ret) == SSL_ERROR_SYSCALL);
	ERR_clear_error();
	relay_free(&r);
	SSL_CTX_free(cctx);
	cctx = SSL_CTX_new(TLS_client_method());

	m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "odd");
	BIO_meth_set_read(m, odd_read);
	BIO_meth_set_write(m, odd_write);
	BIO_meth_set_ctrl(m, odd_ctrl);
	read_mode = 'w';
	ssl = odd_client(cctx, m);
	ret = SSL_do_handshake(ssl);
	CHECKV("waiting to read, the BIO asks for a write retry: SSL_ERROR_WANT_WRITE",
	    SSL_get_error(ssl, ret), SSL_ERROR_WANT_WRITE);
	SSL_free(ssl);
	read_mode = 'r';
	ssl = odd_client(cctx, m);
	ret = SSL_do_handshake(ssl);
	CHECKV("waiting to read, the BIO asks for a read retry: SSL_ERROR_WANT_READ",
	    SSL_get_error(ssl, ret), SSL_ERROR_WANT_READ);
	SSL_free(ssl);
	write_mode = 'w';
	ssl = odd_client(cctx, m);
	ret = SSL_do_handshake(ssl);
	CHECKV("waiting to write, the BIO asks for a write retry: SSL_ERROR_WANT_WRITE",
	    SSL_get_error(ssl, ret), SSL_ERROR_WANT_WRITE);
	SSL_free(ssl);
	write_mode = 'r';
	ssl = odd_client(cctx, m);
	ret = SSL_do_handshake(ssl);
	CHECKV("waiting to write, the BIO asks for a read retry: SSL_ERROR_WANT_READ",
	    SSL_get_error(ssl, ret), SSL_ERROR_WANT_READ);
	SSL_free(ssl);
	write_mode = 0;
	flush_retries = 1;
	ssl = odd_client(cctx, m);
	ret = SSL_do_handshake(ssl);
	OURS("a BIO_flush asked to be retried: -1 and SSL_ERROR_WANT_WRITE",
	    ret == -1 && SSL_get_error(ssl, ret) == SSL_ERROR_WANT_WRITE && flush_retries == 0);
	SSL_free(ssl);
	BIO_meth_free(m);

	/* The next operation replaces the state. */
	CHECK("handshake", connected_pair(cctx, sctx, &c, &s));
	ret = SSL_read(c, buf, sizeof(buf));
	CHECKV("no data yet: SSL_ERROR_WANT_READ", SSL_get_error(c, ret), SSL_ERROR_WANT_READ);
	CHECKV("a successful write", SSL_write(c, "x", 1), 1);
	CHECKV("the next operation replaces what SSL_get_error looks at",
	    SSL_get_error(c, ret), SSL_ERROR_SYSCALL);
	ret = SSL_write(c, buf, 0);
	CHECK("none of the rules applies: SSL_ERROR_SYSCALL", ret == 0 &&
	    SSL_get_error(c, ret) == SSL_ERROR_SYSCALL);
	SSL_free(c);
	SSL_free(s);

	/* A read never waits to send. */
	connected_pair_sized(cctx, sctx, 4096, &c, &s);
	{
		static char big[65536];

		ret = SSL_write(c, big, sizeof(big));
		err = SSL_get_error(c, ret);
		CHECKV("a write the transport cannot take: SSL_ERROR_WANT_WRITE", err, SSL_ERROR_WANT_WRITE);
		ret = SSL_read(c, buf, sizeof(buf));
		OURSV("after the handshake SSL_read asks only for SSL_ERROR_WANT_READ",
		    SSL_get_error(c, ret), SSL_ERROR_WANT_READ);
	}
	SSL_free(c);
	SSL_free(s);

	/* EINTR in a write. */
	c = SSL_new(cctx);
	s = SSL_new(sctx);
	join_sockets(c, s, fds, 1);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	handshake_both(c, s);
	fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) & ~O_NONBLOCK);
	{
		static char big[4 << 20];
		struct sigaction sa;
		/* Repeated: a send interrupted after it moved some bytes returns them. */
		struct itimerval it = { { 0, 200000 }, { 0, 200000 } }, off = { { 0, 0 }, { 0, 0 } };

		memset(&sa, 0, sizeof(sa));
		sa.sa_handler = on_alarm;
		sigaction(SIGALRM, &sa, NULL);
		setitimer(ITIMER_REAL, &it, NULL);
		ret = SSL_write(c, big, sizeof(big));
		setitimer(ITIMER_REAL, &off, NULL);
		CHECK("a signal interrupting a blocking write: -1 and SSL_ERROR_WANT_WRITE",
		    ret == -1 && SSL_get_error(c, ret) == SSL_ERROR_WANT_WRITE);
	}
	SSL_free(c);
	SSL_free(s);
	close(fds[0]);
	close(fds[1]);

	/* A record without application data with SSL_MODE_AUTO_RETRY off. */
	{
		int port = start_s_server((const char *const[]){ "-rev", NULL }, NULL);
		int fd = tcp_connect(port);

		ssl = SSL_new(cctx);
		SSL_set_fd(ssl, fd);
		SSL_clear_mode(ssl, SSL_MODE_AUTO_RETRY);
		ret = SSL_connect(ssl);
		CHECKV("connected to openssl s_server", ret, 1);
		ret = SSL_read(ssl, buf, sizeof(buf));
		CHECK("AUTO_RETRY off: a session ticket makes SSL_read return -1 with SSL_ERROR_WANT_READ on a blocking socket",
		    ret == -1 && SSL_get_error(ssl, ret) == SSL_ERROR_WANT_READ);
		SSL_free(ssl);
		close(fd);
		stop_s_server();
	}

	/* End of file: 0, or -1 from SSL_shutdown; SSL_ERROR_SYSCALL, errno 0, no entry. */
	relay_new(&r, cctx, sctx);
	SSL_do_handshake(r.c);
	relay_move(&r, NULL);
	BIO_set_mem_eof_return(r.s_in, 0);	/* after the ClientHello, end of file */
	ERR_clear_error();
	errno = 7;
	ret = SSL_accept(r.s);
	saved = errno;
	DIFFERS("eof: SSL_ERROR_SYSCALL, errno 0", "end of file in SSL_accept: 0, SSL_ERROR_SYSCALL, errno 0, empty queue",
	    ret == 0 && saved == 0 && SSL_get_error(r.s, ret) == SSL_ERROR_SYSCALL && queue_empty());
	relay_free(&r);
	relay_new(&r, cctx, NULL);
	SSL_do_handshake(r.c);
	BIO_set_mem_eof_return(r.c_in, 0);
	ERR_clear_error();
	errno = 7;
	ret = SSL_do_handshake(r.c);
	saved = errno;
	DIFFERS("eof: SSL_ERROR_SYSCALL, errno 0", "end of file in SSL_do_handshake: 0, SSL_ERROR_SYSCALL, errno 0, empty queue",
	    ret == 0 && saved == 0 && SSL_get_error(r.c, ret) == SSL_ERROR_SYSCALL && queue_empty());
	relay_free(&r);
	relay_new(&r, cctx, NULL);
	BIO_set_mem_eof_return(r.c_in, 0);
	ERR_clear_error();
	errno = 7;
	ret = SSL_write(r.c, "x", 1);
	saved = errno;
	DIFFERS("eof: SSL_ERROR_SYSCALL, errno 0", "end of file in the handshake SSL_write runs: 0, SSL_ERROR_SYSCALL, errno 0, empty queue",
	    ret == 0 && saved == 0 && SSL_get_error(r.c, ret) == SSL_ERROR_SYSCALL && queue_empty());
	relay_free(&r);
	relay_new(&r, cctx, sctx);
	relay_handshake(&r, NULL, NULL);
	SSL_set_options(r.c, SSL_OP_IGNORE_UNEXPECTED_EOF);
	BIO_set_mem_eof_return(r.c_in, 0);
	ERR_clear_error();
	errno = 7;
	ret = SSL_read(r.c, buf, sizeof(buf));
	saved = errno;
	DIFFERS("eof: SSL_ERROR_SYSCALL, errno 0", "end of file in SSL_read, even with SSL_OP_IGNORE_UNEXPECTED_EOF: 0, SSL_ERROR_SYSCALL, errno 0, empty queue",
	    ret == 0 && saved == 0 && SSL_get_error(r.c, ret) == SSL_ERROR_SYSCALL && queue_empty());
	relay_free(&r);
	relay_new(&r, cctx, sctx);
	relay_handshake(&r, NULL, NULL);
	SSL_shutdown(r.c);
	BIO_set_mem_eof_return(r.c_in, 0);
	ERR_clear_error();
	errno = 7;
	ret = SSL_shutdown(r.c);
	saved = errno;
	DIFFERS("eof: SSL_ERROR_SYSCALL, errno 0", "end of file while SSL_shutdown waits: -1, SSL_ERROR_SYSCALL, errno 0, empty queue",
	    ret == -1 && saved == 0 && SSL_get_error(r.c, ret) == SSL_ERROR_SYSCALL && queue_empty());
	relay_free(&r);

	OURS("SSL_get_error(NULL): SSL_ERROR_SSL and ERR_R_PASSED_NULL_PARAMETER",
	    SSL_get_error(NULL, -1) == SSL_ERROR_SSL && queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));
	OURS("SSL_get_error of an object that is not a live SSL: SSL_ERROR_SSL and ERR_R_PASSED_INVALID_ARGUMENT",
	    SSL_get_error((SSL *)cctx, -1) == SSL_ERROR_SSL &&
	    queue_is(ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT));

	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	return claims_end();
}
