/*
 * loopback: our own TLS server and client talking over 127.0.0.1, both on
 * non-blocking sockets driven by poll(2), as SSL_connect(3) and
 * SSL_accept(3) describe.  The server runs in a child process; the client
 * connects three times and prints what was agreed each time: TLS 1.3, then
 * TLS 1.2, then TLS 1.2 again offering the second connection's session,
 * which the server resumes (TLS 1.3 sessions cannot be resumed here: see
 * SSL_SESSION_is_resumable(3)).  Built by `make demo` against the staged
 * library; it needs no other TLS program.
 *
 *   loopback [-p IGNORED] CERT KEY
 */
#include <sys/socket.h>
#include <sys/wait.h>

#include <arpa/inet.h>
#include <netinet/in.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

#define CONNECTIONS 3

static const unsigned char alpn[] = "\x02h2\x08http/1.1";

/* Waits on fd for what SSL_get_error() asked; 0 on a real error. */
static int
wait_for(SSL *ssl, int fd, int ret)
{
	struct pollfd p = { fd, 0, 0 };

	switch (SSL_get_error(ssl, ret)) {
	case SSL_ERROR_WANT_READ:
		p.events = POLLIN;
		break;
	case SSL_ERROR_WANT_WRITE:
		p.events = POLLOUT;
		break;
	default:
		ERR_print_errors_fp(stderr);
		return 0;
	}
	return poll(&p, 1, 10000) == 1;
}

static int
select_alpn(SSL *ssl, const unsigned char **out, unsigned char *outlen,
    const unsigned char *in, unsigned int inlen, void *arg)
{
	(void)ssl;
	(void)arg;
	return SSL_select_next_proto((unsigned char **)out, outlen, alpn + 3,
	    sizeof(alpn) - 4, in, inlen) == OPENSSL_NPN_NEGOTIATED ?
	    SSL_TLSEXT_ERR_OK : SSL_TLSEXT_ERR_NOACK;
}

static void
serve(int listener, const char *cert, const char *key)
{
	SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
	char buf[256];

	if (SSL_CTX_use_certificate_chain_file(ctx, cert) != 1 ||
	    SSL_CTX_use_PrivateKey_file(ctx, key, SSL_FILETYPE_PEM) != 1) {
		ERR_print_errors_fp(stderr);
		_exit(1);
	}
	SSL_CTX_set_alpn_select_cb(ctx, select_alpn, NULL);
	for (int i = 0; i < CONNECTIONS; i++) {
		int fd = accept(listener, NULL, NULL), ret;
		SSL *ssl;

		if (fd == -1)
			_exit(1);
		fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
		ssl = SSL_new(ctx);
		SSL_set_fd(ssl, fd);
		while ((ret = SSL_accept(ssl)) != 1)
			if (!wait_for(ssl, fd, ret))
				_exit(1);
		while ((ret = SSL_read(ssl, buf, sizeof(buf))) <= 0)
			if (!wait_for(ssl, fd, ret))
				_exit(1);
		while (SSL_write(ssl, buf, ret) <= 0)
			if (!wait_for(ssl, fd, -1))
				_exit(1);
		while ((ret = SSL_shutdown(ssl)) < 0)
			if (!wait_for(ssl, fd, ret))
				break;
		SSL_free(ssl);
		close(fd);
	}
	SSL_CTX_free(ctx);
	_exit(0);
}

/* The session of the last connection, offered by the next one. */
static SSL_SESSION *last;

static int
client(SSL_CTX *ctx, int port, int n)
{
	struct sockaddr_in sin;
	const unsigned char *proto;
	unsigned int protolen;
	char buf[256];
	int fd, ret;
	SSL *ssl;

	fd = socket(AF_INET, SOCK_STREAM, 0);
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_port = htons(port);
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (connect(fd, (struct sockaddr *)&sin, sizeof(sin)) == -1 && errno != EINPROGRESS)
		return 0;
	ssl = SSL_new(ctx);
	SSL_set_fd(ssl, fd);
	SSL_set_tlsext_host_name(ssl, "localhost");
	if (n > 1)
		SSL_set_max_proto_version(ssl, TLS1_2_VERSION);
	if (last != NULL)
		SSL_set_session(ssl, last);
	while ((ret = SSL_connect(ssl)) != 1)
		if (!wait_for(ssl, fd, ret))
			return 0;
	SSL_get0_alpn_selected(ssl, &proto, &protolen);
	printf("connection %d: %s, %s, group %ld, ALPN %.*s, resumed %s\n", n,
	    SSL_get_version(ssl), SSL_get_cipher_name(ssl),
	    (long)SSL_get_negotiated_group(ssl), (int)protolen,
	    proto != NULL ? (const char *)proto : "(none)", SSL_session_reused(ssl) ? "yes" : "no");
	while (SSL_write(ssl, "ping\n", 5) <= 0)
		if (!wait_for(ssl, fd, -1))
			return 0;
	while ((ret = SSL_read(ssl, buf, sizeof(buf))) <= 0)
		if (!wait_for(ssl, fd, ret))
			return 0;
	printf("connection %d: sent ping, server echoed %.*s", n, ret, buf);
	while ((ret = SSL_shutdown(ssl)) == 0 || (ret < 0 && wait_for(ssl, fd, ret)))
		if (ret == 0) {
			struct pollfd p = { fd, POLLIN, 0 };
			poll(&p, 1, 10000);
		}
	printf("connection %d: closed (%s)\n", n, ret == 1 ? "both close_notify seen" : "error");
	SSL_SESSION_free(last);
	last = SSL_get1_session(ssl);
	SSL_free(ssl);
	close(fd);
	return ret == 1;
}

int
main(int argc, char *argv[])
{
	struct sockaddr_in sin;
	socklen_t len = sizeof(sin);
	int listener, status, ok = 1;
	SSL_CTX *ctx;
	pid_t pid;

	/* The test runner passes -p PORT first; the files are the last two arguments. */
	if (argc < 3) {
		fprintf(stderr, "usage: loopback cert.pem key.pem\n");
		return 2;
	}
	signal(SIGPIPE, SIG_IGN);
	listener = socket(AF_INET, SOCK_STREAM, 0);
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (bind(listener, (struct sockaddr *)&sin, sizeof(sin)) == -1 ||
	    listen(listener, 4) == -1 ||
	    getsockname(listener, (struct sockaddr *)&sin, &len) == -1)
		return 1;
	printf("listening on 127.0.0.1\n");
	fprintf(stderr, "server port: %d\n", ntohs(sin.sin_port));
	fflush(stdout);
	if ((pid = fork()) == 0) {
		alarm(30);
		serve(listener, argv[argc - 2], argv[argc - 1]);
	}
	close(listener);

	ctx = SSL_CTX_new(TLS_client_method());
	SSL_CTX_set_alpn_protos(ctx, alpn, sizeof(alpn) - 1);
	for (int n = 1; n <= CONNECTIONS; n++)
		ok &= client(ctx, ntohs(sin.sin_port), n);
	SSL_SESSION_free(last);
	SSL_CTX_free(ctx);
	waitpid(pid, &status, 0);
	printf("server process: %s\n", WIFEXITED(status) && WEXITSTATUS(status) == 0 ? "done" : "failed");
	return ok && WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
}
