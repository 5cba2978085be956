/* Claims of ssl(3). */
#include <pthread.h>

#include "claims.h"

static SSL_CTX *shared;

static void *
thread_errors(void *arg)
{
	(void)arg;
	return (void *)(uintptr_t)(ERR_peek_error() == 0);
}

int
main(int argc, char *argv[])
{
	SSL_CTX *cctx, *sctx;
	SSL *c, *s, *ssl;
	struct hello h;
	static unsigned char hello[8192], out[65536];
	int n, outlen, err, ret;

	claims_init(argc, argv);
	cctx = SSL_CTX_new(TLS_client_method());
	sctx = server_ctx(TLS_server_method(), "ec");

	if (argc > 2 && strcmp(argv[2], "rsacert") == 0) {
		/* Only an RSA certificate, for the runner's strace. */
		SSL_CTX *x = SSL_CTX_new(TLS_server_method());

		SSL_CTX_use_certificate_file(x, cert_path("rsa", "pem"), SSL_FILETYPE_PEM);
		SSL_CTX_free(x);
		return 0;
	}
	if (argc > 2 && strcmp(argv[2], "urandom") == 0) {
		/* Two handshakes, for the runner's strace. */
		for (int i = 0; i < 2; i++) {
			connected_pair(cctx, sctx, &c, &s);
			SSL_free(c);
			SSL_free(s);
		}
		return 0;
	}

	/* A server accepts only TLS 1.3 and 1.2. */
	SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
	n = hello_bytes(cctx, NULL, hello, sizeof(hello));
	SSL_CTX_set_max_proto_version(cctx, 0);
	hello[10] = 0x02;	/* client_version TLS 1.1 */
	ret = accept_hello(sctx, hello, n, out, &outlen, &err);
	OURS("a server accepts no version older than TLS 1.2",
	    ret == -1 && err == SSL_ERROR_SSL && queue_is(ERR_LIB_SSL, SSL_R_UNSUPPORTED_PROTOCOL));

	/* Sessions: RFC 5077 tickets are asked for, unless SSL_OP_NO_TICKET; no pre-shared keys. */
	{
		unsigned tlen = 99;

		CHECK("a client asks for a session ticket: an empty SessionTicket extension",
		    capture_hello(cctx, NULL, &h) && hello_ext(&h, 35, &tlen) != NULL && tlen == 0);
		OURS("no pre-shared key extension is sent", hello_ext(&h, 41, NULL) == NULL);
		SSL_CTX_set_options(cctx, SSL_OP_NO_TICKET);
		CHECK("with SSL_OP_NO_TICKET it asks for none",
		    capture_hello(cctx, NULL, &h) && hello_ext(&h, 35, NULL) == NULL);
		SSL_CTX_clear_options(cctx, SSL_OP_NO_TICKET);
	}

	/* Pointers are handles. */
	ssl = SSL_new(cctx);
	{
		SSL *same = ssl;

		SSL_set_fd(ssl, 0);
		SSL_set_connect_state(ssl);
		CHECK("a pointer keeps its value for the life of its object",
		    same == ssl && SSL_get_SSL_CTX(ssl) == cctx);
	}
	SSL_free(ssl);
	OURS("a pointer to a destroyed object is recognised: ERR_R_PASSED_INVALID_ARGUMENT and the failure value",
	    SSL_get_fd(ssl) == -1 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT));
	OURS("a pointer of the wrong type is recognised: ERR_R_PASSED_INVALID_ARGUMENT and the failure value",
	    BIO_pending((BIO *)cctx) == -1 && queue_is(ERR_LIB_BIO, ERR_R_PASSED_INVALID_ARGUMENT));

	/* Errors. */
	{
		BIO *ro = BIO_new_mem_buf("x", 1);

		ERR_clear_error();
		BIO_write(ro, "y", 1);
		CHECKV("the BIO functions report their errors under ERR_LIB_BIO", first_lib(), ERR_LIB_BIO);
		ERR_clear_error();
		BIO_free(ro);
	}
	SSL_CTX_set_cipher_list(cctx, "NOPE");
	CHECKV("the TLS functions report theirs under ERR_LIB_SSL", first_lib(), ERR_LIB_SSL);
	{
		pthread_t t;
		void *clean = NULL;

		pthread_create(&t, NULL, thread_errors, NULL);
		pthread_join(t, &clean);
		CHECK("each thread has its own error queue", clean != NULL && ERR_peek_error() != 0);
	}
	ERR_clear_error();
	SSL_CTX_set_cipher_list(cctx, "ALL");
	(void)shared;

	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	return claims_end();
}
