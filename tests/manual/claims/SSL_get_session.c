/* Claims of SSL_get_session(3). */
#include "sessions.h"

int
main(int argc, char *argv[])
{
	SSL_CTX *cctx, *sctx;
	SSL_SESSION *sess, *got;
	SSL *c, *s;

	claims_init(argc, argv);
	cctx = session_client_ctx();
	sctx = session_server_ctx();

	c = SSL_new(cctx);
	CHECK("a new SSL has no session", SSL_get_session(c) == NULL);
	CHECK("SSL_get1_session returns NULL when there is no session", SSL_get1_session(c) == NULL);
	SSL_free(c);

	sess = new_session(cctx, sctx);
	c = SSL_new(cctx);
	SSL_set_session(c, sess);
	CHECK("before the handshake it is the session set with SSL_set_session", SSL_get_session(c) == sess);
	CHECK("SSL_get0_session is SSL_get_session", SSL_get0_session(c) == sess);
	SSL_free(c);

	c = SSL_new(cctx);
	s = SSL_new(sctx);
	join_pair(c, s, 0);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	handshake_both(c, s);
	CHECK("after a full handshake it is the session the handshake established",
	    SSL_get_session(c) != NULL && SSL_get_session(c) != sess);
	CHECK("the server has a session too", SSL_get_session(s) != NULL);
	got = SSL_get1_session(c);
	CHECK("SSL_get1_session returns the same session", got == SSL_get_session(c));
	SSL_shutdown(c);
	SSL_shutdown(s);
	SSL_free(c);
	SSL_free(s);
	CHECKV("SSL_get1_session's reference outlives the SSL", SSL_SESSION_get_protocol_version(got),
	    TLS1_2_VERSION);
	SSL_SESSION_free(got);

	c = SSL_new(cctx);
	s = SSL_new(sctx);
	join_pair(c, s, 0);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	SSL_set_session(c, sess);
	CHECK("a resumed handshake keeps the very session set",
	    handshake_both(c, s) && SSL_session_reused(c) == 1 && SSL_get_session(c) == sess);
	SSL_shutdown(c);
	SSL_shutdown(s);
	SSL_free(c);
	SSL_free(s);

	/* SSL_clear(3) keeps the session of a connection that was shut down. */
	c = SSL_new(cctx);
	s = SSL_new(sctx);
	join_pair(c, s, 0);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	handshake_both(c, s);
	got = SSL_get_session(c);
	SSL_shutdown(c);
	SSL_shutdown(s);
	SSL_clear(c);
	SSL_clear(s);
	CHECK("SSL_clear keeps the session of a connection that was shut down", got != NULL && SSL_get_session(c) == got);
	join_pair(c, s, 0);
	CHECK("so the next connection of a cleared client resumes it",
	    handshake_both(c, s) && SSL_session_reused(c) == 1);
	SSL_clear(c);
	SSL_clear(s);
	CHECK("SSL_clear drops the session of a connection that was not shut down", SSL_get_session(c) == NULL);
	SSL_free(c);
	SSL_free(s);

	ERR_clear_error();
	OURS("SSL_get_session(NULL) returns NULL", SSL_get_session(NULL) == NULL);
	OURS("SSL_get_session(NULL) pushes ERR_R_PASSED_NULL_PARAMETER",
	    queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));
	OURS("SSL_get1_session(NULL) returns NULL", SSL_get1_session(NULL) == NULL);
	ERR_clear_error();

	SSL_SESSION_free(sess);
	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	return claims_end();
}
