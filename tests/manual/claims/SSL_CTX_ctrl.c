/* Claims of SSL_CTX_ctrl(3). */
#include "claims.h"

static SSL_CTX *cctx, *sctx;
static int servername_calls;
static const char *groups;

static int
count_servername(SSL *ssl, int *alert, void *arg)
{
	(void)ssl;
	(void)alert;
	(void)arg;
	servername_calls++;
	return SSL_TLSEXT_ERR_OK;
}

static void
set_groups(SSL *ssl)
{
	SSL_set1_groups_list(ssl, groups);
}

/* The group negotiated when both ends allow only list; -2 if the handshake failed. */
static long
group_for(const char *list)
{
	SSL *c = SSL_new(cctx), *s = SSL_new(sctx);
	long g = -2;

	SSL_set1_groups_list(c, list);
	SSL_set1_groups_list(s, list);
	join_pair(c, s, 0);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	if (handshake_both(c, s))
		g = SSL_get_negotiated_group(c);
	ERR_clear_error();
	SSL_free(c);
	SSL_free(s);
	return g;
}

/* The supported_groups a client with the list offers, as one string of code points. */
static const char *
offered(const char *list)
{
	static char out[256];
	struct hello h;
	unsigned g[32];
	int n, k = 0;

	groups = list;
	out[0] = '\0';
	if (!capture_hello(cctx, list != NULL ? set_groups : NULL, &h))
		return "no hello";
	n = hello_list16(&h, 10, g, 32);
	for (int i = 0; i < n; i++)
		k += snprintf(out + k, sizeof(out) - k, "%s%x", i ? "," : "", g[i]);
	return out;
}

static const char *server_name_of_hello;

static void
set_ip_name(SSL *ssl)
{
	SSL_set_tlsext_host_name(ssl, server_name_of_hello);
}

int
main(int argc, char *argv[])
{
	SSL_CTX *ctx;
	SSL *ssl, *c, *s;
	struct hello h;
	unsigned shares[8];

	claims_init(argc, argv);
	cctx = SSL_CTX_new(TLS_client_method());
	sctx = server_ctx(TLS_server_method(), "ec");

	/* Modes. */
	ctx = SSL_CTX_new(TLS_method());
	CHECKV("SSL_CTRL_MODE adds bits and returns the new mode",
	    SSL_CTX_set_mode(ctx, SSL_MODE_ENABLE_PARTIAL_WRITE),
	    SSL_MODE_AUTO_RETRY | SSL_MODE_ENABLE_PARTIAL_WRITE);
	CHECKV("SSL_CTRL_MODE with larg 0 only reads the mode", SSL_CTX_ctrl(ctx, SSL_CTRL_MODE, 0, NULL),
	    SSL_MODE_AUTO_RETRY | SSL_MODE_ENABLE_PARTIAL_WRITE);
	CHECKV("SSL_CTRL_CLEAR_MODE (78) removes bits and returns the new mode",
	    SSL_CTX_ctrl(ctx, 78, SSL_MODE_AUTO_RETRY, NULL), SSL_MODE_ENABLE_PARTIAL_WRITE);
	ssl = SSL_new(ctx);
	CHECKV("SSL_set_mode on a connection", SSL_set_mode(ssl, SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER),
	    SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
	CHECKV("SSL_clear_mode and SSL_get_mode on a connection",
	    SSL_clear_mode(ssl, SSL_MODE_ENABLE_PARTIAL_WRITE) == SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER &&
	    SSL_get_mode(ssl) == SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER, 1);
	CHECKV("the command changes only the object it is given",
	    SSL_CTX_get_mode(ctx), SSL_MODE_ENABLE_PARTIAL_WRITE);
	SSL_free(ssl);
	SSL_CTX_set_mode(ctx, SSL_MODE_RELEASE_BUFFERS | SSL_MODE_SEND_FALLBACK_SCSV);
	CHECK("other mode bits are stored and reported",
	    (SSL_CTX_get_mode(ctx) & (SSL_MODE_RELEASE_BUFFERS | SSL_MODE_SEND_FALLBACK_SCSV)) ==
	    (SSL_MODE_RELEASE_BUFFERS | SSL_MODE_SEND_FALLBACK_SCSV));
	{
		struct hello plain, odd;
		SSL_CTX *x = SSL_CTX_new(TLS_client_method());

		capture_hello(x, NULL, &plain);
		SSL_CTX_set_mode(x, SSL_MODE_RELEASE_BUFFERS | SSL_MODE_SEND_FALLBACK_SCSV);
		capture_hello(x, NULL, &odd);
		OURS("other mode bits change nothing: the same suites and extensions are sent",
		    plain.nsuites == odd.nsuites && plain.nexts == odd.nexts &&
		    memcmp(plain.suites, odd.suites, sizeof(plain.suites)) == 0 &&
		    memcmp(plain.ext_type, odd.ext_type, sizeof(plain.ext_type)) == 0);
		SSL_CTX_free(x);
	}

	/* Read-ahead. */
	CHECKV("SSL_CTRL_SET_READ_AHEAD returns the previous setting, 0", SSL_CTX_set_read_ahead(ctx, 5), 0);
	OURSV("SSL_CTRL_SET_READ_AHEAD returns the previous setting, 1", SSL_CTX_set_read_ahead(ctx, 0), 1);
#ifdef ORACLE
	SSL_CTX_set_read_ahead(ctx, 0);
#endif
	CHECKV("SSL_CTRL_GET_READ_AHEAD returns 0 when off", SSL_CTX_get_read_ahead(ctx), 0);
	SSL_CTX_set_default_read_ahead(ctx, 1);
	CHECKV("SSL_CTX_set_default_read_ahead and SSL_CTX_get_default_read_ahead are other names",
	    SSL_CTX_get_default_read_ahead(ctx), 1);
	ssl = SSL_new(ctx);
	SSL_set_read_ahead(ssl, 0);
	CHECKV("SSL_set_read_ahead turns a connection's setting off with 0", SSL_get_read_ahead(ssl), 0);
	SSL_set_read_ahead(ssl, 9);
	OURSV("SSL_set_read_ahead turns it on with another value; SSL_get_read_ahead returns 1",
	    SSL_get_read_ahead(ssl), 1);
	SSL_free(ssl);

	/* Version bounds through the commands. */
	CHECKV("SSL_CTRL_SET_MIN_PROTO_VERSION returns 1", SSL_CTX_ctrl(ctx, SSL_CTRL_SET_MIN_PROTO_VERSION,
	    TLS1_2_VERSION, NULL), 1);
	CHECKV("SSL_CTRL_GET_MIN_PROTO_VERSION returns the bound", SSL_CTX_ctrl(ctx,
	    SSL_CTRL_GET_MIN_PROTO_VERSION, 0, NULL), TLS1_2_VERSION);
	CHECKV("SSL_CTRL_SET_MAX_PROTO_VERSION with an invalid bound returns 0",
	    SSL_CTX_ctrl(ctx, SSL_CTRL_SET_MAX_PROTO_VERSION, 0x1234, NULL), 0);
	CHECKV("SSL_CTRL_GET_MAX_PROTO_VERSION returns 0 when none is set",
	    SSL_CTX_ctrl(ctx, SSL_CTRL_GET_MAX_PROTO_VERSION, 0, NULL), 0);
	ERR_clear_error();
	CHECK("an unknown command does nothing and returns 0, without touching the error queue",
	    SSL_CTX_ctrl(ctx, 9999, 1, NULL) == 0 && queue_empty());
	SSL_CTX_free(ctx);

	/* Groups. */
	OURSS("the default groups: X25519, X25519MLKEM768, P-256, X448, P-521, P-384",
	    offered(NULL), "1d,11ec,17,1e,19,18");
	OURS("a client sends a key share for X25519 only",
	    capture_hello(cctx, NULL, &h) && hello_key_shares(&h, shares, 8) == 1 && shares[0] == 0x1d);
	OURSS("names in any case, with their other names",
	    offered("x25519:p-256:prime256v1:SECP256R1:x448:P-521:secp521r1:p-384:secp384r1:X25519MLKEM768"),
	    "1d,17,1e,19,18,11ec");
	OURSS("the ffdhe groups", offered("ffdhe2048:ffdhe3072:ffdhe4096:ffdhe6144:ffdhe8192"),
	    "100,101,102,103,104");
	ctx = SSL_CTX_new(TLS_client_method());
	CHECKV("SSL_CTX_set1_groups_list returns 1", SSL_CTX_set1_groups_list(ctx, "P-384:X25519"), 1);
	CHECKV("an unknown name: 0", SSL_CTX_set1_groups_list(ctx, "P-256:NOPE"), 0);
	ERR_clear_error();
	CHECKV("a list that names nothing: 0", SSL_CTX_set1_groups_list(ctx, ""), 0);
	ERR_clear_error();
	{
		struct hello x;
		unsigned g[8];

		capture_hello(ctx, NULL, &x);
		OURS("a refused list changes nothing", hello_list16(&x, 10, g, 8) == 2 && g[0] == 0x18 && g[1] == 0x1d);
	}
	CHECKV("SSL_CTX_set1_curves_list is another name", SSL_CTX_set1_curves_list(ctx, "P-256"), 1);
	SSL_CTX_free(ctx);
	CHECKV("negotiated group X25519: 1034", group_for("X25519"), 1034);
	CHECKV("negotiated group P-256: 415", group_for("P-256"), 415);
	CHECKV("negotiated group X448: 1035", group_for("X448"), 1035);
	CHECKV("negotiated group P-521: 716", group_for("P-521"), 716);
	CHECKV("negotiated group P-384: 715", group_for("P-384"), 715);
	OURSV("negotiated group ffdhe2048: 1126", group_for("ffdhe2048"), 1126);
	OURSV("negotiated group ffdhe8192: 1130", group_for("ffdhe8192"), 1130);
	OURSV("negotiated group X25519MLKEM768: 0x1000000 + 0x11ec", group_for("X25519MLKEM768"), 0x10011ec);
	c = SSL_new(cctx);
	SSL_set1_groups_list(c, "P-384");
	s = SSL_new(sctx);
	join_pair(c, s, 0);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	OURSV("before the handshake is complete: 0", SSL_get_negotiated_group(c), 0);
	SSL_set1_groups_list(s, "P-256");
	CHECK("a server accepts only its groups", !handshake_both(c, s));
	ERR_clear_error();
	SSL_free(c);
	SSL_free(s);

	/* The server name. */
	ssl = SSL_new(cctx);
	CHECK("SSL_set_tlsext_host_name returns 1 and SSL_get_servername returns the name at once",
	    SSL_set_tlsext_host_name(ssl, "www.example.org") == 1 &&
	    strcmp(SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name), "www.example.org") == 0);
	CHECK("a larg other than TLSEXT_NAMETYPE_host_name: 0 with SSL_R_SSL3_EXT_INVALID_SERVERNAME_TYPE",
	    SSL_ctrl(ssl, SSL_CTRL_SET_TLSEXT_HOSTNAME, 7, (void *)"x.example") == 0 &&
	    queue_is(ERR_LIB_SSL, SSL_R_SSL3_EXT_INVALID_SERVERNAME_TYPE));
	{
		char longname[300];

		memset(longname, 'a', 256);
		longname[256] = '\0';
		CHECK("a name longer than 255 bytes: 0 with SSL_R_SSL3_EXT_INVALID_SERVERNAME",
		    SSL_set_tlsext_host_name(ssl, longname) == 0 &&
		    queue_is(ERR_LIB_SSL, SSL_R_SSL3_EXT_INVALID_SERVERNAME));
		OURS("... and ssl is left with no name", SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name) == NULL);
	}
	SSL_set_tlsext_host_name(ssl, "www.example.org");
	CHECK("an empty name: 0 with SSL_R_SSL3_EXT_INVALID_SERVERNAME",
	    SSL_set_tlsext_host_name(ssl, "") == 0 && queue_is(ERR_LIB_SSL, SSL_R_SSL3_EXT_INVALID_SERVERNAME));
	SSL_set_tlsext_host_name(ssl, "www.example.org");
	CHECK("a NULL name sends no name",
	    SSL_set_tlsext_host_name(ssl, NULL) == 1 && SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name) == NULL);
	SSL_free(ssl);
	server_name_of_hello = "127.0.0.1";
	CHECK("the name is not checked: an IP address is sent like any other name",
	    capture_hello(cctx, set_ip_name, &h) && hello_ext(&h, 0, NULL) != NULL &&
	    memcmp(hello_ext(&h, 0, NULL) + 5, "127.0.0.1", 9) == 0);

	/* The servername callback and its argument through the commands. */
	ctx = server_ctx(TLS_server_method(), "ec");
	CHECKV("SSL_CTRL_SET_TLSEXT_SERVERNAME_ARG returns 1", SSL_CTX_set_tlsext_servername_arg(ctx, &servername_calls), 1);
	CHECKV("SSL_CTX_callback_ctrl with SSL_CTRL_SET_TLSEXT_SERVERNAME_CB returns 1",
	    SSL_CTX_set_tlsext_servername_callback(ctx, count_servername), 1);
	CHECK("the callback is installed", connected_pair(cctx, ctx, &c, &s) && servername_calls == 1);
	SSL_free(c);
	SSL_free(s);
	SSL_CTX_set_tlsext_servername_callback(ctx, NULL);
	CHECK("a NULL function removes it", connected_pair(cctx, ctx, &c, &s) && servername_calls == 1);
	SSL_free(c);
	SSL_free(s);
	CHECKV("SSL_CTX_callback_ctrl with another command returns 0",
	    SSL_CTX_callback_ctrl(ctx, SSL_CTRL_MODE, NULL), 0);
	ERR_clear_error();
	SSL_CTX_free(ctx);

	/* Old macros. */
	ctx = SSL_CTX_new(TLS_method());
	ssl = SSL_new(ctx);
	CHECK("SSL_CTX_set_ecdh_auto and SSL_set_ecdh_auto are 1 for an argument other than 0",
	    SSL_CTX_set_ecdh_auto(ctx, 1) == 1 && SSL_set_ecdh_auto(ssl, 2) == 1);
	CHECK("SSL_CTX_set_tmp_rsa and SSL_set_tmp_rsa are 1, the need_tmp_RSA macros 0",
	    SSL_CTX_set_tmp_rsa(ctx, NULL) == 1 && SSL_set_tmp_rsa(ssl, NULL) == 1 &&
	    SSL_CTX_need_tmp_RSA(ctx) == 0 && SSL_need_tmp_RSA(ssl) == 0);
	SSL_free(ssl);
	SSL_CTX_free(ctx);

	/* Bad objects. */
	OURS("SSL_CTX_ctrl(NULL): 0 with ERR_R_PASSED_NULL_PARAMETER",
	    SSL_CTX_ctrl(NULL, SSL_CTRL_MODE, 0, NULL) == 0 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));
	OURS("SSL_ctrl of an object that is not live: 0 with ERR_R_PASSED_INVALID_ARGUMENT",
	    SSL_ctrl((SSL *)cctx, SSL_CTRL_MODE, 0, NULL) == 0 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT));
	OURSV("SSL_CTX_callback_ctrl(NULL): 0", SSL_CTX_callback_ctrl(NULL, SSL_CTRL_SET_TLSEXT_SERVERNAME_CB, NULL), 0);
	OURSV("SSL_get_read_ahead(NULL): 0", SSL_get_read_ahead(NULL), 0);
	ERR_clear_error();

	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	return claims_end();
}
