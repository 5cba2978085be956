/* Claims of SSL_set_session(3). */
#include "sessions.h"

static void
tls13_only(SSL *c, SSL *s)
{
	(void)s;
	SSL_set_min_proto_version(c, TLS1_3_VERSION);
	SSL_set_max_proto_version(c, TLS1_3_VERSION);
}

static void
other_cipher(SSL *c, SSL *s)
{
	(void)s;
	SSL_set_cipher_list(c, "ECDHE-ECDSA-AES128-GCM-SHA256");
}

int
main(int argc, char *argv[])
{
	SSL_CTX *cctx, *sctx, *other;
	SSL_SESSION *sess, *after;
	SSL *c;

	claims_init(argc, argv);
	cctx = session_client_ctx();
	sctx = session_server_ctx();
	other = session_server_ctx();
	SSL_CTX_set_cipher_list(cctx, "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-GCM-SHA256");
	sess = new_session(cctx, sctx);

	c = SSL_new(cctx);
	CHECKV("SSL_set_session returns 1", SSL_set_session(c, sess), 1);
	CHECKV("SSL_set_session(ssl, NULL) returns 1", SSL_set_session(c, NULL), 1);
	CHECK("SSL_set_session(ssl, NULL) forgets the session", SSL_get_session(c) == NULL);
	SSL_free(c);

	CHECKV("the next handshake resumes the session", resumes(cctx, sctx, sess), 1);
	CHECKV("a server that does not know the session makes a full handshake", resumes(cctx, other, sess), 0);
	session_handshake(cctx, other, sess, NULL, &after, NULL);
	CHECK("after a full handshake the SSL has a new session", after != NULL && after != sess);
	SSL_SESSION_free(after);
	CHECKV("a session of a version the client no longer allows is not offered",
	    session_handshake(cctx, sctx, sess, tls13_only, NULL, NULL), 0);
	DIFFERS("session cipher no longer allowed: full handshake",
	    "a session whose cipher the client no longer allows is not offered (BUGS: OpenSSL fails)",
	    session_handshake(cctx, sctx, sess, other_cipher, NULL, NULL) == 0);

	c = SSL_new(cctx);
	SSL_SESSION_up_ref(sess);
	SSL_set_session(c, sess);
	SSL_SESSION_free(sess);
	CHECK("the SSL holds its own reference to the session",
	    SSL_SESSION_get_protocol_version(SSL_get_session(c)) == TLS1_2_VERSION);
	SSL_free(c);

	ERR_clear_error();
	OURS("SSL_set_session(NULL, session) returns 0", SSL_set_session(NULL, sess) == 0);
	OURS("SSL_set_session(NULL, session) pushes ERR_R_PASSED_NULL_PARAMETER",
	    queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));

	c = SSL_new(cctx);
	after = new_session(cctx, sctx);
	SSL_SESSION_free(after);
	ERR_clear_error();
	OURS("a freed session is refused with 0", SSL_set_session(c, after) == 0);
	OURS("and ERR_R_PASSED_INVALID_ARGUMENT", queue_is(ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT));
	SSL_free(c);

	SSL_SESSION_free(sess);
	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	SSL_CTX_free(other);
	return claims_end();
}
