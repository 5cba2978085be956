/* Claims of SSL_set_fd(3). */
#include "claims.h"

static int destroyed;

static int
count_destroy(BIO *b)
{
	(void)b;
	destroyed++;
	return 1;
}

int
main(int argc, char *argv[])
{
	SSL_CTX *cctx, *sctx;
	SSL *ssl, *c, *s;
	BIO_METHOD *m;
	int fds[2], other[2], p[2], ret, saved, flags0, flags1;

	claims_init(argc, argv);
	cctx = SSL_CTX_new(TLS_client_method());
	sctx = server_ctx(TLS_server_method(), "ec");

	socketpair(AF_UNIX, SOCK_STREAM, 0, fds);
	ssl = SSL_new(cctx);
	CHECKV("SSL_set_fd returns 1", SSL_set_fd(ssl, fds[0]), 1);
	CHECK("both directions share one socket BIO", SSL_get_rbio(ssl) != NULL &&
	    SSL_get_rbio(ssl) == SSL_get_wbio(ssl) && BIO_method_type(SSL_get_rbio(ssl)) == BIO_TYPE_SOCKET);
	CHECKV("the socket BIO has the close flag BIO_NOCLOSE", BIO_get_close(SSL_get_rbio(ssl)), BIO_NOCLOSE);
	CHECK("SSL_get_fd, SSL_get_rfd and SSL_get_wfd return the descriptor",
	    SSL_get_fd(ssl) == fds[0] && SSL_get_rfd(ssl) == fds[0] && SSL_get_wfd(ssl) == fds[0]);
	SSL_set_fd(ssl, fds[1]);
	CHECK("setting another descriptor leaves the first one open", fcntl(fds[0], F_GETFD) != -1 &&
	    SSL_get_fd(ssl) == fds[1]);
	SSL_free(ssl);
	CHECK("SSL_free does not close the descriptor", fcntl(fds[1], F_GETFD) != -1);
	close(fds[0]);
	close(fds[1]);

	/* SSL_set_rfd and SSL_set_wfd. */
	socketpair(AF_UNIX, SOCK_STREAM, 0, fds);
	socketpair(AF_UNIX, SOCK_STREAM, 0, other);
	ssl = SSL_new(cctx);
	CHECK("SSL_set_rfd and SSL_set_wfd set one direction each",
	    SSL_set_rfd(ssl, fds[0]) == 1 && SSL_set_wfd(ssl, other[0]) == 1 &&
	    SSL_get_rfd(ssl) == fds[0] && SSL_get_fd(ssl) == fds[0] && SSL_get_wfd(ssl) == other[0] &&
	    SSL_get_rbio(ssl) != SSL_get_wbio(ssl));
	SSL_free(ssl);
	ssl = SSL_new(cctx);
	SSL_set_rfd(ssl, fds[0]);
	SSL_set_wfd(ssl, fds[0]);
	CHECK("SSL_set_wfd on the descriptor the read BIO uses shares that BIO",
	    SSL_get_rbio(ssl) == SSL_get_wbio(ssl));
	SSL_free(ssl);
	close(other[0]);
	close(other[1]);

	/* Descriptors given with SSL_set_bio, other BIOs. */
	ssl = SSL_new(cctx);
	SSL_set_bio(ssl, BIO_new_fd(fds[0], BIO_NOCLOSE), BIO_new_socket(fds[1], BIO_NOCLOSE));
	CHECK("SSL_get_rfd and SSL_get_wfd find descriptors of BIOs given with SSL_set_bio",
	    SSL_get_rfd(ssl) == fds[0] && SSL_get_wfd(ssl) == fds[1]);
	SSL_set_bio(ssl, BIO_new(BIO_s_mem()), BIO_new(BIO_s_mem()));
	CHECKV("a BIO of another kind: -1", SSL_get_fd(ssl), -1);
	m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "counted");
	BIO_meth_set_destroy(m, count_destroy);
	{
		BIO *b = BIO_new(m);

		SSL_set_bio(ssl, b, b);
		SSL_set_fd(ssl, fds[0]);
		CHECKV("setting a descriptor releases the BIO that was there", destroyed, 1);
	}
	SSL_free(ssl);
	BIO_meth_free(m);
	close(fds[0]);
	close(fds[1]);

	/* Flags untouched; not checked when set. */
	c = SSL_new(cctx);
	s = SSL_new(sctx);
	join_sockets(c, s, fds, 1);
	flags0 = fcntl(fds[0], F_GETFL);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	handshake_both(c, s);
	SSL_write(c, "x", 1);
	SSL_shutdown(c);
	flags1 = fcntl(fds[0], F_GETFL);
	CHECK("the library never changes the descriptor's flags", flags0 == flags1);
	SSL_free(c);
	SSL_free(s);
	close(fds[0]);
	close(fds[1]);
	if (pipe(p) == 0) {
		ssl = SSL_new(cctx);
		CHECKV("a descriptor that is not a socket is accepted", SSL_set_fd(ssl, p[1]), 1);
		ERR_clear_error();
		errno = 0;
		ret = SSL_connect(ssl);
		saved = errno;
		OURS("... and the first send fails with ENOTSOCK: SSL_ERROR_SYSCALL",
		    ret == -1 && SSL_get_error(ssl, ret) == SSL_ERROR_SYSCALL && saved == ENOTSOCK);
		SSL_free(ssl);
		close(p[0]);
		close(p[1]);
	}

	ssl = SSL_new(cctx);
	OURS("a negative descriptor: 0 with ERR_R_PASSED_INVALID_ARGUMENT",
	    SSL_set_fd(ssl, -1) == 0 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT));
	OURS("SSL_set_rfd with a negative descriptor: 0", SSL_set_rfd(ssl, -2) == 0);
	OURS("SSL_set_wfd with a negative descriptor: 0", SSL_set_wfd(ssl, -2) == 0);
	ERR_clear_error();
	CHECKV("no descriptor set: SSL_get_fd -1", SSL_get_fd(ssl), -1);
	CHECK("no descriptor set: SSL_get_rfd and SSL_get_wfd -1", SSL_get_rfd(ssl) == -1 && SSL_get_wfd(ssl) == -1);
	SSL_free(ssl);
	OURS("SSL_set_fd(NULL): 0 with ERR_R_PASSED_NULL_PARAMETER",
	    SSL_set_fd(NULL, 0) == 0 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));
	OURS("SSL_get_wfd of an object that is not live: -1 with ERR_R_PASSED_INVALID_ARGUMENT",
	    SSL_get_wfd((SSL *)cctx) == -1 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT));
	OURSV("SSL_get_rfd(NULL): -1", SSL_get_rfd(NULL), -1);
	ERR_clear_error();

	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	return claims_end();
}
