/* Claims of SSL_get_version(3). */
#include "claims.h"

static SSL_CTX *cctx, *sctx;

/* The SSL_CIPHER a client gets from a pair limited to TLS 1.2 and the suite named. */
static const SSL_CIPHER *
cipher12(const char *name)
{
	SSL *c, *s;
	const SSL_CIPHER *ciph = NULL;

	SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
	SSL_CTX_set_cipher_list(cctx, name);
	if (connected_pair(cctx, sctx, &c, &s))
		ciph = SSL_get_current_cipher(c);
	SSL_free(c);
	SSL_free(s);
	SSL_CTX_set_max_proto_version(cctx, 0);
	SSL_CTX_set_cipher_list(cctx, "ALL");
	return ciph;
}

int
main(int argc, char *argv[])
{
	SSL *ssl, *c, *s;
	const SSL_CIPHER *ciph;
	struct relay r;
	int alg;
	char buf[16];

	claims_init(argc, argv);
	cctx = SSL_CTX_new(TLS_client_method());
	sctx = server_ctx(TLS_server_method(), "ec");

	ssl = SSL_new(cctx);
	SSL_set_bio(ssl, BIO_new(BIO_s_mem()), BIO_new(BIO_s_mem()));
	SSL_set_connect_state(ssl);
	SSL_do_handshake(ssl);
	OURSS("until the handshake is complete SSL_get_version returns \"unknown\"", SSL_get_version(ssl), "unknown");
	OURSV("until the handshake is complete SSL_version returns TLS_ANY_VERSION", SSL_version(ssl), TLS_ANY_VERSION);
	CHECK("until the handshake is complete SSL_get_current_cipher returns NULL", SSL_get_current_cipher(ssl) == NULL);
	CHECKS("SSL_get_cipher and SSL_get_cipher_name return \"(NONE)\" before the handshake",
	    SSL_get_cipher(ssl), "(NONE)");
	CHECKS("... SSL_get_cipher_name too", SSL_get_cipher_name(ssl), "(NONE)");
	CHECKV("SSL_in_init is true from the creation of ssl", SSL_in_init(ssl), 1);
	CHECKV("SSL_is_init_finished is false before", SSL_is_init_finished(ssl), 0);
	SSL_free(ssl);

	CHECK("handshake", connected_pair(cctx, sctx, &c, &s));
	CHECKS("SSL_get_version: TLSv1.3", SSL_get_version(c), "TLSv1.3");
	CHECKV("SSL_version: TLS1_3_VERSION", SSL_version(c), TLS1_3_VERSION);
	ciph = SSL_get_current_cipher(c);
	CHECKS("SSL_CIPHER_get_name of a TLS 1.3 suite: its RFC 8446 name", SSL_CIPHER_get_name(ciph), "TLS_AES_256_GCM_SHA384");
	CHECKS("SSL_CIPHER_standard_name of a TLS 1.3 suite is the same", SSL_CIPHER_standard_name(ciph), "TLS_AES_256_GCM_SHA384");
	CHECKS("SSL_CIPHER_get_version of a TLS 1.3 suite: TLSv1.3", SSL_CIPHER_get_version(ciph), "TLSv1.3");
	CHECKS("SSL_get_cipher_name after the handshake", SSL_get_cipher_name(c), "TLS_AES_256_GCM_SHA384");
	CHECK("SSL_CIPHER_get_bits with a NULL alg_bits", SSL_CIPHER_get_bits(ciph, NULL) == 256);
	CHECKV("SSL_is_init_finished once the handshake has completed", SSL_is_init_finished(c), 1);
	CHECKV("SSL_in_init is false then", SSL_in_init(c), 0);
	CHECK("no server name sent: SSL_get_servername on the server returns NULL",
	    SSL_get_servername(s, TLSEXT_NAMETYPE_host_name) == NULL);
	SSL_shutdown(c);
	CHECKV("SSL_is_init_finished stays true after SSL_shutdown", SSL_is_init_finished(c), 1);
	SSL_free(c);
	SSL_free(s);
	CHECKS("the SSL_CIPHER stays valid after ssl is freed", SSL_CIPHER_get_name(ciph), "TLS_AES_256_GCM_SHA384");

	SSL_CTX_set_ciphersuites(sctx, "TLS_AES_128_GCM_SHA256");
	CHECK("handshake", connected_pair(cctx, sctx, &c, &s));
	CHECKV("SSL_CIPHER_get_id: 0x03000000 plus the TLS code, 0x03001301 for TLS_AES_128_GCM_SHA256",
	    SSL_CIPHER_get_id(SSL_get_current_cipher(c)), 0x03001301);
	CHECK("SSL_CIPHER_get_bits: 128, also stored in *alg_bits",
	    SSL_CIPHER_get_bits(SSL_get_current_cipher(c), &alg) == 128 && alg == 128);
	SSL_free(c);
	SSL_free(s);
	SSL_CTX_set_ciphersuites(sctx, "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256");

	ciph = cipher12("ECDHE-ECDSA-AES128-GCM-SHA256");
	CHECKS("TLS 1.2 suites have OpenSSL's short names", SSL_CIPHER_get_name(ciph), "ECDHE-ECDSA-AES128-GCM-SHA256");
	CHECKS("SSL_CIPHER_standard_name: the RFC name", SSL_CIPHER_standard_name(ciph),
	    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256");
	CHECKS("SSL_CIPHER_get_version: TLSv1.2 for an AEAD suite", SSL_CIPHER_get_version(ciph), "TLSv1.2");
	ciph = cipher12("ECDHE-ECDSA-AES256-SHA384");
	CHECKS("SSL_CIPHER_get_version: TLSv1.2 for a SHA-384 CBC suite", SSL_CIPHER_get_version(ciph), "TLSv1.2");
	ciph = cipher12("ECDHE-ECDSA-AES256-SHA");
	CHECKS("SSL_CIPHER_get_version: TLSv1.0 for an ECDHE suite with SHA-1", SSL_CIPHER_get_version(ciph), "TLSv1.0");
	{
		int port;

		s_server_cert = "rsa";
		port = start_s_server((const char *const[]){ "-rev", "-tls1_2", "-cipher", "AES128-SHA", NULL }, NULL);
		int fd = tcp_connect(port);

		s_server_cert = "ec";
		ssl = SSL_new(cctx);
		SSL_set_fd(ssl, fd);
		SSL_set_cipher_list(ssl, "AES128-SHA");
		CHECKV("connected to openssl s_server with AES128-SHA", SSL_connect(ssl), 1);
		CHECKS("SSL_CIPHER_get_version: SSLv3 for an RSA key exchange suite with SHA-1",
		    SSL_CIPHER_get_version(SSL_get_current_cipher(ssl)), "SSLv3");
		CHECKS("... and SSL_get_version says what was negotiated", SSL_get_version(ssl), "TLSv1.2");
		CHECKV("SSL_version: TLS1_2_VERSION", SSL_version(ssl), TLS1_2_VERSION);
		SSL_free(ssl);
		close(fd);
		stop_s_server();
	}

	/* The server name. */
	ssl = SSL_new(cctx);
	SSL_set_tlsext_host_name(ssl, "name.example");
	CHECK("a type other than TLSEXT_NAMETYPE_host_name: NULL", SSL_get_servername(ssl, 7) == NULL);
	SSL_free(ssl);

	/* After a failed handshake. */
	relay_new(&r, cctx, NULL);
	SSL_connect(r.c);
	BIO_write(r.c_in, "HTTP/1.0 400 Bad Request\r\n\r\n", 28);
	SSL_connect(r.c);
	ERR_clear_error();
	CHECKV("SSL_in_init stays true after a handshake that failed", SSL_in_init(r.c), 1);
	relay_free(&r);
	relay_new(&r, cctx, sctx);
	relay_handshake(&r, NULL, NULL);
	BIO_write(r.c_in, "\x17\x03\x03\x00\x05junk!", 10);
	SSL_read(r.c, buf, sizeof(buf));
	ERR_clear_error();
	OURSV("SSL_is_init_finished stays true after a later failure", SSL_is_init_finished(r.c), 1);
	relay_free(&r);

	/* Bad arguments. */
	OURSV("SSL_version(NULL): 0", SSL_version(NULL), 0);
	OURS("... pushing ERR_R_PASSED_NULL_PARAMETER", queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));
	OURS("SSL_CIPHER_standard_name(NULL): NULL", SSL_CIPHER_standard_name(NULL) == NULL);
	ERR_clear_error();
	OURS("SSL_CIPHER_standard_name of something else: NULL with ERR_R_PASSED_INVALID_ARGUMENT",
	    SSL_CIPHER_standard_name((const SSL_CIPHER *)cctx) == NULL &&
	    queue_is(ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT));
	OURSS("SSL_CIPHER_get_version(NULL): \"(NONE)\"", SSL_CIPHER_get_version(NULL), "(NONE)");
	ERR_clear_error();
	OURS("SSL_CIPHER_get_version of something else: NULL", SSL_CIPHER_get_version((const SSL_CIPHER *)cctx) == NULL);
	ERR_clear_error();
	alg = 5;
	OURS("SSL_CIPHER_get_id and SSL_CIPHER_get_bits of something else: 0, storing 0 in *alg_bits",
	    SSL_CIPHER_get_id((const SSL_CIPHER *)cctx) == 0 &&
	    SSL_CIPHER_get_bits((const SSL_CIPHER *)cctx, &alg) == 0 && alg == 0);
	ERR_clear_error();
	alg = 5;
	OURS("SSL_CIPHER_get_bits(NULL): 0, storing 0", SSL_CIPHER_get_bits(NULL, &alg) == 0 && alg == 0);
	ERR_clear_error();
	OURS("SSL_get_servername(NULL): NULL", SSL_get_servername(NULL, TLSEXT_NAMETYPE_host_name) == NULL);
	OURS("SSL_is_init_finished(NULL) and SSL_in_init(NULL): 0",
	    SSL_is_init_finished(NULL) == 0 && SSL_in_init(NULL) == 0);
	ERR_clear_error();
	OURS("SSL_in_init of an object that is not live: 0 with ERR_R_PASSED_INVALID_ARGUMENT",
	    SSL_in_init((SSL *)cctx) == 0 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT));
	ERR_clear_error();

	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	return claims_end();
}
