/* Claims of SSL_SESSION_get_protocol_version(3). */
#include "sessions.h"

int
main(int argc, char *argv[])
{
	SSL_CTX *cctx, *cctx13, *sctx;
	SSL_SESSION *sess;
	SSL *c, *s;

	claims_init(argc, argv);
	cctx = session_client_ctx();
	cctx13 = SSL_CTX_new(TLS_client_method());
	sctx = session_server_ctx();

	c = SSL_new(cctx);
	s = SSL_new(sctx);
	join_pair(c, s, 0);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	handshake_both(c, s);
	sess = SSL_get_session(c);
	CHECKV("TLS1_2_VERSION for a TLS 1.2 session", SSL_SESSION_get_protocol_version(sess), TLS1_2_VERSION);
	CHECK("SSL_SESSION_get0_cipher is the connection's cipher",
	    SSL_SESSION_get0_cipher(sess) != NULL &&
	    strcmp(SSL_CIPHER_get_name(SSL_SESSION_get0_cipher(sess)),
	    SSL_CIPHER_get_name(SSL_get_current_cipher(c))) == 0);
	SSL_shutdown(c);
	SSL_shutdown(s);
	SSL_free(c);
	SSL_free(s);

	session_handshake(cctx13, sctx, NULL, NULL, &sess, NULL);
	CHECKV("TLS1_3_VERSION for a TLS 1.3 session", SSL_SESSION_get_protocol_version(sess), TLS1_3_VERSION);
	CHECKS("the cipher of a TLS 1.3 session", SSL_CIPHER_get_name(SSL_SESSION_get0_cipher(sess)),
	    "TLS_AES_256_GCM_SHA384");
	SSL_SESSION_free(sess);

	ERR_clear_error();
	OURS("SSL_SESSION_get_protocol_version(NULL) returns 0", SSL_SESSION_get_protocol_version(NULL) == 0);
	OURS("SSL_SESSION_get0_cipher(NULL) returns NULL", SSL_SESSION_get0_cipher(NULL) == NULL);
	ERR_clear_error();

	SSL_CTX_free(cctx);
	SSL_CTX_free(cctx13);
	SSL_CTX_free(sctx);
	return claims_end();
}
