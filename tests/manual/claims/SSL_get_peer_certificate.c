/* Claims of SSL_get_peer_certificate(3) and SSL_get_peer_cert_chain(3). */
#include <dlfcn.h>
#include <openssl/x509.h>

#include "claims.h"

static int
subject_is(X509 *x, const char *want)
{
	char buf[256];

	return x != NULL && strcmp(X509_NAME_oneline(X509_get_subject_name(x), buf, sizeof(buf)), want) == 0;
}

int
main(int argc, char *argv[])
{
	SSL_CTX *cctx, *sctx, *sctx_self;
	SSL *c, *s, *fresh;
	X509 *get1, *get, *get0;
	STACK_OF(X509) *chain;

	claims_init(argc, argv);
	cctx = SSL_CTX_new(TLS_client_method());
	sctx = SSL_CTX_new(TLS_server_method());
	if (SSL_CTX_use_certificate_chain_file(sctx, cert_path("chain", "pem")) != 1 ||
	    SSL_CTX_use_PrivateKey_file(sctx, cert_path("chain", "key"), SSL_FILETYPE_PEM) != 1) {
		fprintf(stderr, "chain server context failed\n");
		return 1;
	}

	fresh = SSL_new(cctx);
	CHECK("before the handshake: SSL_get1_peer_certificate is NULL", SSL_get1_peer_certificate(fresh) == NULL);
	CHECK("before the handshake: SSL_get0_peer_certificate is NULL", SSL_get0_peer_certificate(fresh) == NULL);
	CHECK("before the handshake: SSL_get_peer_cert_chain is NULL", SSL_get_peer_cert_chain(fresh) == NULL);
	SSL_free(fresh);

	if (!connected_pair(cctx, sctx, &c, &s)) {
		fprintf(stderr, "handshake failed\n");
		return 1;
	}
	get1 = SSL_get1_peer_certificate(c);
	get = SSL_get_peer_certificate(c);
	get0 = SSL_get0_peer_certificate(c);
	CHECK("client: the server's certificate", subject_is(get0, "/CN=leaf.example"));
	CHECK("SSL_get_peer_certificate, get1 and get0 return the same object", get1 == get0 && get == get0);
	X509_free(get);
	chain = SSL_get_peer_cert_chain(c);
	CHECKV("client chain: the server's certificate and the chain it sent", sk_X509_num(chain), 2);
	CHECK("client chain: first the server's own certificate, the get0 object", sk_X509_value(chain, 0) == get0);
	CHECK("client chain: then the chain, in the order sent", subject_is(sk_X509_value(chain, 1), "/CN=ca.example"));
	CHECK("each call returns the same stack", SSL_get_peer_cert_chain(c) == chain);
	CHECK("server: no client certificate: SSL_get1_peer_certificate is NULL", SSL_get1_peer_certificate(s) == NULL);
	CHECK("server: no client certificate: SSL_get_peer_cert_chain is NULL", SSL_get_peer_cert_chain(s) == NULL);
	SSL_free(c);
	SSL_free(s);
	CHECK("a get1 reference outlives the SSL", subject_is(get1, "/CN=leaf.example"));
	X509_free(get1);
	OURS("get0 adds no reference: after SSL_free the pointer is dead", X509_up_ref(get0) == 0);
	ERR_clear_error();
	OURS("the chain belongs to the SSL: after SSL_free the stack is dead", sk_X509_num(chain) == -1);
	ERR_clear_error();

	/* Nothing is verified: a self-signed certificate is still returned. */
	sctx_self = server_ctx(TLS_server_method(), "ec");
	if (connected_pair(cctx, sctx_self, &c, &s)) {
		CHECK("the certificate is not verified: a self-signed one is returned",
		    subject_is(SSL_get0_peer_certificate(c), "/CN=ec.example"));
		SSL_free(c);
		SSL_free(s);
	}
	SSL_CTX_free(sctx_self);
	OURS("BUGS: no stack sorting or searching (no OPENSSL_sk_sort, OPENSSL_sk_find)",
	    dlsym(RTLD_DEFAULT, "OPENSSL_sk_sort") == NULL && dlsym(RTLD_DEFAULT, "OPENSSL_sk_find") == NULL);
	OURS("BUGS: no setters (X509_set_serialNumber, X509_set1_notBefore)",
	    dlsym(RTLD_DEFAULT, "X509_set1_notBefore") == NULL && dlsym(RTLD_DEFAULT, "X509_set_serialNumber") == NULL);
	SSL_CTX_free(sctx);
	SSL_CTX_free(cctx);
	return claims_end();
}
