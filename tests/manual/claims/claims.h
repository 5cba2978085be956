/*
 * claims.h: helpers for the programs that check the claims of the manual
 * (tests/manual/run-claims.sh, tests/manual/claims.tsv).
 *
 * Each program is built twice, against our staged library and, with
 * -DORACLE, against the system OpenSSL 3, and run.  It prints one line per
 * check:
 *
 *   check<TAB>ok|FAIL<TAB>NAME[<TAB>detail]   a claim OpenSSL 3 shares: the
 *                                              runner requires "ok" from
 *                                              both builds
 *   differs<TAB>ok|FAIL<TAB>NAME<TAB>KEY      a deliberate difference from
 *                                              OpenSSL 3, run in both builds
 *                                              (see DIFFERS below)
 *   ours<TAB>ok|FAIL<TAB>NAME[<TAB>detail]    a claim about our library
 *                                              only (OpenSSL crashes on the
 *                                              call, or behaves otherwise,
 *                                              as the page says): not run
 *                                              in the oracle build
 *
 * and "end" when it finishes, so that a crash cannot pass.  Nothing
 * printed may depend on pointer values or timing.
 */
#ifndef CLAIMS_H
#define CLAIMS_H

#define _GNU_SOURCE
#include <sys/socket.h>
#include <sys/types.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

static int claims_failed;

static void
claim_line(const char *kind, int ok, const char *name, const char *detail)
{
	printf("%s\t%s\t%s%s%s\n", kind, ok ? "ok" : "FAIL", name,
	    detail != NULL && !ok ? "\t" : "", detail != NULL && !ok ? detail : "");
	if (!ok)
		claims_failed++;
	fflush(stdout);
}

/*
 * A claim where we deliberately differ from OpenSSL 3: run in both builds.
 * The runner passes it only if our build says ok, the OpenSSL build says
 * FAIL (the difference is real), and KEY is the oracle column of a
 * "claims" row of tests/differences.tsv (the difference is on record).
 */
#define DIFFERS(key, name, cond) do {					\
	int ok_ = (cond) != 0;						\
	printf("differs\t%s\t%s\t%s\n", ok_ ? "ok" : "FAIL", (name), (key)); \
	fflush(stdout);							\
} while (0)

/* A claim OpenSSL 3 shares. */
#define CHECK(name, cond) claim_line("check", (cond) != 0, (name), NULL)
/* The same, printing two numbers when it fails. */
#define CHECKV(name, got, want) do {					\
	long long g_ = (long long)(got), w_ = (long long)(want);	\
	char d_[96];							\
	snprintf(d_, sizeof(d_), "got %lld, want %lld", g_, w_);	\
	claim_line("check", g_ == w_, (name), d_);			\
} while (0)
#define CHECKS(name, got, want) do {					\
	const char *g_ = (got), *w_ = (want);				\
	char d_[600];							\
	snprintf(d_, sizeof(d_), "got \"%s\", want \"%s\"",		\
	    g_ ? g_ : "(null)", w_ ? w_ : "(null)");			\
	claim_line("check", (g_ == NULL && w_ == NULL) ||		\
	    (g_ != NULL && w_ != NULL && strcmp(g_, w_) == 0), (name), d_); \
} while (0)

#ifdef ORACLE
#define OURS(name, cond) do { } while (0)
#define OURSV(name, got, want) do { } while (0)
#define OURSS(name, got, want) do { } while (0)
#else
#define OURS(name, cond) claim_line("ours", (cond) != 0, (name), NULL)
#define OURSV(name, got, want) do {					\
	long long g_ = (long long)(got), w_ = (long long)(want);	\
	char d_[96];							\
	snprintf(d_, sizeof(d_), "got %lld, want %lld", g_, w_);	\
	claim_line("ours", g_ == w_, (name), d_);			\
} while (0)
#define OURSS(name, got, want) do {					\
	const char *g_ = (got), *w_ = (want);				\
	char d_[600];							\
	snprintf(d_, sizeof(d_), "got \"%s\", want \"%s\"",		\
	    g_ ? g_ : "(null)", w_ ? w_ : "(null)");			\
	claim_line("ours", (g_ == NULL && w_ == NULL) ||		\
	    (g_ != NULL && w_ != NULL && strcmp(g_, w_) == 0), (name), d_); \
} while (0)
#endif

static int
claims_end(void)
{
	printf("end\n");
	return 0;
}

/* The certificates the runner made: CERTS/NAME.pem and CERTS/NAME.key. */
static const char *certs_dir = "certs";

static const char *
cert_path(const char *name, const char *ext)
{
	static char paths[8][512];
	static int next;
	char *p = paths[next++ % 8];

	snprintf(p, 512, "%s/%s.%s", certs_dir, name, ext);
	return p;
}

/* The reason of the oldest error, or 0; the queue is emptied. */
static int
first_reason(void)
{
	unsigned long e = ERR_peek_error();

	ERR_clear_error();
	return ERR_GET_REASON(e);
}

static int
first_lib(void)
{
	return ERR_GET_LIB(ERR_peek_error());
}

/* The oldest error's library and reason match; the queue is emptied. */
static int
queue_is(int lib, int reason)
{
	unsigned long e = ERR_peek_error();

	ERR_clear_error();
	return ERR_GET_LIB(e) == lib && ERR_GET_REASON(e) == reason;
}

static int
queue_empty(void)
{
	int empty = ERR_peek_error() == 0;

	ERR_clear_error();
	return empty;
}

/* A server context with the certificate and key NAME (ec, rsa, ...). */
static SSL_CTX *
server_ctx(const SSL_METHOD *method, const char *name)
{
	SSL_CTX *ctx = SSL_CTX_new(method);

	if (ctx == NULL ||
	    SSL_CTX_use_certificate_file(ctx, cert_path(name, "pem"), SSL_FILETYPE_PEM) != 1 ||
	    SSL_CTX_use_PrivateKey_file(ctx, cert_path(name, "key"), SSL_FILETYPE_PEM) != 1) {
		fprintf(stderr, "server_ctx %s failed\n", name);
		ERR_print_errors_fp(stderr);
		exit(1);
	}
	return ctx;
}

/* Joins c and s with one BIO pair (buffers of SIZE bytes; 0 = default). */
static void
join_pair(SSL *c, SSL *s, size_t size)
{
	BIO *a, *b;

	if (BIO_new_bio_pair(&a, size, &b, size) != 1) {
		fprintf(stderr, "BIO_new_bio_pair failed\n");
		exit(1);
	}
	SSL_set_bio(c, a, a);
	SSL_set_bio(s, b, b);
}

/* Joins c and s with a socketpair(2); the descriptors go to fds. */
static void
join_sockets(SSL *c, SSL *s, int fds[2], int nonblocking)
{
	if (socketpair(AF_UNIX, SOCK_STREAM, 0, fds) == -1) {
		perror("socketpair");
		exit(1);
	}
	if (nonblocking) {
		fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK);
		fcntl(fds[1], F_SETFL, fcntl(fds[1], F_GETFL) | O_NONBLOCK);
	}
	if (c != NULL)
		SSL_set_fd(c, fds[0]);
	if (s != NULL)
		SSL_set_fd(s, fds[1]);
}

/*
 * Runs both handshakes, alternating, until both are done or one fails
 * with something other than a retry.  Roles must be chosen.  Returns 1
 * when both returned 1.
 */
static int
handshake_both(SSL *c, SSL *s)
{
	int rc = 0, rs = 0;

	ERR_clear_error();
	for (int i = 0; i < 200 && (rc != 1 || rs != 1); i++) {
		if (rc != 1) {
			rc = SSL_do_handshake(c);
			if (rc != 1) {
				int e = SSL_get_error(c, rc);
				if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
					return 0;
			}
		}
		if (rs != 1) {
			rs = SSL_do_handshake(s);
			if (rs != 1) {
				int e = SSL_get_error(s, rs);
				if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
					return 0;
			}
		}
	}
	return rc == 1 && rs == 1;
}

/* A client and a server of the given contexts, joined by a BIO pair and handshaken. */
/* A client and a server joined by BIO pairs of |size| bytes (0: default), handshake done. */
static int
connected_pair_sized(SSL_CTX *cctx, SSL_CTX *sctx, size_t size, SSL **c, SSL **s)
{
	*c = SSL_new(cctx);
	*s = SSL_new(sctx);
	join_pair(*c, *s, size);
	SSL_set_connect_state(*c);
	SSL_set_accept_state(*s);
	return handshake_both(*c, *s);
}

static int
connected_pair(SSL_CTX *cctx, SSL_CTX *sctx, SSL **c, SSL **s)
{
	return connected_pair_sized(cctx, sctx, 0, c, s);
}


/* --- the ClientHello a client sends -------------------------------------- */

struct hello {
	int nsuites;
	unsigned suites[256];
	int nexts;
	unsigned ext_type[64];
	unsigned ext_len[64];
	unsigned char ext_data[64][512];
};

static unsigned
get16(const unsigned char *p)
{
	return (unsigned)p[0] << 8 | p[1];
}

/* The extension TYPE of h, or NULL; its length goes to *len. */
static const unsigned char *
hello_ext(const struct hello *h, unsigned type, unsigned *len)
{
	for (int i = 0; i < h->nexts; i++)
		if (h->ext_type[i] == type) {
			if (len != NULL)
				*len = h->ext_len[i];
			return h->ext_data[i];
		}
	return NULL;
}

/* The u16 list of extension TYPE (supported_groups: 2-byte length first). */
static int
hello_list16(const struct hello *h, unsigned type, unsigned *out, int max)
{
	unsigned len, n;
	const unsigned char *p = hello_ext(h, type, &len);
	int k = 0;

	if (p == NULL || len < 2)
		return -1;
	n = get16(p);
	for (unsigned i = 2; i + 1 < 2 + n && i + 1 < len && k < max; i += 2)
		out[k++] = get16(p + i);
	return k;
}

/* The groups of the key_share extension, in order. */
static int
hello_key_shares(const struct hello *h, unsigned *out, int max)
{
	unsigned len, n, i = 2;
	const unsigned char *p = hello_ext(h, 51, &len);
	int k = 0;

	if (p == NULL || len < 2)
		return -1;
	n = get16(p);
	while (i + 4 <= 2 + n && i + 4 <= len && k < max) {
		out[k++] = get16(p + i);
		i += 4 + get16(p + i + 2);
	}
	return k;
}

/*
 * Makes a client from ctx (after setup(ssl), if given) over memory BIOs,
 * calls SSL_connect once and parses the ClientHello it wrote.  Returns 1
 * if one was parsed.
 */
static int
capture_hello(SSL_CTX *ctx, void (*setup)(SSL *), struct hello *h)
{
	SSL *ssl = SSL_new(ctx);
	BIO *rb = BIO_new(BIO_s_mem()), *wb = BIO_new(BIO_s_mem());
	unsigned char buf[8192];
	int n, ok = 0;

	memset(h, 0, sizeof(*h));
	SSL_set_bio(ssl, rb, wb);
	if (setup != NULL)
		setup(ssl);
	SSL_connect(ssl);
	n = BIO_read(wb, buf, sizeof(buf));
	if (n > 9 && buf[0] == 22 && buf[5] == 1) {
		const unsigned char *p = buf + 9, *end = buf + n;
		unsigned cs, el;

		p += 2 + 32;
		p += 1 + p[0];
		cs = get16(p);
		p += 2;
		for (unsigned i = 0; i + 1 < cs; i += 2)
			if (h->nsuites < 256 && get16(p + i) != 0x00ff)	/* not the SCSV */
				h->suites[h->nsuites++] = get16(p + i);
		p += cs;
		p += 1 + p[0];
		el = get16(p);
		p += 2;
		for (const unsigned char *q = p; q + 4 <= p + el && q + 4 <= end && h->nexts < 64;) {
			unsigned t = get16(q), l = get16(q + 2);

			h->ext_type[h->nexts] = t;
			h->ext_len[h->nexts] = l;
			memcpy(h->ext_data[h->nexts], q + 4, l < 512 ? l : 512);
			h->nexts++;
			q += 4 + l;
		}
		ok = 1;
	}
	SSL_free(ssl);
	ERR_clear_error();
	return ok;
}

/* --- a client and a server with the test in the middle ------------------- */

struct relay {
	SSL *c, *s;
	BIO *c_in, *c_out, *s_in, *s_out;
};

/* A client of cctx and a server of sctx on memory BIOs; roles chosen. */
static void
relay_new(struct relay *r, SSL_CTX *cctx, SSL_CTX *sctx)
{
	r->c = SSL_new(cctx);
	r->s = sctx != NULL ? SSL_new(sctx) : NULL;
	r->c_in = BIO_new(BIO_s_mem());
	r->c_out = BIO_new(BIO_s_mem());
	SSL_set_bio(r->c, r->c_in, r->c_out);
	SSL_set_connect_state(r->c);
	if (r->s != NULL) {
		r->s_in = BIO_new(BIO_s_mem());
		r->s_out = BIO_new(BIO_s_mem());
		SSL_set_bio(r->s, r->s_in, r->s_out);
		SSL_set_accept_state(r->s);
	}
}

/* Moves everything written by one side to the other; mutate (if given) may change server bytes. */
static void
relay_move(struct relay *r, void (*mutate)(unsigned char *, int))
{
	unsigned char buf[65536];
	int n;

	while ((n = BIO_read(r->c_out, buf, sizeof(buf))) > 0)
		if (r->s_in != NULL)
			BIO_write(r->s_in, buf, n);
	while (r->s_out != NULL && (n = BIO_read(r->s_out, buf, sizeof(buf))) > 0) {
		if (mutate != NULL)
			mutate(buf, n);
		BIO_write(r->c_in, buf, n);
	}
}

/* The reason of the server's failure in the last relay_handshake, or 0. */
static int relay_server_reason;

/* Runs both handshakes through the relay until neither asks for more. */
static int
relay_handshake(struct relay *r, void (*mutate)(unsigned char *, int), int *client_ret)
{
	int rc = -1, rs = -1;

	relay_server_reason = 0;
	ERR_clear_error();
	for (int i = 0; i < 50; i++) {
		if (rc != 1) {
			rc = SSL_do_handshake(r->c);
			if (rc != 1 && SSL_get_error(r->c, rc) != SSL_ERROR_WANT_READ)
				break;
		}
		relay_move(r, NULL);
		if (r->s != NULL && rs != 1) {
			rs = SSL_do_handshake(r->s);
			if (rs != 1 && SSL_get_error(r->s, rs) != SSL_ERROR_WANT_READ) {
				relay_server_reason = ERR_GET_REASON(ERR_peek_error());
				ERR_clear_error();
				rs = 1;
			}
		}
		relay_move(r, mutate);
		if (rc == 1 && rs == 1)
			break;
	}
	if (client_ret != NULL)
		*client_ret = rc;
	return rc == 1;
}

static void
relay_free(struct relay *r)
{
	SSL_free(r->c);
	SSL_free(r->s);
}

/* The raw ClientHello record a client of ctx (after setup) writes first. */
static int
hello_bytes(SSL_CTX *ctx, void (*setup)(SSL *), unsigned char *buf, int size)
{
	SSL *ssl = SSL_new(ctx);
	int n;

	SSL_set_bio(ssl, BIO_new(BIO_s_mem()), BIO_new(BIO_s_mem()));
	if (setup != NULL)
		setup(ssl);
	SSL_connect(ssl);
	n = BIO_read(SSL_get_wbio(ssl), buf, size);
	SSL_free(ssl);
	ERR_clear_error();
	return n;
}

/*
 * Replaces the body of extension TYPE of the ClientHello record in buf
 * (n bytes) with the len bytes at body, fixing the lengths.  Returns the
 * new length, or -1 if the extension is not there.
 */
static int
hello_replace_ext(unsigned char *buf, int n, unsigned type, const unsigned char *body, unsigned len)
{
	unsigned char *p = buf + 9 + 2 + 32, *exts, *q;
	unsigned el;
	int delta;

	p += 1 + p[0];
	p += 2 + get16(p);
	p += 1 + p[0];
	exts = p;
	el = get16(exts);
	for (q = exts + 2; q + 4 <= exts + 2 + el; q += 4 + get16(q + 2)) {
		unsigned old = get16(q + 2);

		if (get16(q) != type)
			continue;
		delta = (int)len - (int)old;
		memmove(q + 4 + len, q + 4 + old, (size_t)(buf + n - (q + 4 + old)));
		memcpy(q + 4, body, len);
		q[2] = (unsigned char)(len >> 8);
		q[3] = (unsigned char)len;
		el += delta;
		exts[0] = (unsigned char)(el >> 8);
		exts[1] = (unsigned char)el;
		{
			unsigned rl = get16(buf + 3) + delta;
			unsigned hl = ((unsigned)buf[6] << 16 | (unsigned)buf[7] << 8 | buf[8]) + delta;

			buf[3] = (unsigned char)(rl >> 8);
			buf[4] = (unsigned char)rl;
			buf[6] = (unsigned char)(hl >> 16);
			buf[7] = (unsigned char)(hl >> 8);
			buf[8] = (unsigned char)hl;
		}
		return n + delta;
	}
	return -1;
}

/* A signature_algorithms extension body offering the count schemes given. */
static unsigned
sigalgs_body(unsigned char *body, const unsigned *schemes, int count)
{
	body[0] = 0;
	body[1] = (unsigned char)(2 * count);
	for (int i = 0; i < count; i++) {
		body[2 + 2 * i] = (unsigned char)(schemes[i] >> 8);
		body[3 + 2 * i] = (unsigned char)schemes[i];
	}
	return 2 + 2 * (unsigned)count;
}

/*
 * Gives a server of sctx the ClientHello bytes and calls SSL_accept once.
 * Returns its result; the server's output goes to out (*outlen bytes).
 */
static int
accept_hello(SSL_CTX *sctx, const unsigned char *hello, int n, unsigned char *out, int *outlen, int *err)
{
	SSL *s = SSL_new(sctx);
	BIO *in = BIO_new(BIO_s_mem()), *wb = BIO_new(BIO_s_mem());
	int ret;

	SSL_set_bio(s, in, wb);
	BIO_write(in, hello, n);
	ERR_clear_error();
	ret = SSL_accept(s);
	*err = SSL_get_error(s, ret);
	*outlen = BIO_read(wb, out, 65536);
	if (*outlen < 0)
		*outlen = 0;
	SSL_free(s);
	return ret;
}

/*
 * The handshake message of TYPE in the plaintext records of out (n
 * bytes), or NULL; *len gets its body length.  Messages are assumed not
 * to span records.
 */
static const unsigned char *
find_message(const unsigned char *out, int n, int type, int *len)
{
	int i = 0;

	while (i + 5 <= n) {
		int rl = get16(out + i + 3), j = i + 5;

		if (out[i] == 22)
			while (j + 4 <= i + 5 + rl && j + 4 <= n) {
				int ml = out[j + 1] << 16 | out[j + 2] << 8 | out[j + 3];

				if (out[j] == type) {
					*len = ml;
					return out + j + 4;
				}
				j += 4 + ml;
			}
		i += 5 + rl;
	}
	return NULL;
}

/* --- a real peer: openssl s_server on a free loopback port --------------- */

#include <sys/wait.h>
#include <netinet/in.h>
#include <arpa/inet.h>

static pid_t peer_pid = -1;
static const char *s_server_cert = "ec";	/* the certificate and key s_server presents */

/*
 * Starts `openssl s_server -accept 127.0.0.1:0 -naccept 1 -cert ec.pem
 * -key ec.key ARGS...` (ARGS NULL-terminated) with standard input from
 * the pipe *to (or /dev/null if to is NULL) and returns its port, or -1.
 */
static int
start_s_server(const char *const *args, int *to)
{
	char log[64], line[256];
	const char *argv[32];
	int n = 0, port = -1, in[2] = { -1, -1 };

	snprintf(log, sizeof(log), "s_server.%d.log", (int)getpid());
	argv[n++] = "openssl";
	argv[n++] = "s_server";
	argv[n++] = "-accept";
	argv[n++] = "127.0.0.1:0";
	argv[n++] = "-naccept";
	argv[n++] = "1";
	argv[n++] = "-cert";
	argv[n++] = cert_path(s_server_cert, "pem");
	argv[n++] = "-key";
	argv[n++] = cert_path(s_server_cert, "key");
	while (args != NULL && *args != NULL && n < 31)
		argv[n++] = *args++;
	argv[n] = NULL;
	if (to != NULL && pipe(in) == -1)
		return -1;
	fflush(stdout);
	if ((peer_pid = fork()) == 0) {
		int fd = open(log, O_WRONLY | O_CREAT | O_TRUNC, 0644);

		dup2(fd, 1);
		dup2(fd, 2);
		if (to != NULL) {
			dup2(in[0], 0);
			close(in[1]);
		} else {
			int nul = open("/dev/null", O_RDONLY);
			dup2(nul, 0);
		}
		execvp("openssl", (char *const *)argv);
		_exit(127);
	}
	if (to != NULL) {
		close(in[0]);
		*to = in[1];
	}
	for (int i = 0; i < 200 && port < 0; i++) {
		FILE *f = fopen(log, "r");

		while (f != NULL && fgets(line, sizeof(line), f) != NULL) {
			char *colon = strrchr(line, ':');
			if (strncmp(line, "ACCEPT", 6) == 0 && colon != NULL)
				port = atoi(colon + 1);
		}
		if (f != NULL)
			fclose(f);
		if (port < 0)
			usleep(25000);
	}
	return port;
}

static void
stop_s_server(void)
{
	if (peer_pid > 0) {
		kill(peer_pid, SIGTERM);
		waitpid(peer_pid, NULL, 0);
		peer_pid = -1;
	}
}

/* A blocking TCP socket connected to 127.0.0.1:port. */
static int
tcp_connect(int port)
{
	struct sockaddr_in sin;
	int fd = socket(AF_INET, SOCK_STREAM, 0);

	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_port = htons((unsigned short)port);
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (connect(fd, (struct sockaddr *)&sin, sizeof(sin)) == -1) {
		close(fd);
		return -1;
	}
	return fd;
}

static void
claims_init(int argc, char *argv[])
{
	if (argc > 1)
		certs_dir = argv[1];
	signal(SIGPIPE, SIG_IGN);
	setvbuf(stdout, NULL, _IOLBF, 0);
}

#endif
