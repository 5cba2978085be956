/* Claims of SSL_accept(3). */
#include <sys/time.h>

#include "claims.h"

static void
on_alarm(int sig)
{
	(void)sig;
}

static int maxv, last_record_type, last_record_len;
static const char *client_ciphers;

static void
client_setup(SSL *ssl)
{
	if (maxv != 0)
		SSL_set_max_proto_version(ssl, maxv);
	if (client_ciphers != NULL)
		SSL_set_cipher_list(ssl, client_ciphers);
}

/* A client (cctx, max version, cipher list) against a server of sctx; returns the cipher or "failed". */
static const char *
negotiate(SSL_CTX *cctx, SSL_CTX *sctx, int version, const char *ciphers, int *client_reason, int *server_reason)
{
	static char name[64];
	struct relay r;
	int ok, ret, sret;

	relay_new(&r, cctx, sctx);
	maxv = version;
	client_ciphers = ciphers;
	client_setup(r.c);
	ok = relay_handshake(&r, NULL, &ret);
	snprintf(name, sizeof(name), "%s", ok ? SSL_get_cipher_name(r.c) : "failed");
	if (client_reason != NULL)
		*client_reason = ok ? 0 : ERR_GET_REASON(ERR_peek_error());
	ERR_clear_error();
	if (server_reason != NULL) {
		sret = SSL_accept(r.s);
		*server_reason = sret == 1 ? 0 : ERR_GET_REASON(ERR_peek_error());
		ERR_clear_error();
	}
	relay_free(&r);
	return name;
}

/*
 * The server's answer to a ClientHello of version maxv offering only the
 * given signature schemes: 1 if it went on (its first flight written), 0
 * if it refused.  *scheme gets the scheme of a TLS 1.2 ServerKeyExchange,
 * *reason the server's reason and *alert the alert it sent.
 */
static int
answer_to_schemes(SSL_CTX *cctx, SSL_CTX *sctx, int version, const unsigned *schemes, int count,
    unsigned *scheme, int *reason, int *alert)
{
	static unsigned char hello[8192], out[65536];
	unsigned char body[64];
	int n, outlen, err, ret, len;
	const unsigned char *ske;

	maxv = version;
	client_ciphers = NULL;
	n = hello_bytes(cctx, client_setup, hello, sizeof(hello));
	n = hello_replace_ext(hello, n, 13, body, sigalgs_body(body, schemes, count));
	ret = accept_hello(sctx, hello, n, out, &outlen, &err);
	*reason = err == SSL_ERROR_SSL ? ERR_GET_REASON(ERR_peek_error()) : 0;
	ERR_clear_error();
	*alert = outlen >= 7 && out[0] == 21 ? out[6] : -1;
	for (int i = 0; i + 5 <= outlen; i += 5 + get16(out + i + 3)) {
		last_record_type = out[i];
		last_record_len = get16(out + i + 3);
	}
	*scheme = 0;
	if ((ske = find_message(out, outlen, 12, &len)) != NULL && len > 4 && ske[0] == 3)
		*scheme = get16(ske + 4 + ske[3]);
	return ret == -1 && err == SSL_ERROR_WANT_READ && outlen > 0;
}

int
main(int argc, char *argv[])
{
	SSL_CTX *ctx, *cctx, *sctx, *rsa, *ec384, *ec521, *ed;
	SSL *ssl, *c, *s;
	struct relay r;
	int ret, err, saved, creason, sreason, fds[2], alert;
	unsigned scheme;
	static unsigned char hello[8192], out[65536];
	int n, outlen;

	claims_init(argc, argv);
	cctx = SSL_CTX_new(TLS_client_method());
	sctx = server_ctx(TLS_server_method(), "ec");
	rsa = server_ctx(TLS_server_method(), "rsa");
	ec384 = server_ctx(TLS_server_method(), "ec384");
	ec521 = server_ctx(TLS_server_method(), "ec521");
	ed = server_ctx(TLS_server_method(), "ed25519");

	/* Roles. */
	ctx = server_ctx(TLS_method(), "ec");
	ssl = SSL_new(ctx);
	SSL_set_bio(ssl, BIO_new(BIO_s_mem()), BIO_new(BIO_s_mem()));
	ret = SSL_accept(ssl);
	CHECK("SSL_accept makes a connection without a role a server",
	    ret == -1 && SSL_get_error(ssl, ret) == SSL_ERROR_WANT_READ && SSL_is_server(ssl) == 1 &&
	    BIO_pending(SSL_get_wbio(ssl)) == 0);
	SSL_free(ssl);
	c = SSL_new(ctx);
	s = SSL_new(sctx);
	join_pair(c, s, 0);
	SSL_set_connect_state(c);
	{
		int rc = 0, rs = 0;

		for (int i = 0; i < 20 && (rc != 1 || rs != 1); i++) {
			if (rc != 1)
				rc = SSL_accept(c);
			if (rs != 1)
				rs = SSL_accept(s);
		}
		CHECK("SSL_accept on a connection made a client runs the client's handshake",
		    rc == 1 && rs == 1 && SSL_is_server(c) == 0);
	}
	SSL_free(c);
	SSL_free(s);
	SSL_CTX_free(ctx);

	/* Certificate and key needed before anything is read. */
	ctx = SSL_CTX_new(TLS_server_method());
	maxv = 0;
	client_ciphers = NULL;
	n = hello_bytes(cctx, NULL, hello, sizeof(hello));
	ssl = SSL_new(ctx);
	SSL_set_bio(ssl, BIO_new(BIO_s_mem()), BIO_new(BIO_s_mem()));
	BIO_write(SSL_get_rbio(ssl), hello, n);
	ret = SSL_accept(ssl);
	OURS("without a certificate: -1, SSL_ERROR_SSL, SSL_R_NO_CERTIFICATE_SET, nothing read",
	    ret == -1 && SSL_get_error(ssl, ret) == SSL_ERROR_SSL &&
	    queue_is(ERR_LIB_SSL, SSL_R_NO_CERTIFICATE_SET) && BIO_pending(SSL_get_rbio(ssl)) == n);
	SSL_use_certificate_file(ssl, cert_path("ec", "pem"), SSL_FILETYPE_PEM);
	ret = SSL_accept(ssl);
	OURS("with a certificate but no key: SSL_R_NO_CERTIFICATE_SET",
	    ret == -1 && queue_is(ERR_LIB_SSL, SSL_R_NO_CERTIFICATE_SET));
	SSL_use_PrivateKey_file(ssl, cert_path("ec", "key"), SSL_FILETYPE_PEM);
	ret = SSL_accept(ssl);
	OURS("SSL_accept can be repeated once the certificate and key are set on ssl",
	    ret == -1 && SSL_get_error(ssl, ret) == SSL_ERROR_WANT_READ &&
	    BIO_pending(SSL_get_wbio(ssl)) > 0);
	SSL_free(ssl);
	SSL_CTX_free(ctx);

	/* Settings read by the first call. */
	relay_new(&r, cctx, sctx);
	SSL_accept(r.s);
	SSL_set_max_proto_version(r.s, TLS1_2_VERSION);
	SSL_set_ciphersuites(r.s, "TLS_AES_128_GCM_SHA256");
	OURS("server settings changed after the first call do not affect the handshake",
	    relay_handshake(&r, NULL, NULL) && strcmp(SSL_get_version(r.c), "TLSv1.3") == 0 &&
	    strcmp(SSL_get_cipher_name(r.c), "TLS_AES_256_GCM_SHA384") == 0);
	relay_free(&r);

	/* Versions and suites. */
	CHECKS("the highest version both allow: TLS 1.3", negotiate(cctx, sctx, 0, NULL, NULL, NULL),
	    "TLS_AES_256_GCM_SHA384");
	{
		int len;
		const unsigned char *sh;

		maxv = TLS1_2_VERSION;
		client_ciphers = "DHE-RSA-AES128-GCM-SHA256";
		n = hello_bytes(cctx, client_setup, hello, sizeof(hello));
		accept_hello(rsa, hello, n, out, &outlen, &err);
		sh = find_message(out, outlen, 2, &len);
		OURS("an RSA key serves DHE-RSA suites",
		    sh != NULL && len > 38 && get16(sh + 2 + 32 + 1 + sh[34]) == 0x009e);
	}
	CHECKS("an RSA key serves ECDHE-RSA suites",
	    negotiate(cctx, rsa, TLS1_2_VERSION, "ECDHE-RSA-CHACHA20-POLY1305", NULL, NULL),
	    "ECDHE-RSA-CHACHA20-POLY1305");
	CHECKS("an ECDSA key serves ECDHE-ECDSA suites",
	    negotiate(cctx, sctx, TLS1_2_VERSION, "ECDHE-ECDSA-AES128-SHA", NULL, NULL),
	    "ECDHE-ECDSA-AES128-SHA");
	CHECKS("an ECDSA key does not serve ECDHE-RSA suites",
	    negotiate(cctx, sctx, TLS1_2_VERSION, "ECDHE-RSA-AES128-GCM-SHA256", &creason, &sreason),
	    "failed");
	CHECKV("no suite the key can serve: the client gets a handshake_failure alert",
	    creason, SSL_AD_REASON_OFFSET + SSL_AD_HANDSHAKE_FAILURE);
	OURSV("no suite the key can serve: the server reports SSL_R_SSL_HANDSHAKE_FAILURE",
	    relay_server_reason, SSL_R_SSL_HANDSHAKE_FAILURE);
	OURSS("RSA key exchange is never chosen, even when the client prefers it",
	    negotiate(cctx, rsa, TLS1_2_VERSION, "AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256", NULL, NULL),
	    "ECDHE-RSA-AES128-GCM-SHA256");
	OURSS("RSA key exchange is never chosen: a client offering only it fails",
	    negotiate(cctx, rsa, TLS1_2_VERSION, "AES128-SHA", NULL, NULL), "failed");
	CHECKS("the client's order of preference decides",
	    negotiate(cctx, sctx, TLS1_2_VERSION,
		"ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384", NULL, NULL),
	    "ECDHE-ECDSA-AES128-GCM-SHA256");
	SSL_CTX_set_options(sctx, SSL_OP_CIPHER_SERVER_PREFERENCE);
	CHECKS("with SSL_OP_CIPHER_SERVER_PREFERENCE the server's order decides",
	    negotiate(cctx, sctx, TLS1_2_VERSION,
		"ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384", NULL, NULL),
	    "ECDHE-ECDSA-AES256-GCM-SHA384");
	SSL_CTX_set_ciphersuites(sctx, "TLS_CHACHA20_POLY1305_SHA256:TLS_AES_256_GCM_SHA384");
	CHECKS("TLS 1.3 suites come from the server's TLS 1.3 list",
	    negotiate(cctx, sctx, 0, NULL, NULL, NULL), "TLS_CHACHA20_POLY1305_SHA256");
	SSL_CTX_clear_options(sctx, SSL_OP_CIPHER_SERVER_PREFERENCE);
	SSL_CTX_set_ciphersuites(sctx, "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256");

	/* Signature schemes. */
	{
		static const unsigned pss256[] = { 0x0804 }, pss384[] = { 0x0805 }, pkcs256[] = { 0x0401 },
		    pkcs1sha1[] = { 0x0201 }, ecdsa256[] = { 0x0403 }, ecdsa384[] = { 0x0503 },
		    ecdsa512[] = { 0x0603 }, ed25519[] = { 0x0807 }, others[] = { 0x0403, 0x0503, 0x0603 };

		OURS("TLS 1.3, RSA key: RSA-PSS with SHA-256",
		    answer_to_schemes(cctx, rsa, 0, pss256, 1, &scheme, &sreason, &alert));
		OURS("TLS 1.3, RSA key: RSA-PSS with SHA-384",
		    answer_to_schemes(cctx, rsa, 0, pss384, 1, &scheme, &sreason, &alert));
		OURS("TLS 1.3, RSA key, the client accepts only RSA PKCS#1: ERR_R_INTERNAL_ERROR and an (encrypted) alert",
		    !answer_to_schemes(cctx, rsa, 0, pkcs256, 1, &scheme, &sreason, &alert) &&
		    sreason == ERR_GET_REASON(ERR_R_INTERNAL_ERROR) && last_record_type == 23 &&
		    last_record_len == 2 + 1 + 16);
		OURS("TLS 1.2, RSA key: RSA with SHA-256",
		    answer_to_schemes(cctx, rsa, TLS1_2_VERSION, pkcs256, 1, &scheme, &sreason, &alert) &&
		    scheme == 0x0401);
		OURS("TLS 1.2, RSA key: RSA with SHA-1",
		    answer_to_schemes(cctx, rsa, TLS1_2_VERSION, pkcs1sha1, 1, &scheme, &sreason, &alert) &&
		    scheme == 0x0201);
		OURS("TLS 1.2, RSA key: RSA-PSS with SHA-256",
		    answer_to_schemes(cctx, rsa, TLS1_2_VERSION, pss256, 1, &scheme, &sreason, &alert) &&
		    scheme == 0x0804);
		OURS("TLS 1.2, RSA key, the client accepts only ECDSA: SSL_R_SSL_HANDSHAKE_FAILURE and a handshake_failure alert",
		    !answer_to_schemes(cctx, rsa, TLS1_2_VERSION, ecdsa256, 1, &scheme, &sreason, &alert) &&
		    sreason == SSL_R_SSL_HANDSHAKE_FAILURE && alert == SSL_AD_HANDSHAKE_FAILURE);
		OURS("TLS 1.3, P-256 key: ECDSA with SHA-256",
		    answer_to_schemes(cctx, sctx, 0, ecdsa256, 1, &scheme, &sreason, &alert));
		OURS("TLS 1.3, P-256 key: not ECDSA with SHA-384",
		    !answer_to_schemes(cctx, sctx, 0, ecdsa384, 1, &scheme, &sreason, &alert));
		OURS("TLS 1.2, P-256 key: ECDSA with SHA-256",
		    answer_to_schemes(cctx, sctx, TLS1_2_VERSION, others, 3, &scheme, &sreason, &alert) &&
		    scheme == 0x0403);
		OURS("TLS 1.3, P-384 key: ECDSA with SHA-384",
		    answer_to_schemes(cctx, ec384, 0, ecdsa384, 1, &scheme, &sreason, &alert));
		OURS("TLS 1.2, P-384 key: ECDSA with SHA-384",
		    answer_to_schemes(cctx, ec384, TLS1_2_VERSION, others, 3, &scheme, &sreason, &alert) &&
		    scheme == 0x0503);
		OURS("TLS 1.3, P-521 key: ECDSA with SHA-512",
		    answer_to_schemes(cctx, ec521, 0, ecdsa512, 1, &scheme, &sreason, &alert));
		OURS("TLS 1.3, P-521 key: not ECDSA with SHA-256",
		    !answer_to_schemes(cctx, ec521, 0, ecdsa256, 1, &scheme, &sreason, &alert));
		OURS("TLS 1.2, P-521 key: ECDSA with SHA-512",
		    answer_to_schemes(cctx, ec521, TLS1_2_VERSION, others, 3, &scheme, &sreason, &alert) &&
		    scheme == 0x0603);
		OURS("Ed25519 key: Ed25519",
		    answer_to_schemes(cctx, ed, 0, ed25519, 1, &scheme, &sreason, &alert));
		OURS("Ed25519 key: not ECDSA",
		    !answer_to_schemes(cctx, ed, 0, others, 3, &scheme, &sreason, &alert));
	}

	/* The certificate chain, and no CertificateRequest. */
	ctx = SSL_CTX_new(TLS_server_method());
	SSL_CTX_use_certificate_chain_file(ctx, cert_path("chain", "pem"));
	SSL_CTX_use_PrivateKey_file(ctx, cert_path("chain", "key"), SSL_FILETYPE_PEM);
	maxv = TLS1_2_VERSION;
	client_ciphers = NULL;
	n = hello_bytes(cctx, client_setup, hello, sizeof(hello));
	accept_hello(ctx, hello, n, out, &outlen, &err);
	{
		int len, certs = 0;
		const unsigned char *m = find_message(out, outlen, 11, &len);

		for (int i = 3; m != NULL && i + 3 <= len; i += 3 + (m[i] << 16 | m[i + 1] << 8 | m[i + 2]))
			certs++;
		CHECKV("the server sends its whole certificate chain", certs, 2);
		CHECK("the server does not ask for a client certificate",
		    m != NULL && find_message(out, outlen, 13, &len) == NULL);
	}
	SSL_CTX_free(ctx);

	/* The server name, completion. */
	c = SSL_new(cctx);
	s = SSL_new(sctx);
	join_pair(c, s, 0);
	SSL_set_tlsext_host_name(c, "name.example");
	SSL_set_connect_state(c);
	{
		int rc = 0, rs = 0;

		for (int i = 0; i < 20 && rs != 1; i++) {
			if (rc != 1)
				rc = SSL_connect(c);
			rs = SSL_accept(s);
		}
		CHECK("the server name the client sent can be read with SSL_get_servername",
		    rs == 1 && SSL_get_servername(s, TLSEXT_NAMETYPE_host_name) != NULL &&
		    strcmp(SSL_get_servername(s, TLSEXT_NAMETYPE_host_name), "name.example") == 0);
		CHECK("when SSL_accept returns 1, all the server had to send is written",
		    rc == 1 || SSL_connect(c) == 1);
		size_t before = BIO_ctrl_pending(SSL_get_rbio(c));

		CHECK("a further SSL_accept returns 1 at once, sending nothing",
		    SSL_accept(s) == 1 && BIO_ctrl_pending(SSL_get_rbio(c)) == before);
	}
	SSL_free(c);
	SSL_free(s);

	/* Blocking and non-blocking sockets. */
	ssl = SSL_new(sctx);
	join_sockets(NULL, ssl, fds, 1);
	ret = SSL_accept(ssl);
	CHECK("non-blocking socket, no hello yet: -1 and SSL_ERROR_WANT_READ",
	    ret == -1 && SSL_get_error(ssl, ret) == SSL_ERROR_WANT_READ);
	SSL_free(ssl);
	close(fds[0]);
	close(fds[1]);
	ssl = SSL_new(sctx);
	join_sockets(NULL, ssl, fds, 0);
	{
		struct sigaction sa;
		struct itimerval it = { { 0, 0 }, { 0, 200000 } };

		memset(&sa, 0, sizeof(sa));
		sa.sa_handler = on_alarm;
		sigaction(SIGALRM, &sa, NULL);
		setitimer(ITIMER_REAL, &it, NULL);
		ret = SSL_accept(ssl);
		CHECK("a signal interrupting a blocking SSL_accept: -1 and SSL_ERROR_WANT_READ",
		    ret == -1 && SSL_get_error(ssl, ret) == SSL_ERROR_WANT_READ);
	}
	SSL_free(ssl);
	close(fds[0]);
	close(fds[1]);
	ssl = SSL_new(sctx);
	join_sockets(NULL, ssl, fds, 0);
	{
		struct linger lg = { 1, 0 };

		maxv = 0;
		n = hello_bytes(cctx, NULL, hello, sizeof(hello));
		(void)write(fds[0], hello, (size_t)n);
		/* A socketpair cannot be reset: shut it down under the server instead. */
		shutdown(fds[1], SHUT_RDWR);
		(void)lg;
		ERR_clear_error();
		errno = 0;
		ret = SSL_accept(ssl);
		saved = errno;
		CHECK("a failed system call: -1 and SSL_ERROR_SYSCALL with errno set",
		    ret == -1 && SSL_get_error(ssl, ret) == SSL_ERROR_SYSCALL && saved != 0);
	}
	SSL_free(ssl);
	close(fds[0]);
	close(fds[1]);

	/* After a protocol error. */
	ssl = SSL_new(sctx);
	SSL_set_bio(ssl, BIO_new(BIO_s_mem()), BIO_new(BIO_s_mem()));
	BIO_write(SSL_get_rbio(ssl), "GET / HTTP/1.0\r\n\r\n", 18);
	ret = SSL_accept(ssl);
	OURS("a plain text request: -1, SSL_ERROR_SSL, SSL_R_WRONG_VERSION_NUMBER",
	    ret == -1 && SSL_get_error(ssl, ret) == SSL_ERROR_SSL &&
	    queue_is(ERR_LIB_SSL, SSL_R_WRONG_VERSION_NUMBER));
	OURS("after a protocol error, SSL_accept fails with SSL_R_PROTOCOL_IS_SHUTDOWN",
	    SSL_accept(ssl) == -1 && queue_is(ERR_LIB_SSL, SSL_R_PROTOCOL_IS_SHUTDOWN));
	SSL_free(ssl);

	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	SSL_CTX_free(rsa);
	SSL_CTX_free(ec384);
	SSL_CTX_free(ec521);
	SSL_CTX_free(ed);
	return claims_end();
}
