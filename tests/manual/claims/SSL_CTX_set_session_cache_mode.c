/* Claims of SSL_CTX_set_session_cache_mode(3). */
#include <time.h>

#include "sessions.h"

int
main(int argc, char *argv[])
{
	SSL_CTX *cctx, *sctx, *ctx;
	SSL_SESSION *a, *b;

	claims_init(argc, argv);
	cctx = session_client_ctx();
	sctx = session_server_ctx();

	ctx = SSL_CTX_new(TLS_method());
	CHECKV("the default mode is SSL_SESS_CACHE_SERVER", SSL_CTX_get_session_cache_mode(ctx), SSL_SESS_CACHE_SERVER);
	CHECKV("setting returns the previous mode", SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_BOTH),
	    SSL_SESS_CACHE_SERVER);
	CHECKV("SSL_CTX_get_session_cache_mode returns the mode set", SSL_CTX_get_session_cache_mode(ctx),
	    SSL_SESS_CACHE_BOTH);
	CHECKV("the default cache size is SSL_SESSION_CACHE_MAX_SIZE_DEFAULT", SSL_CTX_sess_get_cache_size(ctx),
	    SSL_SESSION_CACHE_MAX_SIZE_DEFAULT);
	CHECKV("SSL_CTX_sess_set_cache_size returns the previous size", SSL_CTX_sess_set_cache_size(ctx, 5),
	    SSL_SESSION_CACHE_MAX_SIZE_DEFAULT);
	CHECKV("SSL_CTX_sess_get_cache_size returns the size set", SSL_CTX_sess_get_cache_size(ctx), 5);
	CHECKV("a negative size is refused with 0", SSL_CTX_sess_set_cache_size(ctx, -1), 0);
	CHECKV("and changes nothing", SSL_CTX_sess_get_cache_size(ctx), 5);
	ERR_clear_error();
	OURSV("SSL_CTX_sess_number(NULL) returns 0", SSL_CTX_sess_number(NULL), 0);
	ERR_clear_error();
	SSL_CTX_free(ctx);

	CHECKV("a new context caches nothing", SSL_CTX_sess_number(sctx), 0);
	a = new_session(cctx, sctx);
	b = new_session(cctx, sctx);
	CHECKV("a server caches each new session", SSL_CTX_sess_number(sctx), 2);
	CHECKV("a client in the default mode caches nothing", SSL_CTX_sess_number(cctx), 0);
	CHECKV("SSL_CTX_sess_accept counts handshakes started", SSL_CTX_sess_accept(sctx), 2);
	CHECKV("SSL_CTX_sess_accept_good counts handshakes completed", SSL_CTX_sess_accept_good(sctx), 2);
	CHECKV("SSL_CTX_sess_connect counts a client's handshakes", SSL_CTX_sess_connect(cctx), 2);
	CHECKV("SSL_CTX_sess_connect_good counts a client's completed handshakes", SSL_CTX_sess_connect_good(cctx), 2);
	CHECKV("a cached session is resumed", resumes(cctx, sctx, a), 1);
	CHECKV("SSL_CTX_sess_hits counts resumptions", SSL_CTX_sess_hits(sctx), 1);

	SSL_CTX_flush_sessions(sctx, (long)time(NULL));
	CHECKV("SSL_CTX_flush_sessions keeps sessions not yet expired", SSL_CTX_sess_number(sctx), 2);
	SSL_CTX_flush_sessions(sctx, (long)time(NULL) + SSL_CTX_get_timeout(sctx) + 10);
	CHECKV("SSL_CTX_flush_sessions drops sessions expired at the time given", SSL_CTX_sess_number(sctx), 0);
	CHECKV("a flushed session is not resumed", resumes(cctx, sctx, a), 0);
	CHECKV("SSL_CTX_sess_misses counts sessions offered but not found", SSL_CTX_sess_misses(sctx), 1);
	SSL_SESSION_free(a);
	SSL_SESSION_free(b);

	SSL_CTX_flush_sessions(sctx, 0);
	SSL_CTX_sess_set_cache_size(sctx, 0);
	for (int i = 0; i < 3; i++)
		SSL_SESSION_free(new_session(cctx, sctx));
	CHECKV("size 0: no limit", SSL_CTX_sess_number(sctx), 3);
	SSL_CTX_sess_set_cache_size(sctx, 1);
	CHECKV("a smaller size takes effect only when the next session is stored", SSL_CTX_sess_number(sctx), 3);
	a = new_session(cctx, sctx);
	b = new_session(cctx, sctx);
	CHECKV("the cache holds at most its size", SSL_CTX_sess_number(sctx), 1);
	CHECK("SSL_CTX_sess_cache_full counts sessions pushed out", SSL_CTX_sess_cache_full(sctx) >= 1);
	CHECKV("the newest stays", resumes(cctx, sctx, b), 1);
	CHECKV("the oldest session was pushed out", resumes(cctx, sctx, a), 0);
	SSL_SESSION_free(a);
	SSL_SESSION_free(b);

	SSL_CTX_set_session_cache_mode(sctx, SSL_SESS_CACHE_OFF);
	a = new_session(cctx, sctx);
	CHECKV("SSL_SESS_CACHE_OFF: nothing is resumed", resumes(cctx, sctx, a), 0);
	SSL_SESSION_free(a);
	SSL_CTX_set_session_cache_mode(sctx, SSL_SESS_CACHE_SERVER | SSL_SESS_CACHE_NO_INTERNAL_STORE);
	SSL_CTX_sess_set_cache_size(sctx, 10);
	SSL_CTX_flush_sessions(sctx, 0);
	a = new_session(cctx, sctx);
	CHECKV("SSL_SESS_CACHE_NO_INTERNAL_STORE: nothing is stored", SSL_CTX_sess_number(sctx), 0);
	CHECKV("SSL_SESS_CACHE_NO_INTERNAL_STORE: so nothing is resumed", resumes(cctx, sctx, a), 0);
	SSL_SESSION_free(a);

	SSL_CTX_set_session_cache_mode(sctx, SSL_SESS_CACHE_SERVER | SSL_SESS_CACHE_NO_INTERNAL_LOOKUP);
	a = new_session(cctx, sctx);
	CHECKV("SSL_SESS_CACHE_NO_INTERNAL_LOOKUP: sessions are stored", SSL_CTX_sess_number(sctx), 1);
	CHECKV("SSL_SESS_CACHE_NO_INTERNAL_LOOKUP: but not looked up", resumes(cctx, sctx, a), 0);
	SSL_SESSION_free(a);
	SSL_CTX_flush_sessions(sctx, 0);

	SSL_CTX_set_session_cache_mode(cctx, SSL_SESS_CACHE_CLIENT);
	SSL_CTX_set_session_cache_mode(sctx, SSL_SESS_CACHE_SERVER);
	a = new_session(cctx, sctx);
	CHECKV("SSL_SESS_CACHE_CLIENT: a client stores its sessions", SSL_CTX_sess_number(cctx), 1);
	SSL_SESSION_free(a);

	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	return claims_end();
}
