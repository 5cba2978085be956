/*
 * inproc: a client and a server of the same library in one process, the
 * caller moving the bytes between them, as SSL_connect(3) describes for
 * buffering BIOs.  Each SSL has a BIO pair (with 256-byte buffers) or two
 * memory BIOs; the program copies what one side's network end holds into
 * the other's, calls SSL_connect/SSL_accept until both are done, then
 * moves 100 KiB each way with SSL_write/SSL_read and closes both sessions.
 *
 *   inproc -c CERT -k KEY -m pair|mem [-M 1.2|1.3] [-p IGNORED]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

#define DATA (100 * 1024)

static int use_pair;
static long moved;

/* Network ends: what the SSL wrote is read here, what it reads is written here. */
struct end {
	SSL *ssl;
	BIO *out;	/* read the SSL's output from here */
	BIO *in;	/* write the peer's output here */
};

/* Moves what a's SSL has written into b's input.  Returns bytes moved. */
static int
move(struct end *a, struct end *b)
{
	char buf[512];
	int total = 0;

	for (;;) {
		int room = sizeof(buf), n, w;

		if (use_pair) {
			room = (int)BIO_ctrl_get_write_guarantee(b->in);
			if (room > (int)sizeof(buf))
				room = sizeof(buf);
			if (room <= 0)
				break;
		}
		if ((int)BIO_ctrl_pending(a->out) <= 0)
			break;
		n = BIO_read(a->out, buf, room);
		if (n <= 0)
			break;
		w = BIO_write(b->in, buf, n);
		if (w != n) {
			printf("move: short write %d of %d\n", w, n);
			exit(1);
		}
		total += n;
	}
	moved += total;
	return total;
}

static void
setup(struct end *e, SSL_CTX *ctx)
{
	e->ssl = SSL_new(ctx);
	if (use_pair) {
		BIO *internal, *network;

		if (BIO_new_bio_pair(&internal, 256, &network, 256) != 1) {
			printf("bio pair failed\n");
			exit(1);
		}
		SSL_set_bio(e->ssl, internal, internal);
		e->out = e->in = network;
	} else {
		BIO *rbio = BIO_new(BIO_s_mem()), *wbio = BIO_new(BIO_s_mem());

		SSL_set_bio(e->ssl, rbio, wbio);
		e->out = wbio;
		e->in = rbio;
	}
}

static int
retry(SSL *ssl, int ret, const char *what)
{
	int err = SSL_get_error(ssl, ret);

	if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
		return 1;
	printf("%s: %d error %d\n", what, ret, err);
	ERR_print_errors_fp(stdout);
	exit(1);
}

int
main(int argc, char *argv[])
{
	const char *cert = NULL, *key = NULL;
	int maxv = 0, ch, c = 0, s = 0, rounds;
	unsigned char *data, *got;
	long sent_c = 0, recv_s = 0, sent_s = 0, recv_c = 0;
	SSL_CTX *cctx, *sctx;
	struct end client, server;

	while ((ch = getopt(argc, argv, "c:k:m:M:p:")) != -1) {
		switch (ch) {
		case 'c': cert = optarg; break;
		case 'k': key = optarg; break;
		case 'm': use_pair = strcmp(optarg, "pair") == 0; break;
		case 'p': break;	/* the runner gives every program a port */
		case 'M': maxv = strcmp(optarg, "1.2") == 0 ? TLS1_2_VERSION : TLS1_3_VERSION; break;
		default: return 2;
		}
	}
	if (cert == NULL || key == NULL)
		return 2;

	cctx = SSL_CTX_new(TLS_client_method());
	sctx = SSL_CTX_new(TLS_server_method());
	if (maxv != 0)
		SSL_CTX_set_max_proto_version(cctx, maxv);
	if (SSL_CTX_use_certificate_file(sctx, cert, SSL_FILETYPE_PEM) != 1 ||
	    SSL_CTX_use_PrivateKey_file(sctx, key, SSL_FILETYPE_PEM) != 1) {
		ERR_print_errors_fp(stdout);
		return 1;
	}
	setup(&client, cctx);
	setup(&server, sctx);
	SSL_set_connect_state(client.ssl);
	SSL_set_accept_state(server.ssl);

	for (rounds = 0; rounds < 10000 && (c != 1 || s != 1); rounds++) {
		if (c != 1 && (c = SSL_do_handshake(client.ssl)) != 1)
			retry(client.ssl, c, "client handshake");
		move(&client, &server);
		if (s != 1 && (s = SSL_do_handshake(server.ssl)) != 1)
			retry(server.ssl, s, "server handshake");
		move(&server, &client);
	}
	printf("handshake: client %d server %d\n", c, s);
	printf("version: %s %s\n", SSL_get_version(client.ssl), SSL_get_version(server.ssl));
	printf("cipher: %s\n", SSL_get_cipher_name(client.ssl));
	printf("same cipher: %s\n",
	    strcmp(SSL_get_cipher_name(client.ssl), SSL_get_cipher_name(server.ssl)) == 0 ? "yes" : "no");
	printf("roles: client %d server %d\n", SSL_is_server(client.ssl), SSL_is_server(server.ssl));

	data = malloc(DATA);
	got = malloc(DATA);
	for (int i = 0; i < DATA; i++)
		data[i] = (unsigned char)(i * 31 + 7);

	/* Both directions at once, through buffers smaller than a record. */
	for (rounds = 0; rounds < 100000 && (recv_s < DATA || recv_c < DATA); rounds++) {
		int n;

		if (sent_c < DATA) {
			n = SSL_write(client.ssl, data + sent_c, (int)(DATA - sent_c > 4000 ? 4000 : DATA - sent_c));
			if (n > 0)
				sent_c += n;
			else
				retry(client.ssl, n, "client write");
		}
		if (sent_s < DATA) {
			n = SSL_write(server.ssl, data + sent_s, (int)(DATA - sent_s > 3000 ? 3000 : DATA - sent_s));
			if (n > 0)
				sent_s += n;
			else
				retry(server.ssl, n, "server write");
		}
		move(&client, &server);
		move(&server, &client);
		while ((n = SSL_read(server.ssl, got + recv_s, (int)(DATA - recv_s))) > 0) {
			if (memcmp(got + recv_s, data + recv_s, n) != 0) {
				printf("server read: corrupt data\n");
				return 1;
			}
			recv_s += n;
		}
		if (recv_s < DATA)
			retry(server.ssl, n, "server read");
		while ((n = SSL_read(client.ssl, got + recv_c, (int)(DATA - recv_c))) > 0) {
			if (memcmp(got + recv_c, data + recv_c, n) != 0) {
				printf("client read: corrupt data\n");
				return 1;
			}
			recv_c += n;
		}
		if (recv_c < DATA)
			retry(client.ssl, n, "client read");
	}
	printf("client to server: %ld of %d\n", recv_s, DATA);
	printf("server to client: %ld of %d\n", recv_c, DATA);
	printf("bytes moved by the caller: %s\n", moved > 2 * DATA ? "all" : "too few");

	printf("client shutdown: %d\n", SSL_shutdown(client.ssl));
	move(&client, &server);
	{
		char b[16];
		int n = SSL_read(server.ssl, b, sizeof(b));

		printf("server read after close_notify: %d error %d\n", n, SSL_get_error(server.ssl, n));
	}
	printf("server shutdown: %d\n", SSL_shutdown(server.ssl));
	move(&server, &client);
	printf("client shutdown again: %d\n", SSL_shutdown(client.ssl));

	SSL_free(client.ssl);
	SSL_free(server.ssl);
	if (use_pair) {
		BIO_free(client.out);
		BIO_free(server.out);
	}
	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	free(data);
	free(got);
	return 0;
}
