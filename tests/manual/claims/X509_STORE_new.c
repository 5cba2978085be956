/*
 * Claims of X509_STORE_new(3), SSL_CTX_set_cert_store(3) and
 * X509_VERIFY_PARAM_set1_host(3), with in-process handshakes of a client
 * and a server over a BIO pair.  ca.pem issued leaf.pem (served as
 * "chain", CN leaf.example, no subject alternative names), both made
 * today.
 */
#include "claims.h"

#include <openssl/pem.h>
#include <openssl/x509v3.h>

static X509 *
load_cert(const char *name)
{
	FILE *f = fopen(cert_path(name, "pem"), "r");
	X509 *x = f != NULL ? PEM_read_X509(f, NULL, NULL, NULL) : NULL;

	if (f != NULL)
		fclose(f);
	return x;
}

/* A client of cctx against a server presenting NAME; param changes come from |setup|. */
static int
handshake(SSL_CTX *cctx, const char *name, void (*setup)(SSL *), long *result)
{
	SSL_CTX *sctx = server_ctx(TLS_server_method(), name);
	SSL *c = SSL_new(cctx), *s = SSL_new(sctx);
	int ok;

	if (setup != NULL)
		setup(c);
	join_pair(c, s, 0);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	ok = handshake_both(c, s);
	*result = SSL_get_verify_result(c);
	ERR_clear_error();
	SSL_free(c);
	SSL_free(s);
	SSL_CTX_free(sctx);
	return ok;
}

static void host_other(SSL *c) { X509_VERIFY_PARAM_set1_host(SSL_get0_param(c), "other.example", 0); }
static void host_leaf(SSL *c) { X509_VERIFY_PARAM_set1_host(SSL_get0_param(c), "other.example", 0);
	X509_VERIFY_PARAM_add1_host(SSL_get0_param(c), "leaf.example", 0); }
static void ip_loopback(SSL *c) { X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(c), "127.0.0.1"); }
static void year_ago(SSL *c) { X509_VERIFY_PARAM_set_time(SSL_get0_param(c), time(NULL) - 365 * 86400); }
static void never_subject(SSL *c) {
	X509_VERIFY_PARAM_set1_host(SSL_get0_param(c), "leaf.example", 12);
	X509_VERIFY_PARAM_set_hostflags(SSL_get0_param(c), X509_CHECK_FLAG_NEVER_CHECK_SUBJECT);
}

int
main(int argc, char *argv[])
{
	X509_STORE *store, *other;
	X509_VERIFY_PARAM *param;
	X509 *ca = NULL, *leaf = NULL;
	SSL_CTX *cctx, *cctx2;
	long result;
	int ok;

	claims_init(argc, argv);
	ca = load_cert("ca");
	leaf = load_cert("leaf");

	/* X509_STORE_new(3). */
	store = X509_STORE_new();
	CHECK("X509_STORE_new returns a store", store != NULL);
	CHECK("X509_STORE_add_cert returns 1", X509_STORE_add_cert(store, ca) == 1);
	CHECK("X509_STORE_add_cert of a certificate already there returns 1", X509_STORE_add_cert(store, ca) == 1);
	cctx = SSL_CTX_new(TLS_client_method());
	SSL_CTX_set_verify(cctx, SSL_VERIFY_PEER, NULL);
	SSL_CTX_set_cert_store(cctx, store);
	CHECK("SSL_CTX_get_cert_store returns the store set", SSL_CTX_get_cert_store(cctx) == store);
	CHECK("a store's certificates are trusted by a context that has it",
	    handshake(cctx, "chain", NULL, &result) && result == X509_V_OK);

	/* SSL_CTX_set1_cert_store: the store is shared and outlives the caller's reference. */
	other = X509_STORE_new();
	CHECK("X509_STORE_load_locations of a CA file returns 1",
	    X509_STORE_load_locations(other, cert_path("ca", "pem"), NULL) == 1);
	cctx2 = SSL_CTX_new(TLS_client_method());
	SSL_CTX_set_verify(cctx2, SSL_VERIFY_PEER, NULL);
	SSL_CTX_set1_cert_store(cctx2, other);
	CHECK("X509_STORE_up_ref returns 1", X509_STORE_up_ref(other) == 1);
	X509_STORE_free(other);
	X509_STORE_free(other);
	CHECK("SSL_CTX_set1_cert_store: the context keeps its own reference",
	    SSL_CTX_get_cert_store(cctx2) == other && handshake(cctx2, "chain", NULL, &result) && result == X509_V_OK);
	SSL_CTX_free(cctx2);

	other = X509_STORE_new();
	CHECK("X509_STORE_load_locations(NULL, NULL) fails", X509_STORE_load_locations(other, NULL, NULL) == 0);
	CHECK("X509_STORE_load_file of a missing file fails",
	    X509_STORE_load_file(other, cert_path("missing", "pem")) == 0 && first_lib() == ERR_LIB_SYS);
	ERR_clear_error();
	CHECK("X509_STORE_load_path of a directory that does not exist returns 1",
	    X509_STORE_load_path(other, cert_path("no-such-directory", "d")) == 1);
	setenv("SSL_CERT_FILE", cert_path("ca", "pem"), 1);
	CHECK("X509_STORE_set_default_paths returns 1", X509_STORE_set_default_paths(other) == 1);
	unsetenv("SSL_CERT_FILE");
	cctx2 = SSL_CTX_new(TLS_client_method());
	SSL_CTX_set_verify(cctx2, SSL_VERIFY_PEER, NULL);
	SSL_CTX_set_cert_store(cctx2, other);
	CHECK("X509_STORE_set_default_paths reads SSL_CERT_FILE",
	    handshake(cctx2, "chain", NULL, &result) && result == X509_V_OK);
	SSL_CTX_free(cctx2);

	/* X509_STORE_set_flags: X509_V_FLAG_PARTIAL_CHAIN trusts a leaf in the store. */
	other = X509_STORE_new();
	X509_STORE_add_cert(other, leaf);
	cctx2 = SSL_CTX_new(TLS_client_method());
	SSL_CTX_set_verify(cctx2, SSL_VERIFY_PEER, NULL);
	SSL_CTX_set_cert_store(cctx2, other);
	ok = handshake(cctx2, "chain", NULL, &result);
	CHECK("a leaf in the store without its issuer is not enough (X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY)",
	    !ok && result == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY);
	CHECK("X509_STORE_set_flags returns 1", X509_STORE_set_flags(other, X509_V_FLAG_PARTIAL_CHAIN) == 1);
	CHECK("X509_STORE_set_flags(X509_V_FLAG_PARTIAL_CHAIN): the trusted leaf passes",
	    handshake(cctx2, "chain", NULL, &result) && result == X509_V_OK);
	SSL_CTX_free(cctx2);

	/* X509_VERIFY_PARAM_set1_host(3). */
	ok = handshake(cctx, "chain", host_other, &result);
	CHECK("X509_VERIFY_PARAM_set1_host on SSL_get0_param: another name fails",
	    !ok && result == X509_V_ERR_HOSTNAME_MISMATCH);
	CHECK("X509_VERIFY_PARAM_add1_host: any one name matching is enough",
	    handshake(cctx, "chain", host_leaf, &result) && result == X509_V_OK);
	ok = handshake(cctx, "chain", never_subject, &result);
	CHECK("X509_VERIFY_PARAM_set_hostflags is used (NEVER_CHECK_SUBJECT)",
	    !ok && result == X509_V_ERR_HOSTNAME_MISMATCH);
	ok = handshake(cctx, "chain", ip_loopback, &result);
	CHECK("X509_VERIFY_PARAM_set1_ip_asc: an address the certificate lacks fails",
	    !ok && result == X509_V_ERR_IP_ADDRESS_MISMATCH);
	ok = handshake(cctx, "chain", year_ago, &result);
	CHECK("X509_VERIFY_PARAM_set_time: validity is checked then (a year ago the chain was not yet valid)",
	    !ok && result == X509_V_ERR_CERT_NOT_YET_VALID);

	param = SSL_CTX_get0_param(cctx);
	CHECK("SSL_CTX_get0_param: the depth is unset (-1)", X509_VERIFY_PARAM_get_depth(param) == -1);
	X509_VERIFY_PARAM_set_depth(param, 4);
	CHECK("X509_VERIFY_PARAM_set_depth on the context's param is SSL_CTX_get_verify_depth",
	    SSL_CTX_get_verify_depth(cctx) == 4 && X509_VERIFY_PARAM_get_depth(param) == 4);
	CHECK("X509_VERIFY_PARAM_get_flags: none at first", X509_VERIFY_PARAM_get_flags(param) == 0);
	CHECK("X509_VERIFY_PARAM_set_flags adds flags",
	    X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_PARTIAL_CHAIN) == 1 &&
	    X509_VERIFY_PARAM_get_flags(param) == X509_V_FLAG_PARTIAL_CHAIN);
	CHECK("X509_VERIFY_PARAM_clear_flags removes them",
	    X509_VERIFY_PARAM_clear_flags(param, X509_V_FLAG_PARTIAL_CHAIN) == 1 &&
	    X509_VERIFY_PARAM_get_flags(param) == 0);
	X509_VERIFY_PARAM_set_time(param, 0);
	CHECK("X509_VERIFY_PARAM_set_time sets X509_V_FLAG_USE_CHECK_TIME",
	    X509_VERIFY_PARAM_get_flags(param) == X509_V_FLAG_USE_CHECK_TIME);
	X509_VERIFY_PARAM_clear_flags(param, X509_V_FLAG_USE_CHECK_TIME);
	X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
	CHECK("X509_VERIFY_PARAM_get_hostflags returns the flags set",
	    X509_VERIFY_PARAM_get_hostflags(param) == X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
	CHECK("X509_VERIFY_PARAM_set1_ip: 4 bytes return 1",
	    X509_VERIFY_PARAM_set1_ip(param, (const unsigned char *)"\177\0\0\1", 4) == 1);
	CHECK("X509_VERIFY_PARAM_set1_ip: another length fails with ERR_R_PASSED_INVALID_ARGUMENT",
	    X509_VERIFY_PARAM_set1_ip(param, (const unsigned char *)"abc", 3) == 0 &&
	    queue_is(ERR_LIB_X509, ERR_R_PASSED_INVALID_ARGUMENT));
	CHECK("X509_VERIFY_PARAM_set1_ip(NULL, 0) clears the address and returns 1",
	    X509_VERIFY_PARAM_set1_ip(param, NULL, 0) == 1);
	CHECK("X509_VERIFY_PARAM_set1_ip_asc: not an address fails", X509_VERIFY_PARAM_set1_ip_asc(param, "bad") == 0);
	CHECK("X509_VERIFY_PARAM_set1_ip_asc: an IPv6 address returns 1", X509_VERIFY_PARAM_set1_ip_asc(param, "::1") == 1);
	X509_VERIFY_PARAM_set1_ip(param, NULL, 0);
	CHECK("X509_VERIFY_PARAM_set1_host: a name with a NUL inside fails",
	    X509_VERIFY_PARAM_set1_host(param, "a\0b", 3) == 0);
	CHECK("X509_VERIFY_PARAM_set_purpose(X509_PURPOSE_SSL_SERVER) returns 1",
	    X509_VERIFY_PARAM_set_purpose(param, X509_PURPOSE_SSL_SERVER) == 1);
	CHECK("X509_VERIFY_PARAM_set_purpose of an unknown purpose fails with X509V3_R_INVALID_PURPOSE",
	    X509_VERIFY_PARAM_set_purpose(param, 99) == 0 && queue_is(ERR_LIB_X509V3, 146));
	{
		SSL *s = SSL_new(cctx);

		CHECK("SSL_new copies the context's param: the depth set on it",
		    X509_VERIFY_PARAM_get_depth(SSL_get0_param(s)) == 4 && SSL_get0_param(s) != param);
		SSL_free(s);
	}
	{
		SSL_CTX *sctx = server_ctx(TLS_server_method(), "chain");
		SSL *c = SSL_new(cctx), *s = SSL_new(sctx);

		X509_VERIFY_PARAM_set1_host(SSL_get0_param(c), "LEAF.example", 0);
		join_pair(c, s, 0);
		SSL_set_connect_state(c);
		SSL_set_accept_state(s);
		ok = handshake_both(c, s);
		CHECK("X509_VERIFY_PARAM_get0_peername: the certificate's name that matched",
		    ok && X509_VERIFY_PARAM_get0_peername(SSL_get0_param(c)) != NULL &&
		    strcmp(X509_VERIFY_PARAM_get0_peername(SSL_get0_param(c)), "leaf.example") == 0);
		SSL_free(c);
		SSL_free(s);
		SSL_CTX_free(sctx);
	}

	SSL_CTX_free(cctx);
	X509_free(ca);
	X509_free(leaf);
	return claims_end();
}
