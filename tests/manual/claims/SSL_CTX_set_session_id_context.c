/* Claims of SSL_CTX_set_session_id_context(3). */
#include "sessions.h"

static void
other_context(SSL *c, SSL *s)
{
	(void)c;
	SSL_set_session_id_context(s, (const unsigned char *)"two", 3);
}

int
main(int argc, char *argv[])
{
	SSL_CTX *cctx, *sctx;
	SSL_SESSION *sess;
	SSL *s;
	unsigned char big[SSL_MAX_SID_CTX_LENGTH + 1];

	claims_init(argc, argv);
	memset(big, 'a', sizeof(big));
	cctx = session_client_ctx();
	sctx = session_server_ctx();

	{
		SSL_CTX *plain = server_ctx(TLS_server_method(), "ec");
		SSL_SESSION *ss = NULL;
		unsigned int n = 99;

		SSL_CTX_set_options(plain, SSL_OP_NO_TICKET);
		session_handshake(cctx, plain, NULL, NULL, NULL, &ss);
		SSL_SESSION_get0_id_context(ss, &n);
		CHECKV("the id context is empty by default", n, 0);
		SSL_SESSION_free(ss);
		SSL_CTX_free(plain);
	}
	CHECKV("SSL_CTX_set_session_id_context returns 1", SSL_CTX_set_session_id_context(sctx,
	    (const unsigned char *)"one", 3), 1);
	CHECKV("SSL_MAX_SID_CTX_LENGTH bytes are accepted", SSL_CTX_set_session_id_context(cctx, big,
	    SSL_MAX_SID_CTX_LENGTH), 1);
	CHECKV("a longer id context is refused with 0", SSL_CTX_set_session_id_context(sctx, big, sizeof(big)), 0);
	CHECK("and SSL_R_SSL_SESSION_ID_CONTEXT_TOO_LONG", queue_is(ERR_LIB_SSL, SSL_R_SSL_SESSION_ID_CONTEXT_TOO_LONG));
	s = SSL_new(sctx);
	CHECKV("SSL_set_session_id_context refuses it too", SSL_set_session_id_context(s, big, sizeof(big)), 0);
	CHECK("with SSL_R_SSL_SESSION_ID_CONTEXT_TOO_LONG", queue_is(ERR_LIB_SSL, SSL_R_SSL_SESSION_ID_CONTEXT_TOO_LONG));
	CHECKV("SSL_set_session_id_context returns 1", SSL_set_session_id_context(s, (const unsigned char *)"x", 1), 1);
	SSL_free(s);

	sess = new_session(cctx, sctx);
	CHECKV("the same id context resumes", resumes(cctx, sctx, sess), 1);
	CHECKV("another id context (SSL_set_session_id_context) does not",
	    session_handshake(cctx, sctx, sess, other_context, NULL, NULL), 0);
	SSL_SESSION_free(sess);

	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	return claims_end();
}
