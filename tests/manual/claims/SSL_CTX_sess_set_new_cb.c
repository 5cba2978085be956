/* Claims of SSL_CTX_sess_set_new_cb(3). */
#include "sessions.h"

static int new_calls, remove_calls, keep;
static SSL_SESSION *kept;

static int
on_new(SSL *ssl, SSL_SESSION *sess)
{
	new_calls++;
	if (ssl == NULL || SSL_get_session(ssl) != sess)
		new_calls += 1000;
	if (keep) {
		kept = sess;
		return 1;
	}
	return 0;
}

static void
on_remove(SSL_CTX *ctx, SSL_SESSION *sess)
{
	(void)ctx;
	(void)sess;
	remove_calls++;
}

int
main(int argc, char *argv[])
{
	SSL_CTX *cctx, *sctx, *off;
	SSL_SESSION *sess;

	claims_init(argc, argv);
	cctx = session_client_ctx();
	sctx = session_server_ctx();
	CHECK("SSL_CTX_sess_get_new_cb returns NULL when none is set", SSL_CTX_sess_get_new_cb(cctx) == NULL);
	SSL_CTX_sess_set_new_cb(cctx, on_new);
	CHECK("SSL_CTX_sess_get_new_cb returns the callback", SSL_CTX_sess_get_new_cb(cctx) == on_new);

	sess = new_session(cctx, sctx);
	CHECKV("not called on a client without SSL_SESS_CACHE_CLIENT", new_calls, 0);
	SSL_SESSION_free(sess);

	SSL_CTX_set_session_cache_mode(cctx, SSL_SESS_CACHE_CLIENT);
	sess = new_session(cctx, sctx);
	CHECKV("called once on a client with SSL_SESS_CACHE_CLIENT, with the SSL and its session", new_calls, 1);
	resumes(cctx, sctx, sess);
	CHECKV("not called after a resumed handshake", new_calls, 1);
	SSL_SESSION_free(sess);
	off = session_server_ctx();
	SSL_CTX_set_session_cache_mode(off, SSL_SESS_CACHE_OFF);
	SSL_SESSION_free(new_session(cctx, off));
	CHECKV("not called for a session that cannot be resumed", new_calls, 1);
	SSL_CTX_free(off);
	SSL_CTX_sess_set_new_cb(cctx, NULL);
	SSL_SESSION_free(new_session(cctx, sctx));
	CHECKV("a NULL function removes the callback", new_calls, 1);

	SSL_CTX_sess_set_new_cb(sctx, on_new);
	new_calls = 0;
	keep = 1;
	sess = new_session(cctx, sctx);
	CHECKV("called on a server in the default mode", new_calls, 1);
	CHECKV("returning 1 keeps the reference given", SSL_SESSION_get_protocol_version(kept), TLS1_2_VERSION);
	SSL_SESSION_free(kept);
	SSL_SESSION_free(sess);

	SSL_CTX_sess_set_remove_cb(sctx, on_remove);
	CHECK("SSL_CTX_sess_get_remove_cb returns the callback", SSL_CTX_sess_get_remove_cb(sctx) == on_remove);
	SSL_CTX_flush_sessions(sctx, 0);
	CHECK("the remove callback is told when the cache drops sessions", remove_calls > 0);
	{
		SSL_CTX *fresh = session_server_ctx();

		for (int i = 0; i < 4; i++)
			SSL_SESSION_free(new_session(cctx, fresh));
		SSL_CTX_sess_set_remove_cb(fresh, on_remove);
		remove_calls = 0;
		SSL_CTX_flush_sessions(fresh, 0);
		CHECKV("it is told once per session dropped (four cached)", remove_calls, 4);
		SSL_CTX_free(fresh);
	}

	remove_calls = 0;
	SSL_SESSION_free(new_session(cctx, sctx));
	SSL_CTX_free(sctx);
	CHECKV("freeing the context tells the remove callback of its sessions", remove_calls, 1);
	SSL_CTX_free(cctx);
	return claims_end();
}
