/*
 * keylog: SSL_CTX_set_keylog_callback(3).  The lines our callback is given
 * are written to a file, to be compared with the key log of the peer.
 *
 *   keylog -p PORT [-M 1.2|1.3] -o FILE
 *	client of a server that echoes lines reversed (openssl s_server
 *	-rev -keylogfile): FILE gets the client's key log lines.
 *   keylog -I -c CERT -k KEY [-M 1.2|1.3] -o FILE
 *	our client and our server in one process over a BIO pair: FILE gets
 *	the client's lines, FILE.server the server's.
 */
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

static FILE *client_log, *server_log;
static int lines, bad_lines;

/* The callback: the line must have no newline and three fields. */
static void
log_line(const SSL *ssl, const char *line)
{
	FILE *f = SSL_is_server(ssl) ? server_log : client_log;

	lines++;
	if (strchr(line, '\n') != NULL || strchr(line, ' ') == NULL)
		bad_lines++;
	fprintf(f, "%s\n", line);
	fflush(f);
}

static int
handshake_both(SSL *c, SSL *s)
{
	int rc = 0, rs = 0;

	for (int i = 0; i < 200 && (rc != 1 || rs != 1); i++) {
		if (rc != 1 && (rc = SSL_do_handshake(c)) != 1 &&
		    SSL_get_error(c, rc) != SSL_ERROR_WANT_READ)
			return 0;
		if (rs != 1 && (rs = SSL_do_handshake(s)) != 1 &&
		    SSL_get_error(s, rs) != SSL_ERROR_WANT_READ)
			return 0;
	}
	return rc == 1 && rs == 1;
}

int
main(int argc, char **argv)
{
	int c, port = 0, max = TLS1_3_VERSION, inproc = 0;
	const char *out = NULL, *cert = NULL, *key = NULL;
	char path[4096], buf[64];
	SSL_CTX *ctx;
	SSL *ssl;

	while ((c = getopt(argc, argv, "p:M:o:Ic:k:")) != -1) {
		switch (c) {
		case 'p': port = atoi(optarg); break;
		case 'M': max = strcmp(optarg, "1.2") == 0 ? TLS1_2_VERSION : TLS1_3_VERSION; break;
		case 'o': out = optarg; break;
		case 'I': inproc = 1; break;
		case 'c': cert = optarg; break;
		case 'k': key = optarg; break;
		default: return 2;
		}
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (out == NULL || (client_log = fopen(out, "w")) == NULL)
		return 2;
	snprintf(path, sizeof(path), "%s.server", out);
	if ((server_log = fopen(path, "w")) == NULL)
		return 2;

	ctx = SSL_CTX_new(TLS_client_method());
	SSL_CTX_set_max_proto_version(ctx, max);
	printf("callback before set: %s\n", SSL_CTX_get_keylog_callback(ctx) == NULL ? "none" : "some");
	SSL_CTX_set_keylog_callback(ctx, log_line);
	printf("callback after set: %s\n", SSL_CTX_get_keylog_callback(ctx) == log_line ? "ours" : "other");
	ssl = SSL_new(ctx);
	if (inproc) {
		SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
		SSL *s;
		BIO *a, *b;

		if (SSL_CTX_use_certificate_file(sctx, cert, SSL_FILETYPE_PEM) != 1 ||
		    SSL_CTX_use_PrivateKey_file(sctx, key, SSL_FILETYPE_PEM) != 1)
			return 1;
		SSL_CTX_set_keylog_callback(sctx, log_line);
		s = SSL_new(sctx);
		BIO_new_bio_pair(&a, 0, &b, 0);
		SSL_set_bio(ssl, a, a);
		SSL_set_bio(s, b, b);
		SSL_set_connect_state(ssl);
		SSL_set_accept_state(s);
		printf("handshake: %s\n", handshake_both(ssl, s) ? "ok" : "FAILED");
		printf("version: %s\n", SSL_get_version(ssl));
		SSL_free(s);
		SSL_CTX_free(sctx);
	} else {
		struct sockaddr_in sin;
		int fd = socket(AF_INET, SOCK_STREAM, 0), n;

		memset(&sin, 0, sizeof(sin));
		sin.sin_family = AF_INET;
		sin.sin_port = htons(port);
		sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		if (connect(fd, (struct sockaddr *)&sin, sizeof(sin)) == -1)
			return 1;
		SSL_set_fd(ssl, fd);
		printf("connect: %d\n", SSL_connect(ssl));
		printf("version: %s\n", SSL_get_version(ssl));
		SSL_write(ssl, "hello\n", 6);
		n = SSL_read(ssl, buf, sizeof(buf) - 1);
		printf("read: %d\n", n);
		SSL_shutdown(ssl);
		close(fd);
	}
	printf("lines without a newline, with fields: %s\n", lines > 0 && bad_lines == 0 ? "all" : "NOT ALL");
	SSL_free(ssl);
	SSL_CTX_free(ctx);
	fclose(client_log);
	fclose(server_log);
	return 0;
}
