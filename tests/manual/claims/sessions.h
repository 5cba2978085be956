/*
 * sessions.h: handshakes that make and resume sessions, for the claims of
 * the session pages (SSL_get_session(3) and its family).  Server contexts
 * are told SSL_OP_NO_TICKET so that both OpenSSL and we resume by session
 * id rather than by RFC 5077 ticket.
 */
#ifndef SESSIONS_H
#define SESSIONS_H

#include "claims.h"

/* A server context with the ec certificate, session ids only. */
static SSL_CTX *
session_server_ctx(void)
{
	SSL_CTX *ctx = server_ctx(TLS_server_method(), "ec");

	SSL_CTX_set_options(ctx, SSL_OP_NO_TICKET);
	SSL_CTX_set_session_id_context(ctx, (const unsigned char *)"claims", 6);
	return ctx;
}

/* A client context limited to TLS 1.2 (sessions of TLS 1.3 are not resumable here). */
static SSL_CTX *
session_client_ctx(void)
{
	SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());

	SSL_CTX_set_max_proto_version(ctx, TLS1_2_VERSION);
	return ctx;
}

/*
 * Handshakes a new client of cctx, offering sess (may be NULL), with a new
 * server of sctx; setup, if not NULL, is applied to both SSLs first.  Both
 * ends are shut down properly (a session whose connection was not is
 * spoilt).  Returns the client's SSL_session_reused, or -1 if the
 * handshake failed; *client_sess gets SSL_get1_session of the client and
 * *server_sess that of the server, where not NULL.
 */
static int
session_handshake(SSL_CTX *cctx, SSL_CTX *sctx, SSL_SESSION *sess,
    void (*setup)(SSL *c, SSL *s), SSL_SESSION **client_sess, SSL_SESSION **server_sess)
{
	SSL *c = SSL_new(cctx), *s = SSL_new(sctx);
	int reused = -1;

	join_pair(c, s, 0);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	if (sess != NULL)
		SSL_set_session(c, sess);
	if (setup != NULL)
		setup(c, s);
	if (handshake_both(c, s))
		reused = SSL_session_reused(c);
	if (client_sess != NULL)
		*client_sess = SSL_get1_session(c);
	if (server_sess != NULL)
		*server_sess = SSL_get1_session(s);
	SSL_shutdown(c);
	SSL_shutdown(s);
	SSL_free(c);
	SSL_free(s);
	ERR_clear_error();
	return reused;
}

/* A new TLS 1.2 session between cctx and sctx, or NULL. */
static SSL_SESSION *
new_session(SSL_CTX *cctx, SSL_CTX *sctx)
{
	SSL_SESSION *sess = NULL;

	session_handshake(cctx, sctx, NULL, NULL, &sess, NULL);
	return sess;
}

/* The client's SSL_session_reused when it offers sess; -1 if the handshake failed. */
static int
resumes(SSL_CTX *cctx, SSL_CTX *sctx, SSL_SESSION *sess)
{
	return session_handshake(cctx, sctx, sess, NULL, NULL, NULL);
}

#endif
