/*
 * resume: session resumption (SSL_get_session(3), SSL_set_session(3),
 * SSL_session_reused(3), i2d_SSL_SESSION(3)), built against us and
 * against OpenSSL 3, transcripts compared.
 *
 *   resume -p PORT [-M 1.2|1.3] [-o FILE] [-i FILE]
 *	client: two connections to a server that echoes lines reversed
 *	(openssl s_server -rev -naccept 2), the second offering the first's
 *	session; -o saves the session (i2d) to FILE; -i instead loads it
 *	from FILE (d2i) and makes one connection with it.
 *   resume -S -c CERT -k KEY -n N [-T] [-O] [-t SECONDS] [-p IGNORED]
 *	server: listens on 127.0.0.1 (the port goes to stderr as
 *	"PORT n"), serves N connections one after the other with one
 *	SSL_CTX, and says which were resumed; -T sets SSL_OP_NO_TICKET,
 *	-O turns the session cache off, -t sets the session timeout.
 *   resume -I -c CERT -k KEY [-M 1.2|1.3] [-p IGNORED]
 *	our client and our server in one process over BIO pairs: resumed
 *	with the same server context, not with another context or another
 *	session id context, and after an i2d/d2i round trip.
 *   resume -J -c CERT -k KEY [-p IGNORED]
 *	the same with RFC 5077 tickets under TLS 1.2, the servers' caches
 *	off: resumed by the ticket with the context that issued it, not
 *	with another context, another session id context, a server with
 *	SSL_OP_NO_TICKET, or once the ticket's session has expired.
 */
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

static int port, max_version = TLS1_2_VERSION, no_ticket, cache_off;
static long server_ssl_options; /* set on the server SSL of pair() */
static long timeout_seconds;
static const char *cert, *key, *out_file, *in_file;

static void
die(const char *what)
{
	printf("%s failed\n", what);
	ERR_print_errors_fp(stdout);
	exit(1);
}

static int
tcp_connect(void)
{
	struct sockaddr_in sin;
	int fd = socket(AF_INET, SOCK_STREAM, 0);

	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_port = htons(port);
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (fd == -1 || connect(fd, (struct sockaddr *)&sin, sizeof(sin)) == -1)
		die("tcp connect");
	return fd;
}

/* One connection offering sess (may be NULL); returns SSL_get1_session. */
static SSL_SESSION *
connection(SSL_CTX *ctx, const char *name, SSL_SESSION *sess)
{
	SSL *ssl = SSL_new(ctx);
	char buf[64];
	int fd = tcp_connect(), n;
	SSL_SESSION *got;

	SSL_set_fd(ssl, fd);
	if (sess != NULL)
		printf("%s: set session: %d\n", name, SSL_set_session(ssl, sess));
	printf("%s: connect: %d\n", name, SSL_connect(ssl));
	printf("%s: version: %s\n", name, SSL_get_version(ssl));
	printf("%s: reused: %d\n", name, SSL_session_reused(ssl));
	if (sess != NULL)
		printf("%s: SSL_get_session is the session set: %s\n", name,
		    SSL_get_session(ssl) == sess ? "yes" : "no");
	SSL_write(ssl, "hello\n", 6);
	n = SSL_read(ssl, buf, sizeof(buf) - 1);
	buf[n > 0 ? n : 0] = '\0';
	buf[strcspn(buf, "\n")] = '\0';
	printf("%s: reply: \"%s\"\n", name, buf);
	got = SSL_get1_session(ssl);
	printf("%s: session: %s\n", name, got != NULL ? "yes" : "none");
	if (got != NULL) {
		unsigned int len = 0;

		SSL_SESSION_get_id(got, &len);
		printf("%s: session resumable: %d\n", name, SSL_SESSION_is_resumable(got));
		printf("%s: session version: 0x%x\n", name, SSL_SESSION_get_protocol_version(got));
		printf("%s: session id length: %u\n", name, len);
	}
	SSL_shutdown(ssl);
	SSL_free(ssl);
	close(fd);
	return got;
}

static int
client(void)
{
	SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
	SSL_SESSION *sess;

	SSL_CTX_set_max_proto_version(ctx, max_version);
	if (in_file != NULL) {
		unsigned char buf[65536];
		const unsigned char *p = buf;
		FILE *f = fopen(in_file, "rb");
		long n = f != NULL ? (long)fread(buf, 1, sizeof(buf), f) : -1;

		if (f != NULL)
			fclose(f);
		sess = d2i_SSL_SESSION(NULL, &p, n);
		printf("loaded: %s, all read: %s\n", sess != NULL ? "yes" : "no",
		    p == buf + n ? "yes" : "no");
		if (sess == NULL)
			return 1;
		printf("loaded resumable: %d\n", SSL_SESSION_is_resumable(sess));
		SSL_SESSION_free(connection(ctx, "from file", sess));
		SSL_SESSION_free(sess);
		SSL_CTX_free(ctx);
		return 0;
	}
	sess = connection(ctx, "first", NULL);
	if (sess == NULL)
		return 1;
	if (out_file != NULL) {
		int len = i2d_SSL_SESSION(sess, NULL);
		unsigned char *buf = malloc(len > 0 ? len : 1), *p = buf;
		int written = i2d_SSL_SESSION(sess, &p);
		FILE *f = fopen(out_file, "wb");

		printf("i2d: %s, pointer moved: %s\n", len > 0 && written == len ? "ok" : "FAILED",
		    p == buf + len ? "yes" : "no");
		fwrite(buf, 1, len, f);
		fclose(f);
		free(buf);
	}
	SSL_SESSION_free(connection(ctx, "second", sess));
	SSL_SESSION_free(sess);
	SSL_CTX_free(ctx);
	return 0;
}

static int new_cb_calls;

static int
count_new(SSL *ssl, SSL_SESSION *sess)
{
	(void)ssl;
	(void)sess;
	new_cb_calls++;
	return 0;
}

static int
server(int count)
{
	SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
	struct sockaddr_in sin;
	socklen_t sl = sizeof(sin);
	int lfd = socket(AF_INET, SOCK_STREAM, 0), one = 1;

	if (SSL_CTX_use_certificate_file(ctx, cert, SSL_FILETYPE_PEM) != 1 ||
	    SSL_CTX_use_PrivateKey_file(ctx, key, SSL_FILETYPE_PEM) != 1)
		die("loading the certificate");
	SSL_CTX_set_session_id_context(ctx, (const unsigned char *)"resume", 6);
	SSL_CTX_sess_set_new_cb(ctx, count_new);
	if (no_ticket)
		SSL_CTX_set_options(ctx, SSL_OP_NO_TICKET);
	if (cache_off)
		SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_OFF);
	if (timeout_seconds > 0)
		SSL_CTX_set_timeout(ctx, timeout_seconds);
	setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (bind(lfd, (struct sockaddr *)&sin, sizeof(sin)) == -1 || listen(lfd, 4) == -1 ||
	    getsockname(lfd, (struct sockaddr *)&sin, &sl) == -1)
		die("listen");
	fprintf(stderr, "PORT %d\n", ntohs(sin.sin_port));
	fflush(stderr);
	for (int i = 1; i <= count; i++) {
		int fd = accept(lfd, NULL, NULL), n;
		SSL *ssl = SSL_new(ctx);
		char buf[256];

		SSL_set_fd(ssl, fd);
		printf("connection %d: accept: %d\n", i, SSL_accept(ssl));
		printf("connection %d: version: %s\n", i, SSL_get_version(ssl));
		printf("connection %d: reused: %d\n", i, SSL_session_reused(ssl));
		n = SSL_read(ssl, buf, sizeof(buf));
		for (int j = 0; j < n / 2; j++) {
			char t = buf[j];
			buf[j] = buf[n - 1 - j];
			buf[n - 1 - j] = t;
		}
		if (n > 0)
			SSL_write(ssl, buf, n);
		SSL_shutdown(ssl);
		SSL_free(ssl);
		close(fd);
	}
	printf("sessions cached: %ld\n", SSL_CTX_sess_number(ctx));
	printf("cache hits: %ld\n", SSL_CTX_sess_hits(ctx));
	printf("new session callback calls: %d\n", new_cb_calls);
	SSL_CTX_free(ctx);
	close(lfd);
	return 0;
}

/* --- in one process ------------------------------------------------------ */

static int
handshake_both(SSL *c, SSL *s)
{
	int rc = 0, rs = 0;

	for (int i = 0; i < 200 && (rc != 1 || rs != 1); i++) {
		if (rc != 1 && (rc = SSL_do_handshake(c)) != 1 &&
		    SSL_get_error(c, rc) != SSL_ERROR_WANT_READ)
			return 0;
		if (rs != 1 && (rs = SSL_do_handshake(s)) != 1 &&
		    SSL_get_error(s, rs) != SSL_ERROR_WANT_READ)
			return 0;
	}
	return rc == 1 && rs == 1;
}

/* A handshake between cctx and sctx offering sess; prints and returns the client's session. */
static SSL_SESSION *
pair(const char *name, SSL_CTX *cctx, SSL_CTX *sctx, SSL_SESSION *sess, const char *server_sid_ctx)
{
	SSL *c = SSL_new(cctx), *s = SSL_new(sctx);
	BIO *a, *b;
	SSL_SESSION *got;
	int ok;

	BIO_new_bio_pair(&a, 0, &b, 0);
	SSL_set_bio(c, a, a);
	SSL_set_bio(s, b, b);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	SSL_set_options(s, server_ssl_options);
	if (sess != NULL)
		SSL_set_session(c, sess);
	if (server_sid_ctx != NULL)
		SSL_set_session_id_context(s, (const unsigned char *)server_sid_ctx,
		    (unsigned int)strlen(server_sid_ctx));
	ok = handshake_both(c, s);
	printf("%s: handshake: %s, reused: client %d server %d\n", name, ok ? "ok" : "FAILED",
	    SSL_session_reused(c), SSL_session_reused(s));
	got = SSL_get1_session(c);
	/* Freed without close_notify, a session could not be resumed. */
	SSL_shutdown(c);
	SSL_shutdown(s);
	SSL_free(c);
	SSL_free(s);
	return got;
}

static int
inproc(void)
{
	SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
	SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
	SSL_CTX *other = SSL_CTX_new(TLS_server_method());
	SSL_CTX *off = SSL_CTX_new(TLS_server_method());
	SSL_SESSION *sess, *copy;
	unsigned char buf[65536], *w = buf;
	const unsigned char *r;
	int len;

	SSL_CTX_set_max_proto_version(cctx, max_version);
	SSL_CTX_set_session_cache_mode(cctx, SSL_SESS_CACHE_CLIENT);
	SSL_CTX_sess_set_new_cb(cctx, count_new);
	SSL_CTX *servers[3] = { sctx, other, off };
	for (int i = 0; i < 3; i++) {
		if (SSL_CTX_use_certificate_file(servers[i], cert, SSL_FILETYPE_PEM) != 1 ||
		    SSL_CTX_use_PrivateKey_file(servers[i], key, SSL_FILETYPE_PEM) != 1)
			die("loading the certificate");
		SSL_CTX_set_session_id_context(servers[i], (const unsigned char *)"one", 3);
		/* Session ids, not RFC 5077 tickets, which we do not issue. */
		SSL_CTX_set_options(servers[i], SSL_OP_NO_TICKET);
	}
	SSL_CTX_set_session_cache_mode(off, SSL_SESS_CACHE_OFF);

	sess = pair("first", cctx, sctx, NULL, NULL);
	printf("new session callback calls: %d\n", new_cb_calls);
	printf("session resumable: %d\n", sess != NULL ? SSL_SESSION_is_resumable(sess) : -1);
	printf("server sessions cached: %ld\n", SSL_CTX_sess_number(sctx));
	SSL_SESSION_free(pair("same context", cctx, sctx, sess, NULL));
	printf("server cache hits: %ld\n", SSL_CTX_sess_hits(sctx));
	SSL_SESSION_free(pair("another SSL_CTX", cctx, other, sess, NULL));
	SSL_SESSION_free(pair("another id context", cctx, sctx, sess, "two"));
	SSL_SESSION_free(pair("cache off", cctx, off, sess, NULL));

	len = i2d_SSL_SESSION(sess, &w);
	r = buf;
	copy = d2i_SSL_SESSION(NULL, &r, len);
	printf("i2d/d2i: %s\n", copy != NULL && r == buf + len ? "ok" : "FAILED");
	SSL_SESSION_free(pair("after d2i", cctx, sctx, copy, NULL));
	r = buf;
	printf("d2i of a truncated encoding: %s\n",
	    d2i_SSL_SESSION(NULL, &r, len / 2) == NULL ? "NULL" : "a session");
	ERR_clear_error();
	memset(buf, 'x', 64);
	r = buf;
	printf("d2i of garbage: %s\n", d2i_SSL_SESSION(NULL, &r, 64) == NULL ? "NULL" : "a session");
	ERR_clear_error();
	printf("new session callback calls: %d\n", new_cb_calls);
	SSL_SESSION_free(copy);
	SSL_SESSION_free(sess);
	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	SSL_CTX_free(other);
	SSL_CTX_free(off);
	return 0;
}

/* A server context for tickets: cache off, so only a ticket can resume. */
static SSL_CTX *
ticket_server(const char *sid_ctx)
{
	SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());

	if (SSL_CTX_use_certificate_file(ctx, cert, SSL_FILETYPE_PEM) != 1 ||
	    SSL_CTX_use_PrivateKey_file(ctx, key, SSL_FILETYPE_PEM) != 1)
		die("loading the certificate");
	SSL_CTX_set_session_id_context(ctx, (const unsigned char *)sid_ctx,
	    (unsigned int)strlen(sid_ctx));
	SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_OFF);
	return ctx;
}

static int
tickets_inproc(void)
{
	SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
	SSL_CTX *tix = ticket_server("one"), *foreign = ticket_server("one");
	SSL_CTX *none = ticket_server("one"), *brief = ticket_server("one");
	SSL_SESSION *sess, *plain, *old;
	unsigned int len = 0;

	SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
	SSL_CTX_set_options(none, SSL_OP_NO_TICKET);
	SSL_CTX_set_timeout(brief, 1);

	sess = pair("ticket", cctx, tix, NULL, NULL);
	SSL_SESSION_get_id(sess, &len);
	printf("ticket: client session id length: %u, resumable: %d\n", len,
	    SSL_SESSION_is_resumable(sess));
	printf("ticket: server sessions cached: %ld\n", SSL_CTX_sess_number(tix));
	SSL_SESSION_free(pair("ticket, same context", cctx, tix, sess, NULL));
	printf("ticket: server cache hits: %ld\n", SSL_CTX_sess_hits(tix));
	SSL_SESSION_free(pair("ticket, another SSL_CTX", cctx, foreign, sess, NULL));
	SSL_SESSION_free(pair("ticket, another id context", cctx, tix, sess, "two"));
	/* The server SSL, not its context, has SSL_OP_NO_TICKET: the ticket is not even opened. */
	server_ssl_options = SSL_OP_NO_TICKET;
	SSL_SESSION_free(pair("ticket, same context, server SSL_OP_NO_TICKET", cctx, tix, sess, NULL));
	server_ssl_options = 0;
	printf("ticket: server cache hits: %ld\n", SSL_CTX_sess_hits(tix));

	/* A server with SSL_OP_NO_TICKET and no cache: nothing to resume with. */
	plain = pair("no ticket", cctx, none, NULL, NULL);
	SSL_SESSION_get_id(plain, &len);
	printf("no ticket: client session id length: %u, resumable: %d\n", len,
	    SSL_SESSION_is_resumable(plain));
	SSL_SESSION_free(pair("no ticket, again", cctx, none, plain, NULL));

	/* A ticket whose session has expired on the server (timeout 1 s). */
	old = pair("short timeout", cctx, brief, NULL, NULL);
	SSL_SESSION_free(pair("short timeout, at once", cctx, brief, old, NULL));
	sleep(2);
	SSL_SESSION_free(pair("short timeout, 2 s later", cctx, brief, old, NULL));

	SSL_SESSION_free(old);
	SSL_SESSION_free(plain);
	SSL_SESSION_free(sess);
	SSL_CTX_free(cctx);
	SSL_CTX_free(tix);
	SSL_CTX_free(foreign);
	SSL_CTX_free(none);
	SSL_CTX_free(brief);
	return 0;
}

int
main(int argc, char **argv)
{
	int c, mode = 'C', count = 2;

	while ((c = getopt(argc, argv, "p:M:o:i:SIJc:k:n:TOt:")) != -1) {
		switch (c) {
		case 'p': port = atoi(optarg); break;
		case 'M': max_version = strcmp(optarg, "1.3") == 0 ? TLS1_3_VERSION : TLS1_2_VERSION; break;
		case 'o': out_file = optarg; break;
		case 'i': in_file = optarg; break;
		case 'S': case 'I': case 'J': mode = c; break;
		case 'T': no_ticket = 1; break;
		case 'O': cache_off = 1; break;
		case 't': timeout_seconds = atol(optarg); break;
		case 'c': cert = optarg; break;
		case 'k': key = optarg; break;
		case 'n': count = atoi(optarg); break;
		default: return 2;
		}
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (mode == 'S')
		return server(count);
	if (mode == 'I')
		return inproc();
	if (mode == 'J')
		return tickets_inproc();
	return client();
}
