/* Claims of SSL_SESSION_get_id(3). */
#include "sessions.h"

int
main(int argc, char *argv[])
{
	SSL_CTX *cctx, *sctx, *off;
	SSL_SESSION *sess, *server;
	const unsigned char *id, *sid, *ctx;
	unsigned int len = 99, slen = 99, clen = 99;

	claims_init(argc, argv);
	cctx = session_client_ctx();
	sctx = session_server_ctx();
	off = session_server_ctx();
	SSL_CTX_set_session_cache_mode(off, SSL_SESS_CACHE_OFF);
	session_handshake(cctx, sctx, NULL, NULL, &sess, &server);

	id = SSL_SESSION_get_id(sess, &len);
	sid = SSL_SESSION_get_id(server, &slen);
	CHECKV("a TLS 1.2 session id is 32 bytes", len, 32);
	CHECK("client and server have the same id", id != NULL && sid != NULL && slen == len && memcmp(id, sid, len) == 0);
	CHECK("len may be NULL", SSL_SESSION_get_id(sess, NULL) == id);
	ctx = SSL_SESSION_get0_id_context(server, &clen);
	CHECK("the server's session has the server's session id context",
	    clen == 6 && ctx != NULL && memcmp(ctx, "claims", 6) == 0);
	SSL_SESSION_get0_id_context(sess, &clen);
	CHECKV("the client's session has an empty id context", clen, 0);
	SSL_SESSION_free(sess);
	SSL_SESSION_free(server);

	sess = new_session(cctx, off);
	SSL_SESSION_get_id(sess, &len);
	CHECKV("a server with the cache off gives an empty id", len, 0);
	SSL_SESSION_free(sess);

	ERR_clear_error();
	len = 99;
	OURS("SSL_SESSION_get_id(NULL, &len) returns NULL", SSL_SESSION_get_id(NULL, &len) == NULL);
	OURSV("and leaves *len untouched", len, 99);
	ERR_clear_error();

	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	SSL_CTX_free(off);
	return claims_end();
}
