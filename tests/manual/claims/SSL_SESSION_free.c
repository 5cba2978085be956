/* Claims of SSL_SESSION_free(3). */
#include "sessions.h"

int
main(int argc, char *argv[])
{
	SSL_CTX *cctx, *sctx;
	SSL_SESSION *sess;

	claims_init(argc, argv);
	cctx = session_client_ctx();
	sctx = session_server_ctx();
	sess = new_session(cctx, sctx);

	SSL_SESSION_free(NULL);
	CHECK("SSL_SESSION_free(NULL) does nothing", queue_empty());
	CHECKV("SSL_SESSION_up_ref returns 1", SSL_SESSION_up_ref(sess), 1);
	SSL_SESSION_free(sess);
	CHECKV("after SSL_SESSION_up_ref one SSL_SESSION_free leaves the session usable",
	    SSL_SESSION_get_protocol_version(sess), TLS1_2_VERSION);
	SSL_SESSION_free(sess);

	ERR_clear_error();
	OURS("a freed session is refused, not used", SSL_SESSION_get_protocol_version(sess) == 0);
	OURS("a freed session pushes ERR_R_PASSED_INVALID_ARGUMENT",
	    queue_is(ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT));
	OURS("SSL_SESSION_up_ref(NULL) returns 0", SSL_SESSION_up_ref(NULL) == 0);
	ERR_clear_error();

	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	return claims_end();
}
