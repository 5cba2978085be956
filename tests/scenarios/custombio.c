/*
 * custombio: a client whose transport is a BIO_METHOD written here, as
 * curl and nginx write theirs.  Its read and write callbacks wrap recv(2)
 * and send(2) on a blocking socket, but at pseudo-random points they do no
 * I/O and return -1 after BIO_set_retry_read/BIO_set_retry_write; the
 * library must report SSL_ERROR_WANT_READ/WANT_WRITE and continue where
 * it stopped when called again.  Runs the handshake and 64 KiB of lines
 * through openssl s_server -rev.
 *
 *   custombio -p PORT [-M 1.2|1.3]
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

#define LINES 1024

static unsigned int seed = 12345;
static int injected_read, injected_write, created, destroyed;

/* Fails about one call in three, deterministically. */
static int
inject(void)
{
	seed = seed * 1103515245u + 12345u;
	return (seed >> 16) % 3 == 0;
}

static int
sock_write(BIO *b, const char *buf, int len)
{
	int fd = *(int *)BIO_get_data(b);
	ssize_t n;

	BIO_clear_retry_flags(b);
	if (inject()) {
		injected_write++;
		BIO_set_retry_write(b);
		return -1;
	}
	n = send(fd, buf, (size_t)len, 0);
	return n < 0 ? -1 : (int)n;
}

static int
sock_read(BIO *b, char *buf, int len)
{
	int fd = *(int *)BIO_get_data(b);
	ssize_t n;

	BIO_clear_retry_flags(b);
	if (inject()) {
		injected_read++;
		BIO_set_retry_read(b);
		return -1;
	}
	n = recv(fd, buf, (size_t)len, 0);
	return n < 0 ? -1 : (int)n;
}

static long
sock_ctrl(BIO *b, int cmd, long larg, void *parg)
{
	(void)b;
	(void)larg;
	(void)parg;
	return cmd == BIO_CTRL_FLUSH ? 1 : 0;
}

static int
sock_create(BIO *b)
{
	created++;
	BIO_set_init(b, 1);
	return 1;
}

static int
sock_destroy(BIO *b)
{
	(void)b;
	destroyed++;
	return 1;
}

/* Calls f until it does not ask to be retried. */
#define RETRY(ssl, expr) ({						\
	int r_;								\
	while ((r_ = (expr)) <= 0) {					\
		int e_ = SSL_get_error((ssl), r_);			\
		if (e_ != SSL_ERROR_WANT_READ && e_ != SSL_ERROR_WANT_WRITE) \
			break;						\
	}								\
	r_;								\
})

int
main(int argc, char *argv[])
{
	int port = -1, maxv = 0, ch, fd, ret, type;
	struct sockaddr_in sin;
	char line[64], reply[64], expect[64];
	long bad = 0, got = 0;
	BIO_METHOD *meth;
	SSL_CTX *ctx;
	SSL *ssl;
	BIO *bio;

	while ((ch = getopt(argc, argv, "p:M:")) != -1) {
		switch (ch) {
		case 'p': port = atoi(optarg); break;
		case 'M': maxv = strcmp(optarg, "1.2") == 0 ? TLS1_2_VERSION : TLS1_3_VERSION; break;
		default: return 2;
		}
	}
	signal(SIGPIPE, SIG_IGN);

	type = BIO_get_new_index();
	printf("new index is past BIO_TYPE_START: %s\n", type >= BIO_TYPE_START ? "yes" : "no");
	meth = BIO_meth_new(type, "test socket");
	BIO_meth_set_write(meth, sock_write);
	BIO_meth_set_read(meth, sock_read);
	BIO_meth_set_ctrl(meth, sock_ctrl);
	BIO_meth_set_create(meth, sock_create);
	BIO_meth_set_destroy(meth, sock_destroy);

	fd = socket(AF_INET, SOCK_STREAM, 0);
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_port = htons(port);
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (connect(fd, (struct sockaddr *)&sin, sizeof(sin)) == -1)
		return 1;

	ctx = SSL_CTX_new(TLS_client_method());
	if (maxv != 0)
		SSL_CTX_set_max_proto_version(ctx, maxv);
	ssl = SSL_new(ctx);
	bio = BIO_new(meth);
	BIO_set_data(bio, &fd);
	printf("method type: %s\n", BIO_method_type(bio) == type ? "ours" : "other");
	SSL_set_bio(ssl, bio, bio);

	ret = RETRY(ssl, SSL_connect(ssl));
	printf("connect: %d\n", ret);
	if (ret != 1) {
		ERR_print_errors_fp(stdout);
		return 1;
	}
	printf("version: %s\n", SSL_get_version(ssl));

	for (int i = 0; i < LINES; i++) {
		snprintf(line, sizeof(line), "line %04d of the custom BIO test, reversed by the server\n", i);
		if (RETRY(ssl, SSL_write(ssl, line, (int)strlen(line))) != (int)strlen(line)) {
			printf("write %d failed\n", i);
			break;
		}
		/* s_server -rev answers each line with the line reversed. */
		int len = (int)strlen(line), have = 0;
		while (have < len) {
			int n = RETRY(ssl, SSL_read(ssl, reply + have, len - have));
			if (n <= 0)
				break;
			have += n;
		}
		for (int a = 0; a < len - 1; a++)
			expect[a] = line[len - 2 - a];
		expect[len - 1] = '\n';
		if (have != len || memcmp(reply, expect, len) != 0)
			bad++;
		got += have;
	}
	printf("lines answered correctly: %s\n", bad == 0 && got > 0 ? "all" : "not all");
	printf("retries injected on read and write: %s\n",
	    injected_read > 0 && injected_write > 0 ? "yes" : "no");
	ret = RETRY(ssl, SSL_shutdown(ssl));
	printf("shutdown: %d\n", ret);
	SSL_free(ssl);
	printf("create and destroy called: %d %d\n", created, destroyed);
	BIO_meth_free(meth);
	SSL_CTX_free(ctx);
	close(fd);
	return 0;
}
