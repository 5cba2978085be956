/* Claims of SSL_new(3). */
#include "claims.h"

static int destroyed;

static int
count_destroy(BIO *b)
{
	(void)b;
	destroyed++;
	return 1;
}

static int
create_ok(BIO *b)
{
	BIO_set_init(b, 1);
	return 1;
}

int
main(int argc, char *argv[])
{
	SSL_CTX *ctx, *cctx, *sctx;
	SSL *ssl, *c, *s;
	BIO *b, *wb;
	BIO_METHOD *m;
	int fds[2];

	claims_init(argc, argv);

	/* Settings copied from the context. */
	ctx = server_ctx(TLS_method(), "ec");
	SSL_CTX_set_options(ctx, SSL_OP_NO_TICKET);
	SSL_CTX_set_mode(ctx, SSL_MODE_ENABLE_PARTIAL_WRITE);
	SSL_CTX_set_read_ahead(ctx, 1);
	SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
	SSL_CTX_set_max_proto_version(ctx, TLS1_2_VERSION);
	SSL_CTX_set_cipher_list(ctx, "ECDHE-ECDSA-AES128-SHA");
	SSL_CTX_set_ciphersuites(ctx, "TLS_AES_128_GCM_SHA256");
	ssl = SSL_new(ctx);
	CHECK("SSL_new returns a connection", ssl != NULL);
	CHECK("the connection copies the options", SSL_get_options(ssl) == SSL_CTX_get_options(ctx) &&
	    (SSL_get_options(ssl) & SSL_OP_NO_TICKET) != 0);
	CHECK("the connection copies the mode", SSL_get_mode(ssl) == SSL_CTX_get_mode(ctx) &&
	    (SSL_get_mode(ssl) & SSL_MODE_ENABLE_PARTIAL_WRITE) != 0);
	CHECKV("the connection copies read-ahead", SSL_get_read_ahead(ssl), 1);
	CHECKV("the connection copies the lower version bound",
	    SSL_ctrl(ssl, SSL_CTRL_GET_MIN_PROTO_VERSION, 0, NULL), TLS1_2_VERSION);
	CHECKV("the connection copies the upper version bound",
	    SSL_ctrl(ssl, SSL_CTRL_GET_MAX_PROTO_VERSION, 0, NULL), TLS1_2_VERSION);
	CHECKV("the connection copies the certificate and key", SSL_check_private_key(ssl), 1);
	cctx = SSL_CTX_new(TLS_client_method());
	sctx = server_ctx(TLS_server_method(), "ec");
	c = SSL_new(ctx);
	s = SSL_new(sctx);
	join_pair(c, s, 0);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	CHECK("the connection copies the TLS 1.2 cipher list",
	    handshake_both(c, s) && strcmp(SSL_get_cipher_name(c), "ECDHE-ECDSA-AES128-SHA") == 0);
	SSL_free(c);
	SSL_free(s);
	SSL_CTX_set_min_proto_version(ctx, TLS1_3_VERSION);
	SSL_CTX_set_max_proto_version(ctx, TLS1_3_VERSION);
	c = SSL_new(ctx);
	s = SSL_new(sctx);
	join_pair(c, s, 0);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	CHECK("the connection copies the TLS 1.3 cipher suites",
	    handshake_both(c, s) && strcmp(SSL_get_cipher_name(c), "TLS_AES_128_GCM_SHA256") == 0);
	SSL_free(c);
	SSL_free(s);

	/* Independent from then on. */
	SSL_CTX_set_options(ctx, SSL_OP_CIPHER_SERVER_PREFERENCE);
	SSL_CTX_clear_mode(ctx, SSL_MODE_ENABLE_PARTIAL_WRITE);
	CHECK("changing the context does not change a connection made from it",
	    (SSL_get_options(ssl) & SSL_OP_CIPHER_SERVER_PREFERENCE) == 0 &&
	    (SSL_get_mode(ssl) & SSL_MODE_ENABLE_PARTIAL_WRITE) != 0);
	SSL_set_options(ssl, SSL_OP_NO_TLSv1_3);
	CHECK("a setting changed on a connection applies to it only",
	    (SSL_CTX_get_options(ctx) & SSL_OP_NO_TLSv1_3) == 0);
	SSL_free(ssl);
	SSL_CTX_free(ctx);

	/* The connection keeps its context. */
	ctx = SSL_CTX_new(TLS_client_method());
	c = SSL_new(ctx);
	SSL_CTX_free(ctx);
	s = SSL_new(sctx);
	join_pair(c, s, 0);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	CHECK("a connection works after SSL_CTX_free of its context", handshake_both(c, s));
	SSL_free(c);
	SSL_free(s);

	/* A new connection has no role, no transport and no server name. */
	ssl = SSL_new(cctx);
	CHECK("a new connection has no role: SSL_do_handshake fails with SSL_R_CONNECTION_TYPE_NOT_SET",
	    SSL_do_handshake(ssl) <= 0 && queue_is(ERR_LIB_SSL, SSL_R_CONNECTION_TYPE_NOT_SET));
	CHECK("a new connection has no transport", SSL_get_rbio(ssl) == NULL &&
	    SSL_get_wbio(ssl) == NULL && SSL_get_fd(ssl) == -1);
	CHECK("a new connection has no server name",
	    SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name) == NULL);
	ERR_clear_error();

	/* References. */
	CHECKV("SSL_up_ref returns 1", SSL_up_ref(ssl), 1);
	SSL_free(ssl);
	CHECK("after SSL_up_ref, one SSL_free leaves the connection usable",
	    SSL_set_fd(ssl, 0) == 1 && SSL_get_fd(ssl) == 0);
	SSL_free(ssl);
	OURS("the last SSL_free destroys the connection: the pointer is no longer valid",
	    SSL_up_ref(ssl) == 0 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT));

	/* SSL_free gives up its BIOs. */
	m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "counted");
	BIO_meth_set_create(m, create_ok);
	BIO_meth_set_destroy(m, count_destroy);
	ssl = SSL_new(cctx);
	b = BIO_new(m);
	SSL_set_bio(ssl, b, b);
	SSL_free(ssl);
	CHECKV("SSL_free frees a BIO nobody else holds", destroyed, 1);
	ssl = SSL_new(cctx);
	b = BIO_new(m);
	BIO_up_ref(b);
	SSL_set_bio(ssl, b, b);
	SSL_free(ssl);
	CHECK("SSL_free leaves a BIO the program still holds", destroyed == 1 && BIO_free(b) == 1 && destroyed == 2);
	BIO_meth_free(m);

	/* SSL_free gives up its context. */
	ctx = SSL_CTX_new(TLS_client_method());
	ssl = SSL_new(ctx);
	CHECK("SSL_get_SSL_CTX returns the context's own pointer", SSL_get_SSL_CTX(ssl) == ctx);
	SSL_CTX_free(ctx);
	SSL_free(ssl);
	OURS("SSL_free gives up the context's reference; SSL_get_SSL_CTX added none",
	    SSL_CTX_up_ref(ctx) == 0 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT));

	/* SSL_free closes no socket and sends no close_notify. */
	c = SSL_new(cctx);
	s = SSL_new(sctx);
	join_sockets(c, s, fds, 1);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	handshake_both(c, s);
	SSL_free(c);
	CHECK("SSL_free does not close the socket", fcntl(fds[0], F_GETFD) != -1);
	{
		char buf[64];
		int n = SSL_read(s, buf, sizeof(buf));

		CHECK("SSL_free sends no close_notify",
		    n < 0 && SSL_get_error(s, n) == SSL_ERROR_WANT_READ);
	}
	SSL_free(s);
	close(fds[0]);
	close(fds[1]);
	ssl = SSL_new(cctx);
	wb = BIO_new(BIO_s_mem());
	BIO_up_ref(wb);
	SSL_set_bio(ssl, BIO_new(BIO_s_mem()), wb);
	SSL_free(ssl);
	CHECKV("SSL_free of a connection that never ran writes nothing", BIO_pending(wb), 0);
	BIO_free(wb);

	SSL_free(NULL);
	CHECK("SSL_free(NULL) does nothing", queue_empty());
	CHECK("SSL_new(NULL) is NULL with SSL_R_NULL_SSL_CTX",
	    SSL_new(NULL) == NULL && queue_is(ERR_LIB_SSL, SSL_R_NULL_SSL_CTX));
	OURS("SSL_up_ref(NULL) is 0 with ERR_R_PASSED_NULL_PARAMETER",
	    SSL_up_ref(NULL) == 0 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));
	OURS("SSL_get_SSL_CTX(NULL) is NULL with ERR_R_PASSED_NULL_PARAMETER",
	    SSL_get_SSL_CTX(NULL) == NULL && queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));
	OURS("SSL_new of a context passed as the wrong type fails with ERR_R_PASSED_INVALID_ARGUMENT",
	    SSL_new((SSL_CTX *)BIO_s_mem()) == NULL && queue_is(ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT));
	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	return claims_end();
}
