/*
 * tlsget: a small base-system utility that fetches over TLS, the kind of
 * program a system image links against its libssl.  It lives with the
 * tests, not in the library: the tests build it from an installed image
 * (headers, pkg-config, library), dynamically and statically.
 *
 *	tlsget [-n] [-s name] [-C cafile] host:port [request ...]
 *
 * Connects to host:port, sends the request words joined by spaces as one
 * line ending in CRLF, then an empty line (an HTTP/1.0 request without
 * headers; nothing is sent if there are no words), and copies the reply
 * to standard output until the peer's close_notify or end of file.
 *
 *	-n	non-blocking: the socket is O_NONBLOCK and every wait
 *		(connect, handshake, write, read) is a poll(2) on it
 *	-s name	send name as SNI (server name indication); it is also the
 *		name the certificate is checked against when verifying
 *	-C file	trust the CA certificates in file instead of the system's
 *		(SSL_CTX_set_default_verify_paths: SSL_CERT_FILE, SSL_CERT_DIR,
 *		else the system bundle)
 *
 * tlsget always verifies the server's certificate chain and its name
 * (-s name, or the host) and fails if either is wrong.
 *
 * Exit status 0 when the reply has been read to its end; 1 on any
 * failure, after printing the reason and the error queue to stderr.
 */
#include <sys/types.h>
#include <sys/socket.h>

#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

static int nonblocking;

static void
usage(void)
{
	fprintf(stderr, "usage: tlsget [-n] [-s name] [-C cafile] host:port [request ...]\n");
	exit(2);
}

static void
fail(const char *what)
{
	fprintf(stderr, "tlsget: %s\n", what);
	ERR_print_errors_fp(stderr);
	exit(1);
}

/* Wait until fd is ready for events; only in non-blocking mode. */
static void
wait_for(int fd, short events)
{
	struct pollfd pfd;
	int n;

	pfd.fd = fd;
	pfd.events = events;
	pfd.revents = 0;
	do
		n = poll(&pfd, 1, 30000);
	while (n == -1 && errno == EINTR);
	if (n == -1)
		fail("poll failed");
	if (n == 0)
		fail("timed out after 30 s");
}

/*
 * After an SSL call returned ret <= 0: wait and return 1 if it should be
 * repeated, return 0 at the end of the stream (close_notify, or end of
 * file when eof_ok), and fail otherwise.
 */
static int
again(SSL *ssl, int fd, int ret, const char *what, int eof_ok)
{
	int err = SSL_get_error(ssl, ret);

	switch (err) {
	case SSL_ERROR_WANT_READ:
		if (!nonblocking)
			break;
		wait_for(fd, POLLIN);
		return 1;
	case SSL_ERROR_WANT_WRITE:
		if (!nonblocking)
			break;
		wait_for(fd, POLLOUT);
		return 1;
	case SSL_ERROR_ZERO_RETURN:
		if (eof_ok)
			return 0;
		break;
	case SSL_ERROR_SYSCALL:
		if (eof_ok && ERR_peek_error() == 0 && errno == 0) {
			fprintf(stderr, "tlsget: the connection ended without close_notify\n");
			return 0;
		}
		if (errno != 0)
			perror("tlsget");
		break;
	}
	fprintf(stderr, "tlsget: %s: SSL_get_error %d\n", what, err);
	fail(what);
	return 0;
}

static int
connect_to(const char *host, const char *port)
{
	struct addrinfo hints, *res, *ai;
	int fd = -1, e;

	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	if ((e = getaddrinfo(host, port, &hints, &res)) != 0) {
		fprintf(stderr, "tlsget: %s: %s\n", host, gai_strerror(e));
		exit(1);
	}
	for (ai = res; ai != NULL; ai = ai->ai_next) {
		fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
		if (fd == -1)
			continue;
		if (nonblocking && fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) == -1)
			fail("fcntl O_NONBLOCK");
		if (connect(fd, ai->ai_addr, ai->ai_addrlen) == 0)
			break;
		if (nonblocking && errno == EINPROGRESS) {
			socklen_t len = sizeof(e);

			wait_for(fd, POLLOUT);
			if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &e, &len) == 0 && e == 0)
				break;
			errno = e;
		}
		perror("tlsget: connect");
		close(fd);
		fd = -1;
	}
	freeaddrinfo(res);
	if (fd == -1)
		fail("cannot connect");
	return fd;
}

int
main(int argc, char *argv[])
{
	const char *sni = NULL, *cafile = NULL;
	char *host, *port, *request = NULL;
	char buf[16384];
	size_t len = 0, off;
	SSL_CTX *ctx;
	SSL *ssl;
	int c, fd, i, n;

	while ((c = getopt(argc, argv, "C:ns:")) != -1) {
		switch (c) {
		case 'C':
			cafile = optarg;
			break;
		case 'n':
			nonblocking = 1;
			break;
		case 's':
			sni = optarg;
			break;
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (argc < 1)
		usage();
	host = argv[0];
	if ((port = strrchr(host, ':')) == NULL || port == host || port[1] == '\0')
		usage();
	*port++ = '\0';

	/* The request: the words, one line, then the empty line. */
	for (i = 1; i < argc; i++)
		len += strlen(argv[i]) + 1;
	if (len > 0) {
		if ((request = malloc(len + 3)) == NULL)
			fail("out of memory");
		request[0] = '\0';
		for (i = 1; i < argc; i++) {
			strcat(request, argv[i]);
			strcat(request, i + 1 < argc ? " " : "\r\n\r\n");
		}
		len = strlen(request);
	}

	if (OPENSSL_init_ssl(0, NULL) != 1)
		fail("OPENSSL_init_ssl");
	if ((ctx = SSL_CTX_new(TLS_client_method())) == NULL)
		fail("SSL_CTX_new");
	if (cafile != NULL) {
		if (SSL_CTX_load_verify_locations(ctx, cafile, NULL) != 1)
			fail("SSL_CTX_load_verify_locations");
	} else if (SSL_CTX_set_default_verify_paths(ctx) != 1)
		fail("SSL_CTX_set_default_verify_paths");
	SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
	fd = connect_to(host, port);
	if ((ssl = SSL_new(ctx)) == NULL)
		fail("SSL_new");
	if (SSL_set_fd(ssl, fd) != 1)
		fail("SSL_set_fd");
	if (sni != NULL && SSL_set_tlsext_host_name(ssl, sni) != 1)
		fail("SSL_set_tlsext_host_name");
	if (SSL_set1_host(ssl, sni != NULL ? sni : host) != 1)
		fail("SSL_set1_host");

	while ((n = SSL_connect(ssl)) != 1)
		again(ssl, fd, n, "SSL_connect", 0);

	for (off = 0; off < len; off += (size_t)n) {
		while ((n = SSL_write(ssl, request + off, (int)(len - off))) <= 0)
			again(ssl, fd, n, "SSL_write", 0);
	}

	for (;;) {
		errno = 0;
		n = SSL_read(ssl, buf, sizeof(buf));
		if (n > 0) {
			if (fwrite(buf, 1, (size_t)n, stdout) != (size_t)n)
				fail("write to stdout");
			continue;
		}
		if (!again(ssl, fd, n, "SSL_read", 1))
			break;
	}
	if (fflush(stdout) != 0)
		fail("write to stdout");

	/* Answer the peer's close_notify; a failure here loses nothing. */
	(void)SSL_shutdown(ssl);
	SSL_free(ssl);
	SSL_CTX_free(ctx);
	close(fd);
	free(request);
	return 0;
}
