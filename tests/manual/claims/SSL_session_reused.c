/* Claims of SSL_session_reused(3). */
#include "sessions.h"

static int server_reused = -1;

int
main(int argc, char *argv[])
{
	SSL_CTX *cctx, *sctx;
	SSL_SESSION *sess;
	SSL *c, *s;

	claims_init(argc, argv);
	cctx = session_client_ctx();
	sctx = session_server_ctx();

	c = SSL_new(cctx);
	CHECKV("0 before any handshake", SSL_session_reused(c), 0);
	SSL_free(c);

	c = SSL_new(cctx);
	s = SSL_new(sctx);
	join_pair(c, s, 0);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	handshake_both(c, s);
	CHECKV("0 on the client after a full handshake", SSL_session_reused(c), 0);
	CHECKV("0 on the server after a full handshake", SSL_session_reused(s), 0);
	sess = SSL_get1_session(c);
	SSL_shutdown(c);
	SSL_shutdown(s);
	SSL_free(c);
	SSL_free(s);

	c = SSL_new(cctx);
	s = SSL_new(sctx);
	join_pair(c, s, 0);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	SSL_set_session(c, sess);
	handshake_both(c, s);
	CHECKV("1 on the client after a resumed handshake", SSL_session_reused(c), 1);
	server_reused = SSL_session_reused(s);
	CHECKV("1 on the server after a resumed handshake", server_reused, 1);
	SSL_shutdown(c);
	SSL_shutdown(s);
	SSL_free(c);
	SSL_free(s);

	ERR_clear_error();
	OURS("SSL_session_reused(NULL) returns 0", SSL_session_reused(NULL) == 0);
	OURS("SSL_session_reused(NULL) pushes ERR_R_PASSED_NULL_PARAMETER",
	    queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));

	SSL_SESSION_free(sess);
	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	return claims_end();
}
