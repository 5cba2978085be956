/* Claims of SSL_CTX_set_cipher_list(3). */
#include "claims.h"

static const unsigned table[23] = {
	0xc02c, 0xc030, 0x009f, 0xcca9, 0xcca8, 0xccaa, 0xc02b, 0xc02f,
	0x009e, 0xc024, 0xc028, 0xc023, 0xc027, 0xc00a, 0xc014, 0xc009,
	0xc013, 0x009d, 0x009c, 0x003d, 0x003c, 0x0035, 0x002f,
};

static SSL_CTX *cctx;
static const char *list12, *list13;

static void
setup(SSL *ssl)
{
	if (list12 != NULL)
		SSL_set_cipher_list(ssl, list12);
	if (list13 != NULL)
		SSL_set_ciphersuites(ssl, list13);
}

/* The suites a client offers, as table indices ("t3" for TLS 1.3 suite 0x1303, ...). */
static const char *
offered(const char *l12, const char *l13)
{
	static char out[256];
	struct hello h;
	int k = 0;

	list12 = l12;
	list13 = l13;
	out[0] = '\0';
	if (!capture_hello(cctx, setup, &h))
		return "no hello";
	ERR_clear_error();
	for (int i = 0; i < h.nsuites; i++) {
		int idx = -1;

		for (int j = 0; j < 23; j++)
			if (table[j] == h.suites[i])
				idx = j;
		if (idx >= 0)
			k += snprintf(out + k, sizeof(out) - k, "%s%d", k ? "," : "", idx);
		else
			k += snprintf(out + k, sizeof(out) - k, "%st%x", k ? "," : "", h.suites[i] & 0xff);
	}
	return out;
}

static const char *
tls12(const char *l12)
{
	return offered(l12, "");
}

int
main(int argc, char *argv[])
{
	SSL_CTX *ctx, *sctx;
	SSL *c, *s;
	struct relay r;

	claims_init(argc, argv);
	cctx = SSL_CTX_new(TLS_client_method());
	sctx = server_ctx(TLS_server_method(), "ec");

	OURSS("the client offers the TLS 1.3 suites first, then the TLS 1.2 suites, each list in its own order",
	    offered("ECDHE-ECDSA-AES128-SHA:ECDHE-ECDSA-AES256-GCM-SHA384",
		"TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1305_SHA256"), "t1,t3,15,0");
	OURSS("the TLS 1.2 list does not affect the TLS 1.3 suites", offered("AES128-SHA", NULL),
	    "t2,t3,t1,22");
	OURSS("the TLS 1.3 list does not affect the TLS 1.2 suites",
	    offered(NULL, "TLS_AES_128_GCM_SHA256"),
	    "t1,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22");
	OURSS("TLS_AES_128_CCM_SHA256 is offered only if named", offered("AES128-SHA", "TLS_AES_128_CCM_SHA256"),
	    "t4,22");
	OURSS("unknown and repeated TLS 1.3 names are skipped silently",
	    offered("AES128-SHA", "NOPE:TLS_AES_128_GCM_SHA256:TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-SHA"),
	    "t1,22");
	{
		struct hello h;
		unsigned len;

		list12 = NULL;
		list13 = "";
		OURS("an empty TLS 1.3 string gives an empty list: TLS 1.3 is not offered",
		    capture_hello(cctx, setup, &h) && (hello_ext(&h, 43, &len) == NULL ||
		    memmem(hello_ext(&h, 43, NULL), len, "\x03\x04", 2) == NULL));
	}
	ctx = SSL_CTX_new(TLS_client_method());
	SSL_CTX_set_ciphersuites(ctx, "TLS_AES_128_CCM_SHA256");
	SSL_CTX_set_max_proto_version(sctx, 0);
	SSL_CTX_set_ciphersuites(sctx, "TLS_AES_128_CCM_SHA256");
	CHECK("TLS_AES_128_CCM_SHA256 is supported", connected_pair(ctx, sctx, &c, &s) &&
	    strcmp(SSL_get_cipher_name(c), "TLS_AES_128_CCM_SHA256") == 0);
	SSL_free(c);
	SSL_free(s);
	SSL_CTX_set_ciphersuites(sctx, "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256");
	SSL_CTX_free(ctx);

	/* A version with an empty list is not offered. */
	{
		struct hello h;
		unsigned len;
		const unsigned char *v;

		list12 = "NO-SUCH-SUITE";
		list13 = NULL;
		capture_hello(cctx, setup, &h);
		v = hello_ext(&h, 43, &len);
		OURS("an empty TLS 1.2 list: TLS 1.2 is not offered",
		    v != NULL && len == 3 && get16(v + 1) == 0x0304);
	}

	/* The cipher string language. */
	OURSS("ALL: every suite in the table", tls12("ALL"), "0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22");
	OURSS("DEFAULT, HIGH, FIPS: every suite", tls12("DEFAULT:HIGH:FIPS"),
	    "0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22");
	OURSS("ECDHE, EECDH, kECDHE, kEECDH: ECDHE key exchange", tls12("ECDHE:EECDH:kECDHE:kEECDH"),
	    "0,1,3,4,6,7,9,10,11,12,13,14,15,16");
	OURSS("DHE, EDH, kDHE, kEDH: finite field DHE", tls12("DHE:EDH:kDHE:kEDH"), "2,5,8");
	OURSS("RSA, kRSA: RSA key exchange", tls12("RSA:kRSA"), "17,18,19,20,21,22");
	OURSS("aRSA: the ECDHE-RSA, DHE-RSA and RSA key exchange suites", tls12("aRSA"),
	    "1,2,4,5,7,8,10,12,14,16,17,18,19,20,21,22");
	OURSS("ECDSA, aECDSA: ECDSA certificates", tls12("ECDSA:aECDSA"), "0,3,6,9,11,13,15");
	OURSS("AES: every AES suite", tls12("AES"), "0,1,2,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22");
	OURSS("AESGCM: the AES-GCM suites", tls12("AESGCM"), "0,1,2,6,7,8,17,18");
	OURSS("AES128: 128-bit AES", tls12("AES128"), "6,7,8,11,12,15,16,18,20,22");
	OURSS("AES256: 256-bit AES", tls12("AES256"), "0,1,2,9,10,13,14,17,19,21");
	OURSS("CHACHA20: the ChaCha20-Poly1305 suites", tls12("CHACHA20"), "3,4,5");
	OURSS("SHA1, SHA: the CBC suites with HMAC-SHA1", tls12("SHA1:SHA"), "13,14,15,16,21,22");
	OURSS("SHA256: CBC with HMAC-SHA256 and AES-128-GCM", tls12("SHA256"), "6,7,8,11,12,18,19,20");
	OURSS("SHA384: CBC with HMAC-SHA384 and AES-256-GCM", tls12("SHA384"), "0,1,2,9,10,17");
	OURSS("TLSv1.2: all but the HMAC-SHA1 suites", tls12("TLSv1.2"),
	    "0,1,2,3,4,5,6,7,8,9,10,11,12,17,18,19,20");
	OURSS("TLSv1.0, TLSv1, SSLv3: the HMAC-SHA1 suites", tls12("TLSv1.0:TLSv1:SSLv3"), "13,14,15,16,21,22");
	OURSS("a suite name selects that suite", tls12("AES128-SHA256"), "20");
	OURSS("no prefix appends in table order; '+' joins names", tls12("ECDHE+AESGCM:ECDHE+CHACHA20"),
	    "0,1,6,7,3,4");
	OURSS("'-' removes; a later word may add again", tls12("CHACHA20:-ECDHE:ALL:-AES"), "5,3,4");
	OURSS("'!' removes for good", tls12("CHACHA20:!ECDHE:ALL:-AES"), "5");
	OURSS("'+' prefix moves selected suites to the end, keeping order", tls12("AESGCM:CHACHA20:+AES256"),
	    "6,7,8,18,3,4,5,0,1,2,17");
	OURSS("@STRENGTH sorts by key length, longest first, stably", tls12("AES128-SHA:AES256-SHA:AES128-GCM-SHA256:@STRENGTH"),
	    "21,22,18");
	OURSS("@SECLEVEL=n is accepted and ignored", tls12("CHACHA20:@SECLEVEL=3"), "3,4,5");
	OURSS("commas, semicolons and spaces separate words too", tls12("AES128-SHA,AES256-SHA;AES128-SHA256 AES256-SHA256"),
	    "22,21,20,19");

	ctx = SSL_CTX_new(TLS_client_method());
	CHECKV("a string that selects a suite: 1", SSL_CTX_set_cipher_list(ctx, "ECDHE+AESGCM:ECDHE+CHACHA20"), 1);
	CHECKV("SSL_CTX_set_ciphersuites returns 1",
	    SSL_CTX_set_ciphersuites(ctx, "TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256"), 1);
	CHECKV("strings written for OpenSSL keep working: HIGH:!aNULL:!MD5", SSL_CTX_set_cipher_list(ctx, "HIGH:!aNULL:!MD5"), 1);
	{
		static const char *nothing[] = { "aNULL", "eNULL", "MD5", "RC4", "3DES", "LOW", "MEDIUM",
		    "COMPLEMENTOFDEFAULT", "TLS_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "high" };
		int all = 1;

		for (int i = 0; i < 11; i++) {
			all &= SSL_CTX_set_cipher_list(ctx, nothing[i]) == 0 && first_reason() == SSL_R_NO_CIPHER_MATCH;
			SSL_CTX_set_cipher_list(ctx, "ALL");
		}
		OURS("names of things the library does not have, TLS 1.3 names, RFC names and lower-case names select nothing: 0 with SSL_R_NO_CIPHER_MATCH",
		    all);
	}
	CHECK("a string that selects nothing: 0 with SSL_R_NO_CIPHER_MATCH",
	    SSL_CTX_set_cipher_list(ctx, "NO-SUCH-SUITE") == 0 && queue_is(ERR_LIB_SSL, SSL_R_NO_CIPHER_MATCH));
	SSL_CTX_set_cipher_list(ctx, "CHACHA20");
	OURS("an invalid string (@ word): 0 with SSL_R_INVALID_COMMAND",
	    SSL_CTX_set_cipher_list(ctx, "ALL:@BOGUS") == 0 && queue_is(ERR_LIB_SSL, SSL_R_INVALID_COMMAND));
	SSL_CTX_free(cctx);
	cctx = ctx;
	OURSS("... and the list is unchanged", tls12(NULL), "3,4,5");
	OURS("a NULL string: 0, ERR_R_PASSED_NULL_PARAMETER, list unchanged",
	    SSL_CTX_set_cipher_list(ctx, NULL) == 0 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER) &&
	    strcmp(tls12(NULL), "3,4,5") == 0);
	OURSV("SSL_CTX_set_ciphersuites returns 1 even when no name is recognised",
	    SSL_CTX_set_ciphersuites(ctx, "NOPE"), 1);
	OURS("SSL_CTX_set_ciphersuites with a NULL string: 0 with ERR_R_PASSED_NULL_PARAMETER",
	    SSL_CTX_set_ciphersuites(ctx, NULL) == 0 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));
	OURS("SSL_CTX_set_cipher_list(NULL, ...): 0 with ERR_R_PASSED_NULL_PARAMETER",
	    SSL_CTX_set_cipher_list(NULL, "ALL") == 0 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));
	OURS("SSL_set_ciphersuites of an object that is not live: 0 with ERR_R_PASSED_INVALID_ARGUMENT",
	    SSL_set_ciphersuites((SSL *)ctx, "TLS_AES_128_GCM_SHA256") == 0 &&
	    queue_is(ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT));
	OURS("SSL_set_cipher_list of an object that is not live: 0",
	    SSL_set_cipher_list((SSL *)ctx, "ALL") == 0 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT));

	/* Read when the handshake starts. */
	SSL_CTX_set_ciphersuites(ctx, "TLS_AES_256_GCM_SHA384");
	relay_new(&r, ctx, sctx);
	SSL_connect(r.c);
	SSL_set_ciphersuites(r.c, "TLS_AES_128_GCM_SHA256");
	OURS("lists changed after the handshake started have no effect on it",
	    relay_handshake(&r, NULL, NULL) && strcmp(SSL_get_cipher_name(r.c), "TLS_AES_256_GCM_SHA384") == 0);
	relay_free(&r);

	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	return claims_end();
}
