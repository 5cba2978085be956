/*
 * threads: many threads, each with its own SSL objects made from one
 * shared client SSL_CTX and one shared server SSL_CTX, run complete
 * handshakes and an exchange over BIO pairs; meanwhile each thread checks
 * that the error queue is its own (an error pushed on one thread never
 * shows on another).  Prints totals only, so the transcript is the same
 * whatever the scheduling.
 *
 *   threads -c CERT -k KEY [-t THREADS] [-n CONNECTIONS_PER_THREAD]
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

#include "common.h"

static SSL_CTX *cctx, *sctx;
static int per_thread = 10;

struct result {
	int handshakes, exchanges, foreign_errors, own_errors;
};

static void *
run(void *arg)
{
	struct result *r = arg;

	for (int i = 0; i < per_thread; i++) {
		SSL *c = SSL_new(cctx), *s = SSL_new(sctx);
		BIO *ci, *cn, *si, *sn;
		int rc = 0, rs = 0;
		char msg[32], got[32];

		/* Nothing queued by other threads may be visible here. */
		if (ERR_peek_error() != 0)
			r->foreign_errors++;
		BIO_new_bio_pair(&ci, 4096, &cn, 4096);
		BIO_new_bio_pair(&si, 4096, &sn, 4096);
		SSL_set_bio(c, ci, ci);
		SSL_set_bio(s, si, si);
		SSL_set_connect_state(c);
		SSL_set_accept_state(s);
		for (int k = 0; k < 100 && (rc != 1 || rs != 1); k++) {
			if (rc != 1)
				rc = SSL_do_handshake(c);
			pump_pair(cn, sn);
			if (rs != 1)
				rs = SSL_do_handshake(s);
			pump_pair(sn, cn);
		}
		if (rc == 1 && rs == 1) {
			r->handshakes++;
			snprintf(msg, sizeof(msg), "message %d", i);
			if (SSL_write(c, msg, (int)strlen(msg)) == (int)strlen(msg)) {
				pump_pair(cn, sn);
				int n = SSL_read(s, got, sizeof(got));
				if (n == (int)strlen(msg) && memcmp(got, msg, n) == 0)
					r->exchanges++;
			}
		}
		/* An error of our own, seen by us and then cleared. */
		{
			SSL_CTX *x = SSL_CTX_new(TLS_method());

			if (SSL_CTX_set_cipher_list(x, "NO-SUCH-CIPHER") == 0 &&
			    ERR_GET_REASON(ERR_peek_error()) == SSL_R_NO_CIPHER_MATCH)
				r->own_errors++;
			ERR_clear_error();
			SSL_CTX_free(x);
		}
		SSL_free(c);
		SSL_free(s);
		BIO_free(cn);
		BIO_free(sn);
	}
	return NULL;
}

int
main(int argc, char *argv[])
{
	const char *cert = NULL, *key = NULL;
	int threads = 8, ch;
	pthread_t tid[64];
	struct result res[64], total = { 0, 0, 0, 0 };

	while ((ch = getopt(argc, argv, "c:k:t:n:p:")) != -1) {
		switch (ch) {
		case 'c': cert = optarg; break;
		case 'k': key = optarg; break;
		case 't': threads = atoi(optarg); break;
		case 'n': per_thread = atoi(optarg); break;
		case 'p': break;	/* the runner gives every program a port */
		default: return 2;
		}
	}
	if (cert == NULL || key == NULL || threads < 1 || threads > 64)
		return 2;
	cctx = SSL_CTX_new(TLS_client_method());
	sctx = SSL_CTX_new(TLS_server_method());
	if (SSL_CTX_use_certificate_file(sctx, cert, SSL_FILETYPE_PEM) != 1 ||
	    SSL_CTX_use_PrivateKey_file(sctx, key, SSL_FILETYPE_PEM) != 1)
		return 1;
	memset(res, 0, sizeof(res));
	for (int t = 0; t < threads; t++)
		pthread_create(&tid[t], NULL, run, &res[t]);
	for (int t = 0; t < threads; t++) {
		pthread_join(tid[t], NULL);
		total.handshakes += res[t].handshakes;
		total.exchanges += res[t].exchanges;
		total.foreign_errors += res[t].foreign_errors;
		total.own_errors += res[t].own_errors;
	}
	printf("threads: %d x %d\n", threads, per_thread);
	printf("handshakes: %d\n", total.handshakes);
	printf("exchanges: %d\n", total.exchanges);
	printf("errors seen from other threads: %d\n", total.foreign_errors);
	printf("own errors seen: %d\n", total.own_errors);
	printf("context still usable: %s\n", SSL_CTX_up_ref(cctx) == 1 ? "yes" : "no");
	SSL_CTX_free(cctx);
	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	return 0;
}
