/* Claims of SSL_pending(3). */
#include "claims.h"

int
main(int argc, char *argv[])
{
	SSL_CTX *cctx, *sctx;
	SSL *ssl;
	struct relay r;
	unsigned char wire[4096];
	char buf[64];
	int n, ret;

	claims_init(argc, argv);
	cctx = SSL_CTX_new(TLS_client_method());
	sctx = server_ctx(TLS_server_method(), "ec");

	relay_new(&r, cctx, sctx);
	relay_handshake(&r, NULL, NULL);
	SSL_write(r.s, "0123456789", 10);
	relay_move(&r, NULL);
	CHECK("data still in the transport is not counted", SSL_pending(r.c) == 0 && SSL_has_pending(r.c) == 0);
	ret = SSL_read(r.c, buf, 4);
	CHECK("bytes decrypted but not handed over are counted", ret == 4 && SSL_pending(r.c) == 6);
	CHECKV("SSL_has_pending: 1 for decrypted data", SSL_has_pending(r.c), 1);
	BIO_set_mem_eof_return(r.c_in, 0);
	ret = SSL_read(r.c, buf, sizeof(buf));
	CHECK("the next SSL_read returns them without touching the transport", ret == 6);
	CHECK("then none are waiting", SSL_pending(r.c) == 0 && SSL_has_pending(r.c) == 0);
	BIO_set_mem_eof_return(r.c_in, -1);
	/* Half a record. */
	SSL_write(r.s, "abcdef", 6);
	n = BIO_read(r.s_out, wire, sizeof(wire));
	BIO_write(r.c_in, wire, 8);
	ret = SSL_read(r.c, buf, sizeof(buf));
	CHECK("the first bytes of an incomplete record are not counted by SSL_pending",
	    ret == -1 && SSL_get_error(r.c, ret) == SSL_ERROR_WANT_READ && SSL_pending(r.c) == 0);
	OURSV("SSL_has_pending: 1 for the beginning of a record", SSL_has_pending(r.c), 1);
	BIO_write(r.c_in, wire + 8, n - 8);
	CHECK("a complete record never waits inside the library: SSL_read returns its data",
	    SSL_read(r.c, buf, sizeof(buf)) == 6);
	relay_free(&r);

	ssl = SSL_new(cctx);
	SSL_set_bio(ssl, BIO_new(BIO_s_mem()), BIO_new(BIO_s_mem()));
	SSL_set_connect_state(ssl);
	CHECK("before the handshake: both 0", SSL_pending(ssl) == 0 && SSL_has_pending(ssl) == 0);
	CHECKV("neither does any input or output or runs the handshake", BIO_pending(SSL_get_wbio(ssl)), 0);
	SSL_free(ssl);

	relay_new(&r, cctx, sctx);
	relay_handshake(&r, NULL, NULL);
	SSL_write(r.s, "0123456789", 10);
	relay_move(&r, NULL);
	SSL_read(r.c, buf, 4);
	BIO_write(r.c_in, "\x17\x03\x03\x00\x05junk!", 10);
	SSL_read(r.c, buf, 6);
	SSL_read(r.c, buf, 6);
	ERR_clear_error();
	OURS("after the connection has failed: both 0", SSL_pending(r.c) == 0 && SSL_has_pending(r.c) == 0);
	relay_free(&r);

	OURS("SSL_pending(NULL): 0 with ERR_R_PASSED_NULL_PARAMETER",
	    SSL_pending(NULL) == 0 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));
	OURS("SSL_has_pending of an object that is not live: 0 with ERR_R_PASSED_INVALID_ARGUMENT",
	    SSL_has_pending((SSL *)cctx) == 0 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT));

	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	return claims_end();
}
