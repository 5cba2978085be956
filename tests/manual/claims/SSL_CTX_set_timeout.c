/* Claims of SSL_CTX_set_timeout(3). */
#include "sessions.h"

int
main(int argc, char *argv[])
{
	SSL_CTX *cctx, *sctx;
	SSL_SESSION *sess, *server;

	claims_init(argc, argv);
	cctx = session_client_ctx();
	sctx = session_server_ctx();
	CHECKV("the default timeout is 7200 seconds", SSL_CTX_get_timeout(sctx), 7200);
	CHECKV("SSL_CTX_set_timeout returns the previous timeout", SSL_CTX_set_timeout(sctx, 300), 7200);
	CHECKV("SSL_CTX_get_timeout returns the timeout set", SSL_CTX_get_timeout(sctx), 300);
	session_handshake(cctx, sctx, NULL, NULL, &sess, &server);
	CHECKV("new sessions get the context's timeout", SSL_SESSION_get_timeout(server), 300);
	SSL_CTX_set_timeout(sctx, 100);
	CHECKV("sessions already made keep theirs", SSL_SESSION_get_timeout(server), 300);
	SSL_SESSION_free(sess);
	SSL_SESSION_free(server);

	ERR_clear_error();
	OURS("SSL_CTX_get_timeout(NULL) returns 0", SSL_CTX_get_timeout(NULL) == 0);
	ERR_clear_error();
	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	return claims_end();
}
