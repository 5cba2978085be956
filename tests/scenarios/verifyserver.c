/*
 * verifyserver: a TLS server that asks for the client's certificate and
 * verifies it (SSL_CTX_set_verify(3) on a server), printing what a caller
 * can observe: SSL_accept's return and SSL_get_error, the verify result
 * and its text, the reason SSL put last on the error queue.  It listens on
 * a free port of 127.0.0.1 ("PORT n" on stderr), accepts one connection
 * and, after a successful handshake, answers one line reversed.  Built
 * against our library and against OpenSSL, driven by openssl s_client.
 *
 *   verifyserver -c CERT -k KEY [-A CAFILE] [-v none|peer|fail|once] [-M 1.2]
 *
 *   -v   none: SSL_VERIFY_NONE; peer: SSL_VERIFY_PEER; fail: also
 *        SSL_VERIFY_FAIL_IF_NO_PEER_CERT; once: also SSL_VERIFY_CLIENT_ONCE
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

int
main(int argc, char *argv[])
{
	const char *cert = NULL, *key = NULL, *cafile = NULL, *vmode = "none";
	int ch, lfd, fd, ret, mode = SSL_VERIFY_NONE, maxv = 0;
	struct sockaddr_in sin;
	socklen_t len = sizeof(sin);
	unsigned long e;
	long result;
	char buf[256];
	SSL_CTX *ctx;
	SSL *ssl;

	signal(SIGPIPE, SIG_IGN);
	while ((ch = getopt(argc, argv, "c:k:A:v:M:")) != -1) {
		switch (ch) {
		case 'c': cert = optarg; break;
		case 'k': key = optarg; break;
		case 'A': cafile = optarg; break;
		case 'v': vmode = optarg; break;
		case 'M': maxv = strcmp(optarg, "1.2") == 0 ? TLS1_2_VERSION : TLS1_3_VERSION; break;
		default: return 2;
		}
	}
	if (strcmp(vmode, "peer") == 0)
		mode = SSL_VERIFY_PEER;
	else if (strcmp(vmode, "fail") == 0)
		mode = SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT;
	else if (strcmp(vmode, "once") == 0)
		mode = SSL_VERIFY_PEER | SSL_VERIFY_CLIENT_ONCE;

	ctx = SSL_CTX_new(TLS_server_method());
	if (SSL_CTX_use_certificate_file(ctx, cert, SSL_FILETYPE_PEM) != 1 ||
	    SSL_CTX_use_PrivateKey_file(ctx, key, SSL_FILETYPE_PEM) != 1)
		return 1;
	if (cafile != NULL)
		printf("load verify locations: %d\n", SSL_CTX_load_verify_locations(ctx, cafile, NULL));
	if (maxv != 0)
		SSL_CTX_set_max_proto_version(ctx, maxv);
	SSL_CTX_set_verify(ctx, mode, NULL);
	printf("verify mode: %d\n", SSL_CTX_get_verify_mode(ctx));

	lfd = socket(AF_INET, SOCK_STREAM, 0);
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (bind(lfd, (struct sockaddr *)&sin, sizeof(sin)) != 0 || listen(lfd, 1) != 0 ||
	    getsockname(lfd, (struct sockaddr *)&sin, &len) != 0)
		return 1;
	fprintf(stderr, "PORT %d\n", ntohs(sin.sin_port));
	fflush(stdout);
	fflush(stderr);
	fd = accept(lfd, NULL, NULL);
	if (fd < 0)
		return 1;
	ssl = SSL_new(ctx);
	SSL_set_fd(ssl, fd);
	ret = SSL_accept(ssl);
	printf("accept: %d\n", ret);
	printf("accept error: %d\n", SSL_get_error(ssl, ret));
	result = SSL_get_verify_result(ssl);
	printf("verify result: %ld \"%s\"\n", result, X509_verify_cert_error_string(result));
	e = ERR_peek_last_error();
	if (e == 0)
		printf("queue: empty\n");
	else
		printf("queue last: lib=%d reason=%d \"%s\"\n", ERR_GET_LIB(e), ERR_GET_REASON(e),
		    ERR_reason_error_string(e) != NULL ? ERR_reason_error_string(e) : "(null)");
	ERR_clear_error();
	if (ret == 1) {
		/* TLS 1.3: the client's certificate is verified in the handshake, before this read. */
		ret = SSL_read(ssl, buf, sizeof(buf) - 1);
		printf("read: %d\n", ret);
		if (ret > 0) {
			int n = ret;

			while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r'))
				n--;
			for (int i = 0; i < n / 2; i++) {
				char t = buf[i];

				buf[i] = buf[n - 1 - i];
				buf[n - 1 - i] = t;
			}
			printf("write: %d\n", SSL_write(ssl, buf, ret));
		}
		SSL_shutdown(ssl);
	}
	SSL_free(ssl);
	/* FIN, then drain: a reset could make the client lose our alert. */
	shutdown(fd, SHUT_WR);
	while (read(fd, buf, sizeof(buf)) > 0)
		continue;
	close(fd);
	close(lfd);
	SSL_CTX_free(ctx);
	return 0;
}
