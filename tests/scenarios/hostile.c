/*
 * hostile: a hostile peer.  It speaks raw bytes to an SSL (the target)
 * through memory BIOs: what it writes into the target's read BIO is what
 * the network delivered, what it drains from the target's write BIO is
 * what the target sent back.  Valid flights come from a second SSL of the
 * same library (the helper peer), which the test then cuts, splits,
 * duplicates, reorders or replaces.  A memory BIO whose "eof return" is 0
 * is a peer that closed the connection, so no case can wait for input:
 * every case ends, and alarm(2) bounds each one anyway.
 *
 * For every case it prints one line: the target's return value, its
 * SSL_get_error(3) code, whether a reason is on the error queue, and the
 * alert the target sent (decoded from the plaintext record, or, when the
 * record is encrypted, by handing it to the helper peer and reading the
 * "alert received" reason the peer reports; "encrypted" when no helper
 * peer is left to ask).  The reason itself goes to
 * standard error, which the runner keeps but does not compare: OpenSSL's
 * reasons are finer-grained than the engine's.
 *
 *   hostile -c CERT -k KEY [-C CHAIN100] [-B BIGCERT] [-r REPEAT] [CASE...]
 *
 * With -r, the memory subset runs REPEAT times and the resident size
 * before and after is compared.
 */
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

#include "common.h"

static const char *cert, *key, *chain100, *bigcert;
static SSL_CTX *client_ctx, *server_ctx;
static const char *current = "start";
static int quiet;

static void
on_alarm(int sig)
{
	static const char msg[] = "hostile: a case hung: ";

	(void)sig;
	write(1, msg, sizeof(msg) - 1);
	write(1, current, strlen(current));
	write(1, "\n", 1);
	_exit(3);
}

/* ---- byte buffers -------------------------------------------------- */

struct buf {
	unsigned char *p;
	size_t n, cap;
};

static void
add(struct buf *b, const void *p, size_t n)
{
	if (b->n + n > b->cap) {
		b->cap = (b->n + n) * 2 + 64;
		b->p = realloc(b->p, b->cap);
		if (b->p == NULL)
			abort();
	}
	memcpy(b->p + b->n, p, n);
	b->n += n;
}

static void
add_byte(struct buf *b, int v)
{
	unsigned char c = (unsigned char)v;

	add(b, &c, 1);
}

static void
add_u16(struct buf *b, size_t v)
{
	add_byte(b, (int)(v >> 8));
	add_byte(b, (int)v);
}

static void
add_u24(struct buf *b, size_t v)
{
	add_byte(b, (int)(v >> 16));
	add_u16(b, v & 0xffff);
}

/* One record: header (type, version 0x0303 or as given) and body. */
static void
add_record(struct buf *b, int type, int version, const void *body, size_t n)
{
	add_byte(b, type);
	add_u16(b, (size_t)version);
	add_u16(b, n);
	if (n > 0)
		add(b, body, n);
}

static void
drain(BIO *out, struct buf *b)
{
	unsigned char tmp[16384];
	int n;

	while ((n = BIO_read(out, tmp, sizeof(tmp))) > 0)
		add(b, tmp, (size_t)n);
}

/* ---- connections over memory BIOs ----------------------------------- */

struct end {
	SSL *ssl;
	BIO *in;	/* its read BIO: we write what the network delivers */
	BIO *out;	/* its write BIO: we read what it sends */
};

static void
open_end(struct end *e, SSL_CTX *ctx, int server)
{
	e->ssl = SSL_new(ctx);
	e->in = BIO_new(BIO_s_mem());
	e->out = BIO_new(BIO_s_mem());
	SSL_set_bio(e->ssl, e->in, e->out);
	if (server)
		SSL_set_accept_state(e->ssl);
	else
		SSL_set_connect_state(e->ssl);
}

static void
close_end(struct end *e)
{
	SSL_free(e->ssl);
	memset(e, 0, sizeof(*e));
}

static void
feed(struct end *e, const void *p, size_t n)
{
	if (n > 0)
		BIO_write(e->in, p, (int)n);
}

/* The peer closed the connection after what was fed so far. */
static void
hang_up(struct end *e)
{
	BIO_set_mem_eof_return(e->in, 0);
}

/* Moves at most LIMIT bytes (all when LIMIT < 0) from A's output to B. */
static size_t
pump(struct end *a, struct end *b, long limit)
{
	unsigned char tmp[4096];
	size_t moved = 0;
	int n;

	while (limit < 0 || (long)moved < limit) {
		int want = sizeof(tmp);

		if (limit >= 0 && limit - (long)moved < want)
			want = (int)(limit - (long)moved);
		n = BIO_read(a->out, tmp, want);
		if (n <= 0)
			break;
		BIO_write(b->in, tmp, n);
		moved += (size_t)n;
	}
	return moved;
}

static int
is_want(SSL *s, int ret)
{
	int e = SSL_get_error(s, ret);

	return ret <= 0 && (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE);
}

/* Runs both handshakes to completion; 1 when both completed. */
static int
handshake(struct end *c, struct end *s)
{
	int rc = 0, rs = 0;

	for (int i = 0; i < 50 && (rc != 1 || rs != 1); i++) {
		if (rc != 1) {
			rc = SSL_do_handshake(c->ssl);
			if (rc != 1 && !is_want(c->ssl, rc))
				return 0;
		}
		pump(c, s, -1);
		if (rs != 1) {
			rs = SSL_do_handshake(s->ssl);
			if (rs != 1 && !is_want(s->ssl, rs))
				return 0;
		}
		pump(s, c, -1);
	}
	return rc == 1 && rs == 1;
}

/* ---- records and handshake messages -------------------------------- */

/* The handshake messages carried by the type-22 records of BYTES. */
static void
messages_of(const struct buf *bytes, struct buf *msgs)
{
	size_t at = 0;

	while (at + 5 <= bytes->n) {
		size_t len = (size_t)bytes->p[at + 3] << 8 | bytes->p[at + 4];

		if (at + 5 + len > bytes->n)
			break;
		if (bytes->p[at] == 22)
			add(msgs, bytes->p + at + 5, len);
		at += 5 + len;
	}
}

/* Offset and length of message number I (0-based) in MSGS, -1 if none. */
static long
message_at(const struct buf *msgs, int i, size_t *len)
{
	size_t at = 0;

	for (int k = 0; at + 4 <= msgs->n; k++) {
		size_t l = 4 + ((size_t)msgs->p[at + 1] << 16 | (size_t)msgs->p[at + 2] << 8 | msgs->p[at + 3]);

		if (k == i) {
			*len = l;
			return (long)at;
		}
		at += l;
	}
	return -1;
}

/* MSGS again as type-22 records of at most FRAG bytes each. */
static void
records_of(struct buf *out, const unsigned char *msgs, size_t n, size_t frag)
{
	for (size_t at = 0; at < n; at += frag)
		add_record(out, 22, 0x0303, msgs + at, n - at < frag ? n - at : frag);
}

/* ---- reporting ------------------------------------------------------ */

static const char *
error_name(int e)
{
	switch (e) {
	case SSL_ERROR_NONE: return "SSL_ERROR_NONE";
	case SSL_ERROR_SSL: return "SSL_ERROR_SSL";
	case SSL_ERROR_WANT_READ: return "SSL_ERROR_WANT_READ";
	case SSL_ERROR_WANT_WRITE: return "SSL_ERROR_WANT_WRITE";
	case SSL_ERROR_SYSCALL: return "SSL_ERROR_SYSCALL";
	case SSL_ERROR_ZERO_RETURN: return "SSL_ERROR_ZERO_RETURN";
	default: return "other";
	}
}

/*
 * The alert in what the target sent: the last plaintext alert record, or
 * for an encrypted last record what the helper peer makes of it (an
 * "alert received" reason is 1000 + the alert).
 */
static void
sent_alert(const struct buf *sent, struct end *peer, char *out, size_t outlen)
{
	size_t at = 0, last = (size_t)-1;
	int alert = -1;

	snprintf(out, outlen, "none");
	while (at + 5 <= sent->n) {
		size_t len = (size_t)sent->p[at + 3] << 8 | sent->p[at + 4];

		if (at + 5 + len > sent->n)
			break;
		if (sent->p[at] == 21 && len == 2)
			alert = sent->p[at + 6];
		last = at;
		at += 5 + len;
	}
	if (alert >= 0) {
		snprintf(out, outlen, "%d", alert);
		return;
	}
	/* Encrypted: application data (TLS 1.3), or an alert record that is not 2 bytes (TLS 1.2). */
	if (last == (size_t)-1 || !(sent->p[last] == 23 ||
	    (sent->p[last] == 21 && (sent->p[last + 3] << 8 | sent->p[last + 4]) != 2)))
		return;
	snprintf(out, outlen, "encrypted");
	if (peer != NULL && peer->ssl != NULL) {
		snprintf(out, outlen, "none");
		char tmp[64];
		unsigned long e;
		int r;

		ERR_clear_error();
		feed(peer, sent->p + last, sent->n - last);
		r = SSL_read(peer->ssl, tmp, sizeof(tmp));
		e = ERR_peek_error();
		if (r <= 0 && ERR_GET_REASON(e) >= 1000 && ERR_GET_REASON(e) < 1256)
			snprintf(out, outlen, "%d", ERR_GET_REASON(e) - 1000);
		ERR_clear_error();
	}
}

/*
 * The case's line: return value, SSL_get_error, whether the queue holds a
 * reason, and the alert sent.  Consumes the error queue.
 */
static void
report(const char *name, struct end *target, int ret, struct end *peer)
{
	struct buf sent = { 0 };
	unsigned long e = ERR_peek_error();
	int err = SSL_get_error(target->ssl, ret);
	char alert[32];

	drain(target->out, &sent);
	sent_alert(&sent, peer, alert, sizeof(alert));
	if (!quiet) {
		printf("%s: ret %d %s, queue %s, alert %s\n", name, ret, error_name(err),
		    e != 0 ? "reason" : "empty", alert);
		fprintf(stderr, "%s: reason %d \"%s\"\n", name, ERR_GET_REASON(e),
		    e != 0 ? ERR_reason_error_string(e) : "");
	}
	ERR_clear_error();
	free(sent.p);
}

/* Drives the target until it returns anything but a retry. */
static int
drive(struct end *t)
{
	int r;

	for (int i = 0; i < 1000; i++) {
		r = SSL_do_handshake(t->ssl);
		if (!is_want(t->ssl, r))
			return r;
		if (BIO_ctrl_pending(t->in) == 0)
			return r;
	}
	return r;
}

static int
read_once(struct end *t)
{
	char tmp[256];

	return SSL_read(t->ssl, tmp, sizeof(tmp));
}

/* ---- flights from the helper peer ---------------------------------- */

/* A fresh client's first flight (its ClientHello). */
static void
client_hello(struct buf *ch, int max_version)
{
	struct end c;

	open_end(&c, client_ctx, 0);
	if (max_version)
		SSL_set_max_proto_version(c.ssl, max_version);
	SSL_do_handshake(c.ssl);
	drain(c.out, ch);
	close_end(&c);
}

/*
 * A target client and a helper server; the client's hello is delivered and
 * the server's first flight is left in FLIGHT.
 */
static void
server_flight(struct end *target, struct end *server, SSL_CTX *sctx, int max_version, struct buf *flight)
{
	open_end(target, client_ctx, 0);
	open_end(server, sctx, 1);
	if (max_version)
		SSL_set_max_proto_version(target->ssl, max_version);
	SSL_do_handshake(target->ssl);
	pump(target, server, -1);
	SSL_do_handshake(server->ssl);
	drain(server->out, flight);
}

/* ---- the cases: our server against a hostile client ------------------ */

/* Feeds BYTES to a fresh server, hangs up, and reports. */
static void
server_gets(const char *name, const void *bytes, size_t n, int max_version)
{
	struct end s;

	open_end(&s, server_ctx, 1);
	if (max_version)
		SSL_set_max_proto_version(s.ssl, max_version);
	feed(&s, bytes, n);
	hang_up(&s);
	report(name, &s, drive(&s), NULL);
	close_end(&s);
}

static void
s_truncated(const char *name)
{
	struct buf ch = { 0 };

	client_hello(&ch, 0);
	server_gets(name, ch.p, ch.n - 10, 0);
	free(ch.p);
}

static void
s_truncated_header(const char *name)
{
	struct buf ch = { 0 };

	client_hello(&ch, 0);
	server_gets(name, ch.p, 3, 0);
	free(ch.p);
}

static void
oversized(const char *name, int type, size_t len, int to_server)
{
	struct buf b = { 0 };
	unsigned char *zero = calloc(1, len);

	add_record(&b, type, 0x0301, zero, len);
	if (to_server) {
		server_gets(name, b.p, b.n, 0);
	} else {
		struct end c, s;
		struct buf flight = { 0 };

		server_flight(&c, &s, server_ctx, 0, &flight);
		feed(&c, b.p, b.n);
		hang_up(&c);
		report(name, &c, drive(&c), NULL);
		close_end(&c);
		close_end(&s);
		free(flight.p);
	}
	free(zero);
	free(b.p);
}

static void s_oversized_plaintext(const char *n) { oversized(n, 22, 16385, 1); }
static void s_max_plaintext(const char *n) { oversized(n, 22, 16384, 1); }
static void s_oversized_ciphertext(const char *n) { oversized(n, 23, 16384 + 2048 + 1, 1); }

static void
raw_to_server(const char *name, int type, const char *body, size_t len)
{
	struct buf b = { 0 };

	add_record(&b, type, 0x0301, body, len);
	server_gets(name, b.p, b.n, 0);
	free(b.p);
}

static void s_zero_handshake(const char *n) { raw_to_server(n, 22, "", 0); }
static void s_zero_alert(const char *n) { raw_to_server(n, 21, "", 0); }
static void s_appdata_first(const char *n) { raw_to_server(n, 23, "hello", 5); }
static void s_unknown_type(const char *n) { raw_to_server(n, 99, "hello", 5); }
static void s_ccs_first(const char *n) { raw_to_server(n, 20, "\1", 1); }

static void
s_http(const char *name)
{
	static const char req[] = "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n";

	server_gets(name, req, sizeof(req) - 1, 0);
}

/* The ClientHello delivered one byte per call: a retry each time, then a full handshake. */
static void
s_bytewise(const char *name)
{
	struct end c, s;
	struct buf ch = { 0 };
	int wants = 0, r = 0;

	open_end(&c, client_ctx, 0);
	open_end(&s, server_ctx, 1);
	SSL_do_handshake(c.ssl);
	drain(c.out, &ch);
	for (size_t i = 0; i < ch.n; i++) {
		feed(&s, ch.p + i, 1);
		r = SSL_do_handshake(s.ssl);
		if (!is_want(s.ssl, r))
			break;
		if (BIO_ctrl_pending(s.out) == 0)
			wants++;
	}
	pump(&s, &c, -1);
	if (!quiet)
		printf("%s: %s before the last byte, answered after it: %s\n", name,
		    wants == (int)ch.n - 1 ? "a retry each byte" : "no retry at some byte",
		    BIO_ctrl_pending(c.in) > 0 ? "yes" : "no");
	report(name, &s, handshake(&c, &s), &c);
	close_end(&c);
	close_end(&s);
	free(ch.p);
}

/* The ClientHello re-fragmented into 1-byte records: legal, must work. */
static void
s_one_byte_records(const char *name)
{
	struct end c, s;
	struct buf ch = { 0 }, msgs = { 0 }, recs = { 0 };

	open_end(&c, client_ctx, 0);
	open_end(&s, server_ctx, 1);
	SSL_do_handshake(c.ssl);
	drain(c.out, &ch);
	messages_of(&ch, &msgs);
	records_of(&recs, msgs.p, msgs.n, 1);
	feed(&s, recs.p, recs.n);
	report(name, &s, handshake(&c, &s), &c);
	close_end(&c);
	close_end(&s);
	free(ch.p);
	free(msgs.p);
	free(recs.p);
}

/*
 * The ClientHello with COUNT more extensions of type FIRST + i (or the
 * same type COUNT times when SAME), lengths fixed up.
 */
static void
ch_with_extensions(struct buf *out, int count, int first, int same)
{
	struct buf ch = { 0 }, msgs = { 0 }, m = { 0 };
	size_t at, extlen_at, body_len;

	client_hello(&ch, 0);
	messages_of(&ch, &msgs);
	/* type(1) len(3) version(2) random(32) */
	at = 4 + 2 + 32;
	at += 1 + msgs.p[at];					/* session id */
	at += 2 + ((size_t)msgs.p[at] << 8 | msgs.p[at + 1]);	/* suites */
	at += 1 + msgs.p[at];					/* compression */
	extlen_at = at;
	add(&m, msgs.p, msgs.n);
	for (int i = 0; i < count; i++) {
		add_u16(&m, (size_t)(same ? first : first + i));
		add_u16(&m, 0);
	}
	{
		size_t ext = ((size_t)m.p[extlen_at] << 8 | m.p[extlen_at + 1]) + 4 * (size_t)count;

		m.p[extlen_at] = (unsigned char)(ext >> 8);
		m.p[extlen_at + 1] = (unsigned char)ext;
	}
	body_len = m.n - 4;
	m.p[1] = (unsigned char)(body_len >> 16);
	m.p[2] = (unsigned char)(body_len >> 8);
	m.p[3] = (unsigned char)body_len;
	records_of(out, m.p, m.n, 16384);
	free(ch.p);
	free(msgs.p);
	free(m.p);
}

/* 1000 unknown extensions: a server must ignore them and answer. */
static void
s_1000_extensions(const char *name)
{
	struct buf b = { 0 }, sent = { 0 };
	struct end s;
	int r;

	ch_with_extensions(&b, 1000, 0x5000, 0);
	open_end(&s, server_ctx, 1);
	feed(&s, b.p, b.n);
	r = drive(&s);
	drain(s.out, &sent);
	if (!quiet)
		printf("%s: ret %d %s, answered with a ServerHello: %s\n", name, r,
		    error_name(SSL_get_error(s.ssl, r)),
		    sent.n > 9 && sent.p[0] == 22 && sent.p[5] == 2 ? "yes" : "no");
	ERR_clear_error();
	close_end(&s);
	free(b.p);
	free(sent.p);
}

/* One extension type twice (RFC 8446 4.2: MUST NOT). */
static void
s_duplicate_extension(const char *name)
{
	struct buf b = { 0 };

	ch_with_extensions(&b, 2, 0x5000, 1);
	server_gets(name, b.p, b.n, 0);
	free(b.p);
}

/* The ClientHello twice (TLS 1.2, so the answer is in plaintext). */
static void
s_duplicate_hello(const char *name)
{
	struct buf ch = { 0 }, two = { 0 };

	client_hello(&ch, TLS1_2_VERSION);
	add(&two, ch.p, ch.n);
	add(&two, ch.p, ch.n);
	server_gets(name, two.p, two.n, 0);
	free(ch.p);
	free(two.p);
}

/* An alert record between the two halves of the ClientHello. */
static void
s_alert_mid_message(const char *name)
{
	struct buf ch = { 0 }, msgs = { 0 }, b = { 0 };
	static const unsigned char warning[2] = { 1, 90 };	/* user_canceled */
	size_t half;

	client_hello(&ch, 0);
	messages_of(&ch, &msgs);
	half = msgs.n / 2;
	add_record(&b, 22, 0x0301, msgs.p, half);
	add_record(&b, 21, 0x0301, warning, 2);
	add_record(&b, 22, 0x0301, msgs.p + half, msgs.n - half);
	server_gets(name, b.p, b.n, 0);
	free(ch.p);
	free(msgs.p);
	free(b.p);
}

/* A record of garbage after a complete handshake: a bad MAC. */
static void
garbage_after_handshake(const char *name, int to_server, size_t len)
{
	struct end c, s, *t, *p;
	struct buf b = { 0 };
	unsigned char *junk = malloc(len);
	int r;

	for (size_t i = 0; i < len; i++)
		junk[i] = (unsigned char)(i * 131 + 7);
	open_end(&c, client_ctx, 0);
	open_end(&s, server_ctx, 1);
	if (!handshake(&c, &s)) {
		printf("%s: helper handshake failed\n", name);
		ERR_clear_error();
		goto out;
	}
	/* Let the client take the server's tickets first. */
	read_once(&c);
	ERR_clear_error();
	t = to_server ? &s : &c;
	p = to_server ? &c : &s;
	add_record(&b, 23, 0x0303, junk, len);
	feed(t, b.p, b.n);
	hang_up(t);
	r = read_once(t);
	report(name, t, r, p);
out:
	close_end(&c);
	close_end(&s);
	free(junk);
	free(b.p);
}

static void s_garbage_after(const char *n) { garbage_after_handshake(n, 1, 64); }
static void c_garbage_after(const char *n) { garbage_after_handshake(n, 0, 64); }
/* TLS 1.3: 2^14 + 256 is the ciphertext limit; at the limit only the MAC fails. */
static void c_ciphertext_at_limit(const char *n) { garbage_after_handshake(n, 0, 16384 + 256); }
static void c_ciphertext_over_limit(const char *n) { garbage_after_handshake(n, 0, 16384 + 256 + 1); }

/* A non-record after the handshake (type 0). */
static void
c_non_record_after(const char *name)
{
	struct end c, s;
	static const char junk[] = "\0\0\0\0\0\0\0\0";

	open_end(&c, client_ctx, 0);
	open_end(&s, server_ctx, 1);
	if (handshake(&c, &s)) {
		read_once(&c);
		ERR_clear_error();
		feed(&c, junk, 8);
		hang_up(&c);
		report(name, &c, read_once(&c), &s);
	}
	close_end(&c);
	close_end(&s);
}

/*
 * TLS 1.2, our server: a helper client's second flight (ClientKeyExchange,
 * ChangeCipherSpec, encrypted Finished) as records, edited by EDIT and
 * delivered, then end of file.  Until it has sent its own
 * ChangeCipherSpec the server's alerts are plaintext.
 */
typedef void (*flight_edit_fn)(const struct buf *flight, struct buf *out);

static void
server_gets_second_flight(const char *name, flight_edit_fn edit)
{
	struct end c, s;
	struct buf flight = { 0 }, out = { 0 };

	open_end(&c, client_ctx, 0);
	open_end(&s, server_ctx, 1);
	SSL_set_max_proto_version(c.ssl, TLS1_2_VERSION);
	SSL_do_handshake(c.ssl);
	pump(&c, &s, -1);
	SSL_do_handshake(s.ssl);
	pump(&s, &c, -1);
	SSL_do_handshake(c.ssl);
	drain(c.out, &flight);
	edit(&flight, &out);
	feed(&s, out.p, out.n);
	hang_up(&s);
	report(name, &s, drive(&s), NULL);
	close_end(&c);
	close_end(&s);
	free(flight.p);
	free(out.p);
}

/* Offset and length of record number I of BYTES, -1 if none. */
static long
record_at(const struct buf *bytes, int i, size_t *len)
{
	size_t at = 0;

	for (int k = 0; at + 5 <= bytes->n; k++) {
		size_t l = 5 + ((size_t)bytes->p[at + 3] << 8 | bytes->p[at + 4]);

		if (k == i) {
			*len = l;
			return (long)at;
		}
		at += l;
	}
	return -1;
}

static void
edit_dup_first_record(const struct buf *f, struct buf *out)
{
	size_t l0;
	long a0 = record_at(f, 0, &l0);

	if (a0 >= 0)
		add(out, f->p + a0, l0);
	add(out, f->p, f->n);
}

static void
edit_drop_ccs(const struct buf *f, struct buf *out)
{
	size_t l;

	for (int i = 0; record_at(f, i, &l) >= 0; i++) {
		long a = record_at(f, i, &l);

		if (f->p[a] != 20)
			add(out, f->p + a, l);
	}
}

static void
edit_ccs_first(const struct buf *f, struct buf *out)
{
	size_t l;

	for (int i = 0; record_at(f, i, &l) >= 0; i++) {
		long a = record_at(f, i, &l);

		if (f->p[a] == 20)
			add(out, f->p + a, l);
	}
	for (int i = 0; record_at(f, i, &l) >= 0; i++) {
		long a = record_at(f, i, &l);

		if (f->p[a] != 20)
			add(out, f->p + a, l);
	}
}

/*
 * TLS 1.2, our client: the server's last flight ([NewSessionTicket,]
 * ChangeCipherSpec, Finished) edited; the server SSL gets SERVER_OPTIONS
 * (SSL_OP_NO_TICKET: no NewSessionTicket, the flight starts with the
 * ChangeCipherSpec).
 */
static void
client_gets_last_flight(const char *name, flight_edit_fn edit, long server_options)
{
	struct end c, s;
	struct buf flight = { 0 }, out = { 0 };

	open_end(&c, client_ctx, 0);
	open_end(&s, server_ctx, 1);
	SSL_set_options(s.ssl, server_options);
	SSL_set_max_proto_version(c.ssl, TLS1_2_VERSION);
	SSL_do_handshake(c.ssl);
	pump(&c, &s, -1);
	SSL_do_handshake(s.ssl);
	pump(&s, &c, -1);
	SSL_do_handshake(c.ssl);
	pump(&c, &s, -1);
	SSL_do_handshake(s.ssl);
	drain(s.out, &flight);
	edit(&flight, &out);
	feed(&c, out.p, out.n);
	hang_up(&c);
	report(name, &c, drive(&c), &s);
	close_end(&c);
	close_end(&s);
	free(flight.p);
	free(out.p);
}

/* A Finished in plaintext where the ChangeCipherSpec was due (deterministic, unlike the encrypted one). */
static void
edit_plaintext_finished(const struct buf *f, struct buf *out)
{
	static const unsigned char finished[16] = { 20, 0, 0, 12 };

	(void)f;
	add_record(out, 22, 0x0303, finished, sizeof(finished));
}

static void c12_finished_without_ccs(const char *n) { client_gets_last_flight(n, edit_plaintext_finished, 0); }
/* The ChangeCipherSpec twice. */
static void c12_duplicate_first_record(const char *n) { client_gets_last_flight(n, edit_dup_first_record, SSL_OP_NO_TICKET); }
/* The NewSessionTicket twice (RFC 5077: one only, before the ChangeCipherSpec). */
static void c12_duplicate_ticket(const char *n) { client_gets_last_flight(n, edit_dup_first_record, 0); }

static void s12_duplicate_key_exchange(const char *n) { server_gets_second_flight(n, edit_dup_first_record); }
static void s12_finished_without_ccs(const char *n) { server_gets_second_flight(n, edit_drop_ccs); }
static void s12_ccs_before_key_exchange(const char *n) { server_gets_second_flight(n, edit_ccs_first); }

/* ---- the cases: our client against a hostile server ------------------ */

/* The first server flight (TLS 1.2 unless VERSION) turned into BYTES by EDIT. */
typedef void (*edit_fn)(const struct buf *msgs, struct buf *out);

static void
client_gets_edited(const char *name, SSL_CTX *sctx, edit_fn edit)
{
	struct end c, s;
	struct buf flight = { 0 }, msgs = { 0 }, out = { 0 };

	server_flight(&c, &s, sctx, TLS1_2_VERSION, &flight);
	messages_of(&flight, &msgs);
	edit(&msgs, &out);
	feed(&c, out.p, out.n);
	hang_up(&c);
	report(name, &c, drive(&c), NULL);
	close_end(&c);
	close_end(&s);
	free(flight.p);
	free(msgs.p);
	free(out.p);
}

static void
edit_dup_hello(const struct buf *m, struct buf *out)
{
	size_t l0;
	long a0 = message_at(m, 0, &l0);

	records_of(out, m->p + a0, l0, 16384);
	records_of(out, m->p, m->n, 16384);
}

static void
edit_swap_1_2(const struct buf *m, struct buf *out)
{
	size_t l0, l1, l2;
	long a0 = message_at(m, 0, &l0), a1 = message_at(m, 1, &l1), a2 = message_at(m, 2, &l2);
	struct buf r = { 0 };

	add(&r, m->p + a0, l0);
	add(&r, m->p + a2, l2);
	add(&r, m->p + a1, l1);
	add(&r, m->p + a2 + l2, m->n - (size_t)a2 - l2);
	records_of(out, r.p, r.n, 16384);
	free(r.p);
}

static void
edit_alert_mid(const struct buf *m, struct buf *out)
{
	static const unsigned char warning[2] = { 1, 90 };
	size_t l1;
	long a1 = message_at(m, 1, &l1);
	size_t cut = (size_t)a1 + l1 / 2;

	records_of(out, m->p, cut, 16384);
	add_record(out, 21, 0x0303, warning, 2);
	records_of(out, m->p + cut, m->n - cut, 16384);
}

static void
edit_one_byte_records(const struct buf *m, struct buf *out)
{
	records_of(out, m->p, m->n, 1);
}

static void
edit_zero_handshake(const struct buf *m, struct buf *out)
{
	(void)m;
	add_record(out, 22, 0x0303, "", 0);
}

static void
edit_zero_alert(const struct buf *m, struct buf *out)
{
	(void)m;
	add_record(out, 21, 0x0303, "", 0);
}

static void
edit_appdata(const struct buf *m, struct buf *out)
{
	(void)m;
	add_record(out, 23, 0x0303, "hello", 5);
}

static void
edit_truncated(const struct buf *m, struct buf *out)
{
	records_of(out, m->p, m->n / 2, 16384);
	out->n -= 7;
}

static void
edit_http(const struct buf *m, struct buf *out)
{
	static const char reply[] = "HTTP/1.0 400 Bad Request\r\n\r\n";

	(void)m;
	add(out, reply, sizeof(reply) - 1);
}

/* A Certificate message (after the ServerHello) holding one 1 MiB blob. */
static void
edit_megabyte_cert(const struct buf *m, struct buf *out)
{
	size_t l0, big = 1 << 20;
	long a0 = message_at(m, 0, &l0);
	struct buf r = { 0 };
	unsigned char *blob = calloc(1, big);

	/* A DER SEQUENCE header so a parser has to look inside. */
	blob[0] = 0x30;
	blob[1] = 0x83;
	blob[2] = (unsigned char)((big - 5) >> 16);
	blob[3] = (unsigned char)((big - 5) >> 8);
	blob[4] = (unsigned char)(big - 5);
	add(&r, m->p + a0, l0);
	add_byte(&r, 11);
	add_u24(&r, big + 3 + 3);
	add_u24(&r, big + 3);
	add_u24(&r, big);
	add(&r, blob, big);
	records_of(out, r.p, r.n, 16384);
	free(r.p);
	free(blob);
}

static void c_duplicate_hello(const char *n) { client_gets_edited(n, server_ctx, edit_dup_hello); }
static void c_reordered(const char *n) { client_gets_edited(n, server_ctx, edit_swap_1_2); }
static void c_alert_mid_message(const char *n) { client_gets_edited(n, server_ctx, edit_alert_mid); }
static void c_zero_handshake(const char *n) { client_gets_edited(n, server_ctx, edit_zero_handshake); }
static void c_zero_alert(const char *n) { client_gets_edited(n, server_ctx, edit_zero_alert); }
static void c_appdata_first(const char *n) { client_gets_edited(n, server_ctx, edit_appdata); }
static void c_truncated(const char *n) { client_gets_edited(n, server_ctx, edit_truncated); }
static void c_http(const char *n) { client_gets_edited(n, server_ctx, edit_http); }
static void c_megabyte_cert(const char *n) { client_gets_edited(n, server_ctx, edit_megabyte_cert); }
static void c_oversized_plaintext(const char *n) { oversized(n, 22, 16385, 0); }

/* The server flight re-fragmented into 1-byte records, then the handshake finishes. */
static void
c_one_byte_records(const char *name)
{
	struct end c, s;
	struct buf flight = { 0 }, msgs = { 0 }, out = { 0 };

	server_flight(&c, &s, server_ctx, TLS1_2_VERSION, &flight);
	messages_of(&flight, &msgs);
	edit_one_byte_records(&msgs, &out);
	feed(&c, out.p, out.n);
	report(name, &c, handshake(&c, &s), &s);
	close_end(&c);
	close_end(&s);
	free(flight.p);
	free(msgs.p);
	free(out.p);
}

/* The server's flights delivered to our client one byte per call. */
static void
c_bytewise(const char *name)
{
	struct end c, s;
	struct buf flight = { 0 };
	int r = 0, early = 0;

	server_flight(&c, &s, server_ctx, 0, &flight);
	for (size_t i = 0; i < flight.n; i++) {
		feed(&c, flight.p + i, 1);
		r = SSL_do_handshake(c.ssl);
		if (!is_want(c.ssl, r) && i + 1 < flight.n)
			early = 1;
	}
	pump(&c, &s, -1);
	if (!quiet)
		printf("%s: finished before the last byte: %s\n", name, early ? "yes" : "no");
	report(name, &c, handshake(&c, &s), &s);
	close_end(&c);
	close_end(&s);
	free(flight.p);
}

/* A real server presenting the chain in FILE; our client reads it. */
static void
client_reads_chain(const char *name, const char *file)
{
	SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
	struct end c, s;

	if (file == NULL || SSL_CTX_use_certificate_chain_file(sctx, file) != 1 ||
	    SSL_CTX_use_PrivateKey_file(sctx, key, SSL_FILETYPE_PEM) != 1) {
		printf("%s: cannot load %s\n", name, file ? file : "(no file)");
		ERR_clear_error();
		SSL_CTX_free(sctx);
		return;
	}
	open_end(&c, client_ctx, 0);
	open_end(&s, sctx, 1);
	/* The client's hello, then the server's whole flight, then end of file. */
	SSL_do_handshake(c.ssl);
	pump(&c, &s, -1);
	SSL_do_handshake(s.ssl);
	pump(&s, &c, -1);
	{
		int r = drive(&c);

		if (is_want(c.ssl, r)) {
			/* Everything read and accepted: finish for real. */
			report(name, &c, handshake(&c, &s), &s);
		} else {
			report(name, &c, r, &s);
		}
	}
	close_end(&c);
	close_end(&s);
	SSL_CTX_free(sctx);
}

static void c_chain_100(const char *n) { client_reads_chain(n, chain100); }
static void c_big_cert(const char *n) { client_reads_chain(n, bigcert); }

/* ---- end of file at every byte offset -------------------------------- */

/*
 * A live handshake in which the direction toward the target is cut after
 * CUT bytes and then closed; returns the target's last result (or 2 when
 * it completed).  *NEEDED is set to the bytes the target had been given
 * when it completed (uncut run).
 */
static int
cut_run(int target_is_server, long cut, size_t *needed, int *err, unsigned long *queued)
{
	struct end c, s, *t, *o;
	long given = 0;
	int rt = 0, ro = 0, done = 0;

	open_end(&c, client_ctx, 0);
	open_end(&s, server_ctx, 1);
	t = target_is_server ? &s : &c;
	o = target_is_server ? &c : &s;
	/* The client starts. */
	if (!target_is_server)
		rt = SSL_do_handshake(t->ssl);
	for (int i = 0; i < 50 && !done; i++) {
		if (ro != 1)
			ro = SSL_do_handshake(o->ssl);
		given += (long)pump(o, t, cut < 0 ? -1 : cut - given);
		if (cut >= 0 && given >= cut)
			hang_up(t);
		rt = SSL_do_handshake(t->ssl);
		if (rt == 1) {
			done = 1;
			*needed = (size_t)given;
		} else if (!is_want(t->ssl, rt)) {
			break;
		}
		pump(t, o, -1);
	}
	*err = SSL_get_error(t->ssl, rt);
	*queued = ERR_peek_error();
	ERR_clear_error();
	close_end(&c);
	close_end(&s);
	return done ? 2 : rt;
}

static void
eof_sweep(const char *name, int target_is_server)
{
	size_t needed = 0;
	int err, kinds = 0, counts[8] = { 0 }, rets[8], errs[8], queues[8], reasons[8], skipped = 0;
	unsigned long q;

	if (cut_run(target_is_server, -1, &needed, &err, &q) != 2 || needed == 0) {
		printf("%s: the uncut handshake failed\n", name);
		return;
	}
	for (long cut = 0; cut < (long)needed; cut++) {
		size_t own = 0;
		int r = cut_run(target_is_server, cut, &own, &err, &q), k;

		/*
		 * An ECDSA signature varies in length by a byte or two: a
		 * flight that came out shorter than the cut completes, rightly.
		 */
		if (r == 2 && own <= (size_t)cut) {
			skipped++;
			continue;
		}

		for (k = 0; k < kinds; k++)
			if (rets[k] == r && errs[k] == err && queues[k] == (q != 0) &&
			    reasons[k] == ERR_GET_REASON(q))
				break;
		if (k == kinds && kinds < 8) {
			rets[k] = r;
			errs[k] = err;
			queues[k] = q != 0;
			reasons[k] = ERR_GET_REASON(q);
			kinds++;
		}
		if (k < 8)
			counts[k]++;
	}
	fprintf(stderr, "%s: %zu offsets, %d with a shorter flight\n", name, needed, skipped);
	for (int k = 0; k < kinds; k++) {
		if (!quiet)
			printf("%s: %s ret %d %s, queue %s\n", name,
			    counts[k] + skipped == (int)needed ? "every offset" : "some offsets",
			    rets[k], error_name(errs[k]), queues[k] ? "reason" : "empty");
		fprintf(stderr, "%s: %d offsets: ret %d error %d reason %d\n", name,
		    counts[k], rets[k], errs[k], reasons[k]);
	}
}

static void s_eof_every_offset(const char *n) { eof_sweep(n, 1); }
static void c_eof_every_offset(const char *n) { eof_sweep(n, 0); }

/* ---- the table ------------------------------------------------------- */

static const struct {
	const char *name;
	void (*run)(const char *);
	int memory;	/* part of the subset repeated under -r */
} cases[] = {
	{ "server-truncated-record", s_truncated, 1 },
	{ "server-truncated-header", s_truncated_header, 0 },
	{ "server-plaintext-2^14", s_max_plaintext, 0 },
	{ "server-plaintext-over-2^14", s_oversized_plaintext, 1 },
	{ "server-ciphertext-over-2^14+2048", s_oversized_ciphertext, 0 },
	{ "server-zero-length-handshake", s_zero_handshake, 0 },
	{ "server-zero-length-alert", s_zero_alert, 0 },
	{ "server-appdata-before-hello", s_appdata_first, 0 },
	{ "server-unknown-content-type", s_unknown_type, 1 },
	{ "server-ccs-before-hello", s_ccs_first, 0 },
	{ "server-http-request", s_http, 0 },
	{ "server-hello-bytewise", s_bytewise, 0 },
	{ "server-hello-one-byte-records", s_one_byte_records, 1 },
	{ "server-1000-extensions", s_1000_extensions, 1 },
	{ "server-duplicate-extension", s_duplicate_extension, 0 },
	{ "server-duplicate-hello", s_duplicate_hello, 1 },
	{ "server-alert-mid-hello", s_alert_mid_message, 1 },
	{ "server-tls12-duplicate-key-exchange", s12_duplicate_key_exchange, 0 },
	{ "server-tls12-finished-without-ccs", s12_finished_without_ccs, 0 },
	{ "server-tls12-ccs-before-key-exchange", s12_ccs_before_key_exchange, 0 },
	{ "server-garbage-after-handshake", s_garbage_after, 1 },
	{ "server-eof-every-offset", s_eof_every_offset, 0 },
	{ "client-truncated-flight", c_truncated, 1 },
	{ "client-plaintext-over-2^14", c_oversized_plaintext, 0 },
	{ "client-zero-length-handshake", c_zero_handshake, 0 },
	{ "client-zero-length-alert", c_zero_alert, 0 },
	{ "client-appdata-before-hello", c_appdata_first, 0 },
	{ "client-http-reply", c_http, 0 },
	{ "client-duplicate-hello", c_duplicate_hello, 1 },
	{ "client-reordered-messages", c_reordered, 1 },
	{ "client-alert-mid-message", c_alert_mid_message, 1 },
	{ "client-flight-one-byte-records", c_one_byte_records, 0 },
	{ "client-flight-bytewise", c_bytewise, 0 },
	{ "client-megabyte-certificate-message", c_megabyte_cert, 0 },
	{ "client-chain-of-100", c_chain_100, 0 },
	{ "client-megabyte-certificate", c_big_cert, 0 },
	{ "client-tls12-plaintext-finished", c12_finished_without_ccs, 0 },
	{ "client-tls12-duplicate-first-record", c12_duplicate_first_record, 0 },
	{ "client-tls12-duplicate-ticket", c12_duplicate_ticket, 0 },
	{ "client-garbage-after-handshake", c_garbage_after, 1 },
	{ "client-ciphertext-2^14+256", c_ciphertext_at_limit, 0 },
	{ "client-ciphertext-over-2^14+256", c_ciphertext_over_limit, 1 },
	{ "client-non-record-after-handshake", c_non_record_after, 0 },
	{ "client-eof-every-offset", c_eof_every_offset, 0 },
};
#define NCASES (sizeof(cases) / sizeof(cases[0]))

static void
run_case(size_t i)
{
	current = cases[i].name;
	alarm(60);
	cases[i].run(cases[i].name);
	alarm(0);
	fflush(stdout);
}

int
main(int argc, char *argv[])
{
	int ch, repeat = 0;

	setvbuf(stdout, NULL, _IOLBF, 0);
	signal(SIGALRM, on_alarm);
	while ((ch = getopt(argc, argv, "c:k:C:B:r:p:")) != -1) {
		switch (ch) {
		case 'c': cert = optarg; break;
		case 'k': key = optarg; break;
		case 'C': chain100 = optarg; break;
		case 'B': bigcert = optarg; break;
		case 'r': repeat = atoi(optarg); break;
		case 'p': break;	/* the runner gives every program a port */
		default: return 2;
		}
	}
	if (cert == NULL || key == NULL)
		return 2;
	client_ctx = SSL_CTX_new(TLS_client_method());
	server_ctx = SSL_CTX_new(TLS_server_method());
	/* Two classic groups keep the hellos alike in both libraries; P-256
	 * because OpenSSL serves a P-256 certificate under TLS 1.2 only to a
	 * client that lists the curve. */
	SSL_CTX_set1_groups_list(client_ctx, "X25519:P-256");
	if (SSL_CTX_use_certificate_file(server_ctx, cert, SSL_FILETYPE_PEM) != 1 ||
	    SSL_CTX_use_PrivateKey_file(server_ctx, key, SSL_FILETYPE_PEM) != 1) {
		printf("cannot load %s / %s\n", cert, key);
		return 1;
	}

	if (repeat > 0) {
		/* Warm up (caches, the runtime's heaps), then measure. */
		long before = 0, after;
		int warm = repeat / 10 > 0 ? repeat / 10 : 1;

		quiet = 1;
		for (int n = 0; n < warm + repeat; n++) {
			if (n == warm)
				before = rss_kib();
			for (size_t i = 0; i < NCASES; i++)
				if (cases[i].memory)
					run_case(i);
		}
		after = rss_kib();
		fprintf(stderr, "memory: %d rounds, resident %ld KiB before, %ld KiB after (%+ld KiB)\n",
		    repeat, before, after, after - before);
		printf("memory: %d rounds of the subset, resident growth %s\n", repeat,
		    after - before < 16384 ? "under 16 MiB" : "16 MiB or more");
		return 0;
	}
	for (size_t i = 0; i < NCASES; i++) {
		int wanted = optind == argc;

		for (int a = optind; a < argc; a++)
			if (strcmp(argv[a], cases[i].name) == 0)
				wanted = 1;
		if (wanted)
			run_case(i);
	}
	SSL_CTX_free(client_ctx);
	SSL_CTX_free(server_ctx);
	return 0;
}
