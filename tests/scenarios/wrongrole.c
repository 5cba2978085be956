/*
 * wrongrole: SSL_connect on an SSL made from TLS_server_method, and
 * SSL_accept on one from TLS_client_method.  OpenSSL's methods have no
 * function for the other role: each call returns 0 with SSL_ERROR_SSL and
 * ERR_R_SHOULD_NOT_HAVE_BEEN_CALLED.  Prints what it observes.
 */
#include <sys/socket.h>

#include <stdio.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

static void
attempt(const char *what, const SSL_METHOD *method, int server, int fd)
{
	SSL_CTX *ctx = SSL_CTX_new(method);
	SSL *ssl = SSL_new(ctx);
	unsigned long e;
	int r;

	SSL_set_fd(ssl, fd);
	r = server ? SSL_accept(ssl) : SSL_connect(ssl);
	e = ERR_peek_error();
	printf("%s: %d error %d lib %d reason %d\n", what, r, SSL_get_error(ssl, r),
	    ERR_GET_LIB(e), ERR_GET_REASON(e));
	ERR_clear_error();
	SSL_free(ssl);
	SSL_CTX_free(ctx);
}

int
main(int argc, char *argv[])
{
	int sv[2];

	(void)argc;
	(void)argv;	/* the runner passes -p PORT */

	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == -1)
		return 1;
	attempt("connect with TLS_server_method", TLS_server_method(), 0, sv[0]);
	attempt("accept with TLS_client_method", TLS_client_method(), 1, sv[0]);
	close(sv[0]);
	close(sv[1]);
	return 0;
}
