/* Claims of SSL_SESSION_get_time(3). */
#include <time.h>

#include "sessions.h"

int
main(int argc, char *argv[])
{
	SSL_CTX *cctx, *sctx;
	SSL_SESSION *sess, *server;
	long now = (long)time(NULL), t;

	claims_init(argc, argv);
	cctx = session_client_ctx();
	sctx = session_server_ctx();
	SSL_CTX_set_timeout(sctx, 600);
	session_handshake(cctx, sctx, NULL, NULL, &sess, &server);

	t = SSL_SESSION_get_time(sess);
	CHECK("a new session's time is when it was made", t >= now && t <= (long)time(NULL));
	CHECKV("a new session's timeout is its context's (SSL_CTX_set_timeout)", SSL_SESSION_get_timeout(server), 600);
	CHECKV("the client's session gets its own context's timeout", SSL_SESSION_get_timeout(sess),
	    SSL_CTX_get_timeout(cctx));
	CHECKV("SSL_SESSION_set_timeout returns 1", SSL_SESSION_set_timeout(sess, 60), 1);
	CHECKV("SSL_SESSION_get_timeout returns the timeout set", SSL_SESSION_get_timeout(sess), 60);
	CHECKV("SSL_SESSION_set_time returns the time set", SSL_SESSION_set_time(sess, 1000), 1000);
	CHECKV("SSL_SESSION_get_time returns the time set", SSL_SESSION_get_time(sess), 1000);
	CHECKV("SSL_get_time and SSL_get_timeout are the same calls", SSL_get_time(sess) + SSL_get_timeout(sess), 1060);

	CHECKV("the server resumes its session while it is within its timeout", resumes(cctx, sctx, sess), 1);
	SSL_SESSION_set_time(server, now - 1000);
	CHECKV("the server does not resume a session past its timeout", resumes(cctx, sctx, sess), 0);
	CHECKV("SSL_CTX_sess_timeouts counts it", SSL_CTX_sess_timeouts(sctx), 1);

	ERR_clear_error();
	OURS("SSL_SESSION_get_time(NULL) returns 0", SSL_SESSION_get_time(NULL) == 0);
	OURS("SSL_SESSION_set_timeout(NULL, t) returns 0", SSL_SESSION_set_timeout(NULL, 1) == 0);
	ERR_clear_error();

	SSL_SESSION_free(sess);
	SSL_SESSION_free(server);
	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	return claims_end();
}
