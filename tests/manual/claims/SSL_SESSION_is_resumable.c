/* Claims of SSL_SESSION_is_resumable(3). */
#include "sessions.h"

static char buf[16];

int
main(int argc, char *argv[])
{
	SSL_CTX *cctx, *sctx, *off, *cctx13;
	SSL_SESSION *sess;
	SSL *c, *s;

	claims_init(argc, argv);
	cctx = session_client_ctx();
	sctx = session_server_ctx();
	off = session_server_ctx();
	SSL_CTX_set_session_cache_mode(off, SSL_SESS_CACHE_OFF);

	sess = new_session(cctx, sctx);
	CHECKV("1 for a TLS 1.2 session with a session id", SSL_SESSION_is_resumable(sess), 1);
	SSL_SESSION_free(sess);
	sess = new_session(cctx, off);
	CHECKV("0 for a session the server gave no id (cache off)", SSL_SESSION_is_resumable(sess), 0);
	SSL_SESSION_free(sess);

	SSL_CTX_flush_sessions(sctx, 0);
	c = SSL_new(cctx);
	s = SSL_new(sctx);
	join_pair(c, s, 0);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	handshake_both(c, s);
	sess = SSL_get1_session(c);
	CHECKV("the server cached the session", SSL_CTX_sess_number(sctx), 1);
	SSL_free(c);
	SSL_free(s);
	CHECKV("0 once its connection was freed without SSL_shutdown", SSL_SESSION_is_resumable(sess), 0);
	CHECKV("the server drops such a session from its cache", SSL_CTX_sess_number(sctx), 0);
	CHECKV("such a session is not resumed", resumes(cctx, sctx, sess), 0);
	SSL_SESSION_free(sess);

	c = SSL_new(cctx);
	s = SSL_new(sctx);
	join_pair(c, s, 0);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	handshake_both(c, s);
	sess = SSL_get1_session(c);
	SSL_set_shutdown(c, SSL_SENT_SHUTDOWN);
	SSL_set_shutdown(s, SSL_SENT_SHUTDOWN);
	SSL_free(c);
	SSL_free(s);
	CHECKV("SSL_set_shutdown(ssl, SSL_SENT_SHUTDOWN) before SSL_free keeps it resumable",
	    SSL_SESSION_is_resumable(sess), 1);
	SSL_SESSION_free(sess);

	/* TLS 1.3, with data exchanged so that OpenSSL's client reads its tickets. */
	cctx13 = SSL_CTX_new(TLS_client_method());
	c = SSL_new(cctx13);
	s = SSL_new(sctx);
	join_pair(c, s, 0);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	handshake_both(c, s);
	SSL_write(s, "x", 1);
	SSL_read(c, buf, sizeof(buf));
	sess = SSL_get1_session(c);
	DIFFERS("TLS 1.3 session resumable: 0", "0 for a TLS 1.3 session (BUGS)", SSL_SESSION_is_resumable(sess) == 0);
	SSL_shutdown(c);
	SSL_shutdown(s);
	SSL_free(c);
	SSL_free(s);
	SSL_SESSION_free(sess);

	ERR_clear_error();
	OURS("SSL_SESSION_is_resumable(NULL) returns 0", SSL_SESSION_is_resumable(NULL) == 0);
	ERR_clear_error();

	SSL_CTX_free(cctx);
	SSL_CTX_free(cctx13);
	SSL_CTX_free(sctx);
	SSL_CTX_free(off);
	return claims_end();
}
