/*
 * Claims of SSL_CTX_set_verify(3), SSL_get_verify_result(3),
 * SSL_CTX_load_verify_locations(3), SSL_set1_host(3),
 * X509_STORE_CTX_get_error(3) and X509_check_host(3), checked with
 * in-process handshakes of a client and a server over a BIO pair.  The
 * certificates are the runner's: ca.pem issued leaf.pem (chain.key),
 * expired.pem; ec.pem is self-signed for ec.example.
 */
#include "claims.h"

#include <openssl/pem.h>
#include <openssl/x509v3.h>

static char calls[16][64];
static int ncalls, accept_error = -1, ssl_seen_ok = 1;
static SSL *verifying;

static int
record(int ok, X509_STORE_CTX *x)
{
	int err = X509_STORE_CTX_get_error(x);

	if (ncalls < 16)
		snprintf(calls[ncalls++], sizeof(calls[0]), "%d/%d/%d%s", ok,
		    X509_STORE_CTX_get_error_depth(x), err,
		    X509_STORE_CTX_get_current_cert(x) != NULL ? "" : "/nocert");
	if (X509_STORE_CTX_get_ex_data(x, SSL_get_ex_data_X509_STORE_CTX_idx()) != verifying)
		ssl_seen_ok = 0;
	if (!ok && err == accept_error)
		return 1;
	return ok;
}

static int
set_error_to_app(int ok, X509_STORE_CTX *x)
{
	if (ok && X509_STORE_CTX_get_error_depth(x) == 0) {
		X509_STORE_CTX_set_error(x, X509_V_ERR_APPLICATION_VERIFICATION);
		return 0;
	}
	return ok;
}

/* A handshake of a client of cctx (host name if not NULL) with a server presenting NAME. */
static int
handshake(SSL_CTX *cctx, const char *name, const char *host, long *result)
{
	SSL_CTX *sctx = server_ctx(TLS_server_method(), name);
	SSL *c = SSL_new(cctx), *s = SSL_new(sctx);
	int ok;

	if (host != NULL)
		SSL_set1_host(c, host);
	verifying = c;
	join_pair(c, s, 0);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	ncalls = 0;
	ok = handshake_both(c, s);
	*result = SSL_get_verify_result(c);
	SSL_free(c);
	SSL_free(s);
	SSL_CTX_free(sctx);
	return ok;
}

static X509 *
load_cert(const char *name)
{
	FILE *f = fopen(cert_path(name, "pem"), "r");
	X509 *x = f != NULL ? PEM_read_X509(f, NULL, NULL, NULL) : NULL;

	if (f != NULL)
		fclose(f);
	return x;
}

int
main(int argc, char *argv[])
{
	SSL_CTX *ctx, *cctx;
	SSL *ssl;
	long result;
	int ok;

	claims_init(argc, argv);

	/* SSL_CTX_set_verify(3): defaults, setters, getters. */
	ctx = SSL_CTX_new(TLS_client_method());
	ssl = SSL_new(ctx);
	CHECK("the default mode is SSL_VERIFY_NONE",
	    SSL_CTX_get_verify_mode(ctx) == SSL_VERIFY_NONE && SSL_get_verify_mode(ssl) == SSL_VERIFY_NONE);
	CHECK("the depth getters return -1 while no depth is set",
	    SSL_CTX_get_verify_depth(ctx) == -1 && SSL_get_verify_depth(ssl) == -1);
	CHECK("the callback getters return NULL while none is set",
	    SSL_CTX_get_verify_callback(ctx) == NULL && SSL_get_verify_callback(ssl) == NULL);
	SSL_free(ssl);
	SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, record);
	SSL_CTX_set_verify_depth(ctx, 5);
	ssl = SSL_new(ctx);
	CHECK("SSL_new copies the context's mode, callback and depth",
	    SSL_get_verify_mode(ssl) == SSL_VERIFY_PEER && SSL_get_verify_callback(ssl) == record &&
	    SSL_get_verify_depth(ssl) == 5);
	SSL_set_verify(ssl, SSL_VERIFY_NONE, NULL);
	SSL_set_verify_depth(ssl, 2);
	CHECK("SSL_set_verify with a NULL callback keeps the connection's callback",
	    SSL_get_verify_callback(ssl) == record);
	SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
	CHECK("SSL_CTX_set_verify with a NULL callback removes the context's callback",
	    SSL_CTX_get_verify_callback(ctx) == NULL);
	SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, record);
	CHECK("the SSL_* setters change one connection only",
	    SSL_get_verify_mode(ssl) == SSL_VERIFY_NONE && SSL_get_verify_callback(ssl) == record &&
	    SSL_get_verify_depth(ssl) == 2 && SSL_CTX_get_verify_mode(ctx) == SSL_VERIFY_PEER &&
	    SSL_CTX_get_verify_depth(ctx) == 5 && SSL_CTX_get_verify_callback(ctx) == record);
	CHECK("SSL_get_ex_data_X509_STORE_CTX_idx returns the same index on every call",
	    SSL_get_ex_data_X509_STORE_CTX_idx() == SSL_get_ex_data_X509_STORE_CTX_idx() &&
	    SSL_get_ex_data_X509_STORE_CTX_idx() >= 0);
	CHECK("SSL_get_verify_result is X509_V_OK before any verification",
	    SSL_get_verify_result(ssl) == X509_V_OK);
	SSL_set_verify_result(ssl, X509_V_ERR_CERT_REVOKED);
	CHECK("SSL_set_verify_result overwrites the result", SSL_get_verify_result(ssl) == X509_V_ERR_CERT_REVOKED);
	SSL_free(ssl);
	SSL_CTX_free(ctx);

	/* Handshakes. */
	cctx = SSL_CTX_new(TLS_client_method());
	CHECK("SSL_CTX_load_verify_locations of a CA file returns 1",
	    SSL_CTX_load_verify_locations(cctx, cert_path("ca", "pem"), NULL) == 1);
	SSL_CTX_set_verify(cctx, SSL_VERIFY_PEER, NULL);
	CHECK("SSL_VERIFY_PEER: a chain to a trusted certificate passes, result X509_V_OK",
	    handshake(cctx, "chain", NULL, &result) && result == X509_V_OK);
	ok = handshake(cctx, "ec", NULL, &result);
	CHECK("SSL_VERIFY_PEER: a failure ends the handshake with SSL_R_CERTIFICATE_VERIFY_FAILED",
	    !ok && queue_is(ERR_LIB_SSL, SSL_R_CERTIFICATE_VERIFY_FAILED));
	CHECKV("the result of an untrusted self-signed certificate is X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT",
	    result, X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT);
	ok = handshake(cctx, "expired", NULL, &result);
	CHECK("SSL_VERIFY_PEER: an expired certificate fails with X509_V_ERR_CERT_HAS_EXPIRED",
	    !ok && result == X509_V_ERR_CERT_HAS_EXPIRED);
	ERR_clear_error();
	SSL_CTX_set_verify(cctx, SSL_VERIFY_NONE, NULL);
	CHECK("SSL_VERIFY_NONE: the handshake goes on, and the result tells the truth",
	    handshake(cctx, "ec", NULL, &result) && result == X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT);
	CHECK("SSL_VERIFY_NONE: a good chain gives X509_V_OK",
	    handshake(cctx, "chain", NULL, &result) && result == X509_V_OK);

	/* The callback. */
	SSL_CTX_set_verify(cctx, SSL_VERIFY_PEER, record);
	ok = handshake(cctx, "chain", NULL, &result);
	CHECK("the callback is called with 1 for each depth from the top down",
	    ok && ncalls == 2 && strcmp(calls[0], "1/1/0") == 0 && strcmp(calls[1], "1/0/0") == 0);
	CHECK("the SSL is at SSL_get_ex_data_X509_STORE_CTX_idx", ssl_seen_ok);
	accept_error = X509_V_ERR_CERT_HAS_EXPIRED;
	ok = handshake(cctx, "expired", NULL, &result);
	CHECK("a callback returning 1 after a problem lets the handshake go on; the result stays",
	    ok && result == X509_V_ERR_CERT_HAS_EXPIRED);
	CHECK("the problem reaches the callback with 0, its error and depth, and the certificate",
	    ncalls == 3 && strcmp(calls[0], "1/1/0") == 0 && strcmp(calls[1], "0/0/10") == 0 &&
	    strcmp(calls[2], "1/0/10") == 0);
	accept_error = -1;
	ok = handshake(cctx, "expired", NULL, &result);
	CHECK("a callback returning 0 ends verification as failed", !ok && ncalls == 2);
	ERR_clear_error();
	SSL_CTX_set_verify(cctx, SSL_VERIFY_PEER, set_error_to_app);
	ok = handshake(cctx, "chain", NULL, &result);
	CHECK("X509_STORE_CTX_set_error sets the result SSL_get_verify_result reports",
	    !ok && result == X509_V_ERR_APPLICATION_VERIFICATION);
	ERR_clear_error();

	/* Depth. */
	SSL_CTX_set_verify(cctx, SSL_VERIFY_PEER, NULL);
	SSL_CTX_set_verify_depth(cctx, 0);
	CHECK("depth 0 still allows a certificate issued by a trusted one (no intermediate)",
	    handshake(cctx, "chain", NULL, &result) && result == X509_V_OK);
	SSL_CTX_set_verify_depth(cctx, -1);

	/* SSL_CTX_ctrl(3) CAVEATS: the SNI name is not checked against the certificate. */
	{
		SSL_CTX *sctx = server_ctx(TLS_server_method(), "chain");
		SSL *c = SSL_new(cctx), *s = SSL_new(sctx);

		SSL_set_tlsext_host_name(c, "other.example");
		join_pair(c, s, 0);
		SSL_set_connect_state(c);
		SSL_set_accept_state(s);
		CHECK("SSL_set_tlsext_host_name alone: the name is not compared with the certificate",
		    handshake_both(c, s) && SSL_get_verify_result(c) == X509_V_OK);
		SSL_free(c);
		SSL_free(s);
		SSL_CTX_free(sctx);
	}

	/* SSL_set1_host(3). */
	CHECK("SSL_set1_host: a matching common name passes",
	    handshake(cctx, "chain", "leaf.example", &result) && result == X509_V_OK);
	ok = handshake(cctx, "chain", "other.example", &result);
	CHECK("SSL_set1_host: another name fails with X509_V_ERR_HOSTNAME_MISMATCH",
	    !ok && result == X509_V_ERR_HOSTNAME_MISMATCH);
	ERR_clear_error();
	ok = handshake(cctx, "chain", "127.0.0.1", &result);
	CHECK("SSL_set1_host: an address is checked as an address (X509_V_ERR_IP_ADDRESS_MISMATCH)",
	    !ok && result == X509_V_ERR_IP_ADDRESS_MISMATCH);
	ERR_clear_error();
	{
		SSL_CTX *sctx = server_ctx(TLS_server_method(), "chain");
		SSL *c = SSL_new(cctx), *s = SSL_new(sctx);

		CHECK("SSL_set1_host and SSL_add1_host return 1",
		    SSL_set1_host(c, "other.example") == 1 && SSL_add1_host(c, "leaf.example") == 1);
		SSL_set_hostflags(c, X509_CHECK_FLAG_NEVER_CHECK_SUBJECT);
		join_pair(c, s, 0);
		SSL_set_connect_state(c);
		SSL_set_accept_state(s);
		CHECK("SSL_set_hostflags: X509_CHECK_FLAG_NEVER_CHECK_SUBJECT ignores the common name",
		    !handshake_both(c, s) && SSL_get_verify_result(c) == X509_V_ERR_HOSTNAME_MISMATCH);
		ERR_clear_error();
		SSL_free(c);
		SSL_free(s);
		c = SSL_new(cctx);
		s = SSL_new(sctx);
		SSL_set1_host(c, "other.example");
		SSL_add1_host(c, "LEAF.example");
		join_pair(c, s, 0);
		SSL_set_connect_state(c);
		SSL_set_accept_state(s);
		CHECK("SSL_add1_host: any one name matching is enough", handshake_both(c, s));
		CHECKS("SSL_get0_peername is the certificate's name that matched", SSL_get0_peername(c), "leaf.example");
		SSL_free(c);
		SSL_free(s);
		c = SSL_new(cctx);
		s = SSL_new(sctx);
		SSL_set1_host(c, "other.example");
		SSL_set1_host(c, NULL);
		join_pair(c, s, 0);
		SSL_set_connect_state(c);
		SSL_set_accept_state(s);
		CHECK("SSL_set1_host(NULL) clears the name", handshake_both(c, s));
		CHECK("SSL_get0_peername is NULL when no name was checked", SSL_get0_peername(c) == NULL);
		SSL_free(c);
		SSL_free(s);
		SSL_CTX_free(sctx);
	}
	SSL_CTX_free(cctx);

	/* SSL_CTX_load_verify_locations(3). */
	ctx = SSL_CTX_new(TLS_client_method());
	CHECK("SSL_CTX_load_verify_locations(NULL, NULL) fails", SSL_CTX_load_verify_locations(ctx, NULL, NULL) == 0);
	ERR_clear_error();
	ok = SSL_CTX_load_verify_locations(ctx, cert_path("missing", "pem"), NULL);
	{
		unsigned long first = ERR_peek_error(), last = ERR_peek_last_error();

		CHECK("a missing CA file fails: errno first, then ERR_R_SYS_LIB in ERR_LIB_X509",
		    ok == 0 && ERR_GET_LIB(first) == ERR_LIB_SYS && ERR_GET_REASON(first) == ENOENT &&
		    ERR_GET_LIB(last) == ERR_LIB_X509 && ERR_GET_REASON(last) == ERR_R_SYS_LIB);
		{
			unsigned long e;
			char text[256];
			int found = 0;

			while ((e = ERR_get_error()) != 0)
				if (ERR_GET_LIB(e) == ERR_LIB_BIO) {
					ERR_error_string_n(e, text, sizeof(text));
					found = ERR_GET_REASON(e) == BIO_R_NO_SUCH_FILE &&
					    strstr(text, ":no such file") != NULL;
				}
			CHECK("... with BIO_R_NO_SUCH_FILE between them, \"no such file\"", found);
		}
		ERR_clear_error();
	}
	ok = SSL_CTX_load_verify_file(ctx, cert_path("junk", "pem"));
	CHECK("a file without certificates fails with X509_R_NO_CERTIFICATE_OR_CRL_FOUND",
	    ok == 0 && queue_is(ERR_LIB_X509, X509_R_NO_CERTIFICATE_OR_CRL_FOUND));
	CHECK("a directory that does not exist is accepted",
	    SSL_CTX_load_verify_dir(ctx, cert_path("no-such-directory", "d")) == 1);
	setenv("SSL_CERT_FILE", cert_path("missing", "pem"), 1);
	setenv("SSL_CERT_DIR", cert_path("no-such-directory", "d"), 1);
	CHECK("SSL_CTX_set_default_verify_paths returns 1 even when the files are missing",
	    SSL_CTX_set_default_verify_paths(ctx) == 1);
	ERR_clear_error();
	SSL_CTX_free(ctx);

	/* A context whose trusted certificates come from SSL_CERT_FILE. */
	setenv("SSL_CERT_FILE", cert_path("ca", "pem"), 1);
	cctx = SSL_CTX_new(TLS_client_method());
	SSL_CTX_set_default_verify_paths(cctx);
	SSL_CTX_set_verify(cctx, SSL_VERIFY_PEER, NULL);
	CHECK("SSL_CTX_set_default_verify_paths reads the file SSL_CERT_FILE names",
	    handshake(cctx, "chain", NULL, &result) && result == X509_V_OK);
	SSL_CTX_free(cctx);
	unsetenv("SSL_CERT_FILE");
	unsetenv("SSL_CERT_DIR");

	/* X509_check_host(3), X509_STORE_CTX_get_error(3). */
	{
		X509 *leaf = load_cert("leaf"), *ec = load_cert("ec");
		char *peer = NULL;
		unsigned char addr[4] = { 127, 0, 0, 1 };

		CHECK("X509_check_host: the common name of a certificate without dNSName matches",
		    X509_check_host(leaf, "leaf.example", 0, 0, &peer) == 1 && peer != NULL &&
		    strcmp(peer, "leaf.example") == 0);
		free(peer);
		CHECK("X509_check_host: case does not matter", X509_check_host(leaf, "LEAF.EXAMPLE", 0, 0, NULL) == 1);
		CHECK("X509_check_host: another name is 0", X509_check_host(ec, "leaf.example", 0, 0, NULL) == 0);
		CHECK("X509_check_host: NEVER_CHECK_SUBJECT ignores the common name",
		    X509_check_host(leaf, "leaf.example", 0, X509_CHECK_FLAG_NEVER_CHECK_SUBJECT, NULL) == 0);
		CHECK("X509_check_host: a name with an embedded NUL is -2",
		    X509_check_host(leaf, "leaf.example\0x", 14, 0, NULL) == -2);
		CHECK("X509_check_ip: an address no iPAddress name holds is 0",
		    X509_check_ip(leaf, addr, 4, 0) == 0);
		CHECK("X509_check_ip_asc: not an address is -2", X509_check_ip_asc(leaf, "leaf.example", 0) == -2);
		X509_free(leaf);
		X509_free(ec);
	}
	CHECKS("X509_verify_cert_error_string: OpenSSL's text for X509_V_ERR_CERT_HAS_EXPIRED",
	    X509_verify_cert_error_string(X509_V_ERR_CERT_HAS_EXPIRED), "certificate has expired");
	CHECKS("X509_verify_cert_error_string: X509_V_OK is \"ok\"", X509_verify_cert_error_string(X509_V_OK), "ok");
	CHECKS("X509_verify_cert_error_string: an unknown number",
	    X509_verify_cert_error_string(12345), "unknown certificate verification error");
	OURS("SSL_get_verify_result(NULL) is X509_V_ERR_UNSPECIFIED with ERR_R_PASSED_NULL_PARAMETER",
	    SSL_get_verify_result(NULL) == X509_V_ERR_UNSPECIFIED && queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));
	OURS("X509_check_host(NULL certificate) is -1", X509_check_host(NULL, "a.example", 0, 0, NULL) == -1);
	ERR_clear_error();

	/* A server that asks for the client's certificate. */
	{
		SSL_CTX *sctx = server_ctx(TLS_server_method(), "ec");
		SSL *c, *s;
		int sret, sreason;

		(void)sreason;

		cctx = SSL_CTX_new(TLS_client_method());
		SSL_CTX_set_verify(sctx, SSL_VERIFY_PEER, NULL);
		ok = connected_pair(cctx, sctx, &c, &s);
		CHECK("a server with SSL_VERIFY_PEER accepts a client without a certificate", ok);
		SSL_free(c);
		SSL_free(s);
		SSL_CTX_set_verify(sctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, NULL);
		c = SSL_new(cctx);
		s = SSL_new(sctx);
		join_pair(c, s, 0);
		SSL_set_connect_state(c);
		SSL_set_accept_state(s);
		sret = handshake_both(c, s);
		sreason = ERR_GET_REASON(ERR_peek_last_error());
		CHECK("SSL_VERIFY_FAIL_IF_NO_PEER_CERT: no certificate fails with SSL_R_PEER_DID_NOT_RETURN_A_CERTIFICATE",
		    sret != 1 && sreason == SSL_R_PEER_DID_NOT_RETURN_A_CERTIFICATE);
		(void)sret;
		ERR_clear_error();
		SSL_free(c);
		SSL_free(s);
		SSL_CTX_free(cctx);

		/* A client sends the certificate it has when asked. */
		cctx = server_ctx(TLS_client_method(), "chain");
		SSL_CTX_load_verify_locations(sctx, cert_path("ca", "pem"), NULL);
		c = SSL_new(cctx);
		s = SSL_new(sctx);
		join_pair(c, s, 0);
		SSL_set_connect_state(c);
		SSL_set_accept_state(s);
		sret = handshake_both(c, s);
		sreason = ERR_GET_REASON(ERR_peek_last_error());
		CHECK("a client with a certificate loaded sends it when asked, and the server verifies it",
		    sret == 1 && SSL_get_verify_result(s) == X509_V_OK);
		ERR_clear_error();
		SSL_free(c);
		SSL_free(s);
		SSL_CTX_free(cctx);
		SSL_CTX_free(sctx);
	}
	return claims_end();
}
