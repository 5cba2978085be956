/* Claims of SSL_connect(3). */
#include <sys/time.h>
#include <netinet/in.h>
#include <arpa/inet.h>

#include "claims.h"

static void
on_alarm(int sig)
{
	(void)sig;
}

/* A TCP connection to a loopback listener that resets it at once. */
static int
reset_connection(void)
{
	struct sockaddr_in sin;
	socklen_t len = sizeof(sin);
	struct linger lg = { 1, 0 };
	int l = socket(AF_INET, SOCK_STREAM, 0), c = socket(AF_INET, SOCK_STREAM, 0), a;

	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	bind(l, (struct sockaddr *)&sin, sizeof(sin));
	listen(l, 1);
	getsockname(l, (struct sockaddr *)&sin, &len);
	connect(c, (struct sockaddr *)&sin, sizeof(sin));
	a = accept(l, NULL, NULL);
	setsockopt(a, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg));
	close(a);
	close(l);
	usleep(50000);
	return c;
}

static int alert_sent;

/* Feeds bytes as if a server sent them and returns what SSL_connect then reports. */
static int
reason_for_server_bytes(SSL_CTX *ctx, const unsigned char *bytes, int n, int *ret)
{
	struct relay r;
	int reason;

	relay_new(&r, ctx, NULL);
	SSL_connect(r.c);
	relay_move(&r, NULL);	/* the ClientHello goes nowhere */
	BIO_write(r.c_in, bytes, n);
	ERR_clear_error();
	*ret = SSL_connect(r.c);
	reason = SSL_get_error(r.c, *ret) == SSL_ERROR_SSL ? ERR_GET_REASON(ERR_peek_error()) : -1;
	ERR_clear_error();
	{
		unsigned char out[4096];
		int k, last = 0;

		while ((k = BIO_read(r.c_out, out, sizeof(out))) > 0)
			last = out[0];
		alert_sent = last == 21;
	}
	relay_free(&r);
	return reason;
}

/* A TLS 1.2-style ServerHello record (no extensions) with the given version. */
static int
server_hello(unsigned char *p, int version, int suite)
{
	int n = 0;

	p[n++] = 22; p[n++] = 3; p[n++] = 3; p[n++] = 0; p[n++] = 42;
	p[n++] = 2; p[n++] = 0; p[n++] = 0; p[n++] = 38;
	p[n++] = (unsigned char)(version >> 8); p[n++] = (unsigned char)version;
	for (int i = 0; i < 32; i++)
		p[n++] = (unsigned char)(i * 7 + 1);
	p[n++] = 0;
	p[n++] = (unsigned char)(suite >> 8); p[n++] = (unsigned char)suite;
	p[n++] = 0;
	return n;
}

/* Mutators for server bytes, by TLS 1.2 handshake message type inside plaintext records. */
static int target_type;
static int mutated;

static void
flip_in_message(unsigned char *buf, int n)
{
	int i = 0;

	while (!mutated && i + 5 <= n) {
		int len = buf[i + 3] << 8 | buf[i + 4], j = i + 5;

		if (buf[i] == 22)
			while (j + 4 <= i + 5 + len && j + 4 <= n) {
				int mlen = buf[j + 1] << 16 | buf[j + 2] << 8 | buf[j + 3];

				if (buf[j] == target_type && j + 4 + mlen <= n) {
					if (target_type == 11)
						buf[j + 4 + 3 + 3 + 10] ^= 0xff;	/* inside the first certificate */
					else
						buf[j + 4 + mlen - 1] ^= 0x01;	/* last byte: the signature */
					mutated = 1;
					return;
				}
				j += 4 + mlen;
			}
		i += 5 + len;
	}
}

/* Flips a byte of the second record the server sends (TLS 1.3: encrypted). */
static int records_seen;

static void
flip_second_record(unsigned char *buf, int n)
{
	int i = 0;

	while (i + 5 <= n) {
		int len = buf[i + 3] << 8 | buf[i + 4];

		if (++records_seen == 3 && !mutated) {	/* ServerHello, ChangeCipherSpec, encrypted */
			buf[i + 5 + len / 2] ^= 0x01;
			mutated = 1;
		}
		i += 5 + len;
	}
}

static int
sink_write(BIO *b, const char *data, int len)
{
	(void)b;
	(void)data;
	return len;
}

static int
failing_read(BIO *b, char *data, int len)
{
	(void)data;
	(void)len;
	BIO_clear_retry_flags(b);
	errno = EIO;
	return -1;
}

static long
flush_ctrl(BIO *b, int cmd, long larg, void *parg)
{
	(void)b;
	(void)larg;
	(void)parg;
	return cmd == BIO_CTRL_FLUSH;
}

int
main(int argc, char *argv[])
{
	SSL_CTX *ctx, *cctx, *sctx;
	SSL *ssl, *c, *s;
	struct relay r;
	unsigned char rec[256];
	char buf[64];
	int fds[2], ret, err, n, saved;

	claims_init(argc, argv);
	cctx = SSL_CTX_new(TLS_client_method());
	sctx = server_ctx(TLS_server_method(), "ec");

	/* Roles. */
	ctx = SSL_CTX_new(TLS_method());
	ssl = SSL_new(ctx);
	SSL_set_bio(ssl, BIO_new(BIO_s_mem()), BIO_new(BIO_s_mem()));
	ret = SSL_connect(ssl);
	CHECK("SSL_connect makes a connection without a role a client",
	    ret == -1 && SSL_get_error(ssl, ret) == SSL_ERROR_WANT_READ && SSL_is_server(ssl) == 0 &&
	    BIO_pending(SSL_get_wbio(ssl)) > 0);
	SSL_free(ssl);
	SSL_CTX_free(ctx);
	ctx = server_ctx(TLS_method(), "ec");
	c = SSL_new(cctx);
	s = SSL_new(ctx);
	join_pair(c, s, 0);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	{
		int rc = 0, rs = 0;

		for (int i = 0; i < 20 && (rc != 1 || rs != 1); i++) {
			if (rc != 1)
				rc = SSL_connect(c);
			if (rs != 1)
				rs = SSL_connect(s);
		}
		CHECK("SSL_connect on a connection made a server runs the server's handshake",
		    rc == 1 && rs == 1 && SSL_is_server(s) == 1);
	}
	SSL_free(c);
	SSL_free(s);
	SSL_CTX_free(ctx);

	/* Transport. */
	ssl = SSL_new(cctx);
	OURS("without a transport: -1, SSL_ERROR_SSL, SSL_R_BIO_NOT_SET",
	    (ret = SSL_connect(ssl)) == -1 && SSL_get_error(ssl, ret) == SSL_ERROR_SSL &&
	    queue_is(ERR_LIB_SSL, SSL_R_BIO_NOT_SET));
	SSL_free(ssl);
	ssl = SSL_new(cctx);
	SSL_set0_rbio(ssl, BIO_new(BIO_s_mem()));
	OURS("with only a read BIO: SSL_R_BIO_NOT_SET",
	    SSL_connect(ssl) == -1 && queue_is(ERR_LIB_SSL, SSL_R_BIO_NOT_SET));
	SSL_free(ssl);

	/* Settings are read by the first call. */
	relay_new(&r, cctx, sctx);
	SSL_connect(r.c);
	SSL_set_max_proto_version(r.c, TLS1_2_VERSION);
	SSL_set_ciphersuites(r.c, "TLS_AES_128_GCM_SHA256");
	OURS("settings changed after the first call do not affect the handshake in progress",
	    relay_handshake(&r, NULL, NULL) && strcmp(SSL_get_version(r.c), "TLSv1.3") == 0 &&
	    strcmp(SSL_get_cipher_name(r.c), "TLS_AES_256_GCM_SHA384") == 0);
	relay_free(&r);

	/* Completion. */
	c = SSL_new(cctx);
	s = SSL_new(sctx);
	join_pair(c, s, 0);
	SSL_set_accept_state(s);
	{
		int rc = 0, rs = 0;

		for (int i = 0; i < 20 && rc != 1; i++) {
			rc = SSL_connect(c);
			if (rc != 1)
				rs = SSL_accept(s);
		}
		CHECK("when SSL_connect returns 1, all the client had to send is written",
		    rc == 1 && rs != 1 && SSL_accept(s) == 1);
		CHECK("a further SSL_connect returns 1 at once, sending nothing",
		    SSL_connect(c) == 1 && BIO_ctrl_pending(SSL_get_rbio(s)) == 0);
	}
	SSL_free(c);
	SSL_free(s);

	/* EINTR on a blocking socket. */
	ssl = SSL_new(cctx);
	join_sockets(ssl, NULL, fds, 0);
	{
		struct sigaction sa;
		struct itimerval it = { { 0, 0 }, { 0, 200000 } };

		memset(&sa, 0, sizeof(sa));
		sa.sa_handler = on_alarm;
		sigaction(SIGALRM, &sa, NULL);	/* no SA_RESTART */
		setitimer(ITIMER_REAL, &it, NULL);
		ret = SSL_connect(ssl);
		err = SSL_get_error(ssl, ret);
		CHECK("a signal interrupting a blocking SSL_connect: -1 and SSL_ERROR_WANT_READ",
		    ret == -1 && err == SSL_ERROR_WANT_READ);
	}
	SSL_free(ssl);
	close(fds[0]);
	close(fds[1]);

	/* A reset connection. */
	ssl = SSL_new(cctx);
	SSL_set_fd(ssl, fds[0] = reset_connection());
	ERR_clear_error();
	errno = 0;
	ret = SSL_connect(ssl);
	saved = errno;
	err = SSL_get_error(ssl, ret);
	CHECK("a connection reset by the server: -1, SSL_ERROR_SYSCALL, errno ECONNRESET",
	    ret == -1 && err == SSL_ERROR_SYSCALL && saved == ECONNRESET);
	ERR_clear_error();
	SSL_free(ssl);
	close(fds[0]);

	/* After a failure. */
	relay_new(&r, cctx, NULL);
	SSL_connect(r.c);
	BIO_write(r.c_in, "HTTP/1.0 400 Bad Request\r\n\r\n", 28);
	SSL_connect(r.c);
	ERR_clear_error();
	OURS("after a protocol error, SSL_connect fails with SSL_R_PROTOCOL_IS_SHUTDOWN",
	    SSL_connect(r.c) == -1 && queue_is(ERR_LIB_SSL, SSL_R_PROTOCOL_IS_SHUTDOWN));
	OURS("after a protocol error, SSL_read fails with SSL_R_PROTOCOL_IS_SHUTDOWN",
	    SSL_read(r.c, buf, sizeof(buf)) == -1 && queue_is(ERR_LIB_SSL, SSL_R_PROTOCOL_IS_SHUTDOWN));
	OURS("after a protocol error, SSL_write fails with SSL_R_PROTOCOL_IS_SHUTDOWN",
	    SSL_write(r.c, "x", 1) == -1 && queue_is(ERR_LIB_SSL, SSL_R_PROTOCOL_IS_SHUTDOWN));
	relay_free(&r);
	relay_new(&r, cctx, NULL);
	SSL_connect(r.c);
	BIO_set_mem_eof_return(r.c_in, 0);
	DIFFERS("eof: SSL_ERROR_SYSCALL, errno 0", "end of file before the handshake completes: 0, SSL_ERROR_SYSCALL, errno 0, empty queue",
	    (errno = 5, ret = SSL_connect(r.c)) == 0 && (saved = errno) == 0 &&
	    SSL_get_error(r.c, ret) == SSL_ERROR_SYSCALL && queue_empty());
	DIFFERS("after eof: SSL_R_PROTOCOL_IS_SHUTDOWN", "after end of file, SSL_connect fails with SSL_R_PROTOCOL_IS_SHUTDOWN",
	    SSL_connect(r.c) == -1 && queue_is(ERR_LIB_SSL, SSL_R_PROTOCOL_IS_SHUTDOWN));
	relay_free(&r);
	ssl = SSL_new(cctx);
	{
		BIO_METHOD *m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "broken");
		BIO *b;

		BIO_meth_set_write(m, sink_write);
		BIO_meth_set_read(m, failing_read);
		BIO_meth_set_ctrl(m, flush_ctrl);
		b = BIO_new(m);
		SSL_set_bio(ssl, b, b);
		ret = SSL_connect(ssl);
		err = SSL_get_error(ssl, ret);
		ERR_clear_error();
		BIO_meth_free(m);
	}
	CHECK("a failed read from the transport: -1 and SSL_ERROR_SYSCALL",
	    ret == -1 && err == SSL_ERROR_SYSCALL);
	OURS("after a failed read from the socket, SSL_connect fails with SSL_R_PROTOCOL_IS_SHUTDOWN",
	    SSL_connect(ssl) == -1 && queue_is(ERR_LIB_SSL, SSL_R_PROTOCOL_IS_SHUTDOWN));
	SSL_free(ssl);

	/* ERRORS. */
	ctx = SSL_CTX_new(TLS_client_method());
	SSL_CTX_set_options(ctx, SSL_OP_NO_TLSv1_2 | SSL_OP_NO_TLSv1_3);
	relay_new(&r, ctx, NULL);
	OURS("no version left: SSL_R_NO_PROTOCOLS_AVAILABLE",
	    SSL_connect(r.c) == -1 && queue_is(ERR_LIB_SSL, SSL_R_NO_PROTOCOLS_AVAILABLE));
	relay_free(&r);
	SSL_CTX_free(ctx);
	ctx = SSL_CTX_new(TLS_client_method());
	SSL_CTX_set_max_proto_version(ctx, TLS1_2_VERSION);
	SSL_CTX_set_cipher_list(ctx, "NO-SUCH-SUITE");
	ERR_clear_error();
	relay_new(&r, ctx, NULL);
	CHECK("every allowed version without suites: SSL_R_NO_CIPHERS_AVAILABLE",
	    SSL_connect(r.c) == -1 && queue_is(ERR_LIB_SSL, SSL_R_NO_CIPHERS_AVAILABLE));
	relay_free(&r);
	SSL_CTX_free(ctx);

	n = server_hello(rec, 0x0302, 0xc02f);
	OURSV("a server choosing TLS 1.1: SSL_R_UNSUPPORTED_PROTOCOL",
	    reason_for_server_bytes(cctx, rec, n, &ret), SSL_R_UNSUPPORTED_PROTOCOL);
	{
		static const unsigned char app[] = { 23, 3, 3, 0, 5, 1, 2, 3, 4, 5 };
		OURSV("application data before the ServerHello: SSL_R_UNEXPECTED_MESSAGE",
		    reason_for_server_bytes(cctx, app, sizeof(app), &ret), SSL_R_UNEXPECTED_MESSAGE);
	}
	n = server_hello(rec, 0x0303, 0xc02f);
	rec[9 + 2 + 32] = 200;	/* a session id longer than the message */
	OURSV("a malformed ServerHello: SSL_R_BAD_PACKET",
	    reason_for_server_bytes(cctx, rec, n, &ret), SSL_R_BAD_PACKET);
	OURS("the client ends the handshake with an alert", alert_sent);
	{
		static const unsigned char big[] = { 22, 3, 3, 0x48, 0x01 };
		OURSV("a record longer than TLS allows: SSL_R_PACKET_LENGTH_TOO_LONG",
		    reason_for_server_bytes(cctx, big, sizeof(big), &ret), SSL_R_PACKET_LENGTH_TOO_LONG);
	}
	relay_new(&r, cctx, sctx);
	mutated = records_seen = 0;
	CHECK("a damaged encrypted record: SSL_R_DECRYPTION_FAILED_OR_BAD_RECORD_MAC",
	    !relay_handshake(&r, flip_second_record, &ret) && mutated &&
	    SSL_get_error(r.c, ret) == SSL_ERROR_SSL &&
	    queue_is(ERR_LIB_SSL, SSL_R_DECRYPTION_FAILED_OR_BAD_RECORD_MAC));
	relay_free(&r);
	SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
	relay_new(&r, cctx, sctx);
	mutated = 0;
	target_type = 12;	/* ServerKeyExchange */
	CHECK("a bad ServerKeyExchange signature: SSL_R_BAD_SIGNATURE",
	    !relay_handshake(&r, flip_in_message, &ret) && mutated &&
	    queue_is(ERR_LIB_SSL, SSL_R_BAD_SIGNATURE));
	relay_free(&r);
	relay_new(&r, cctx, sctx);
	mutated = 0;
	target_type = 11;	/* Certificate */
	OURS("a certificate that cannot be parsed: SSL_R_CERTIFICATE_VERIFY_FAILED",
	    !relay_handshake(&r, flip_in_message, &ret) && mutated &&
	    queue_is(ERR_LIB_SSL, SSL_R_CERTIFICATE_VERIFY_FAILED));
	relay_free(&r);
	SSL_CTX_set_max_proto_version(cctx, 0);

	OURS("SSL_connect(NULL): ERR_R_PASSED_NULL_PARAMETER",
	    SSL_connect(NULL) == -1 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));
	OURS("SSL_connect of an object that is not a live SSL: ERR_R_PASSED_INVALID_ARGUMENT",
	    SSL_connect((SSL *)cctx) == -1 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT));

	/* CAVEATS: the default SSL_VERIFY_NONE accepts any certificate, as in OpenSSL. */
	{
		static const char *names[] = { "ec", "expired", "leafonly" };

		for (int i = 0; i < 3; i++) {
			SSL_CTX *x = server_ctx(TLS_server_method(), names[i]);
			char what[128];

			c = SSL_new(cctx);
			SSL_set_tlsext_host_name(c, "not-the-certificates-name.example");
			s = SSL_new(x);
			join_pair(c, s, 0);
			SSL_set_connect_state(c);
			SSL_set_accept_state(s);
			snprintf(what, sizeof(what),
			    "SSL_VERIFY_NONE: the handshake succeeds with %s certificate for another name",
			    i == 0 ? "a self-signed" : i == 1 ? "an expired" : "a CA-issued, chain-less,");
			CHECK(what, handshake_both(c, s));
			SSL_free(c);
			SSL_free(s);
			SSL_CTX_free(x);
		}
	}

	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	return claims_end();
}
