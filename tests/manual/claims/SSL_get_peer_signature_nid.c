/* Claims of SSL_get_peer_signature_nid(3). */
#include "claims.h"

/* The client's peer signature NIDs after a handshake with a server using NAME, at most version. */
static void
nids(const char *name, int version, int *ret, int *hash, int *type, int *server_ret)
{
	SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
	SSL_CTX *sctx = server_ctx(TLS_server_method(), name);
	SSL *c, *s;

	SSL_CTX_set_max_proto_version(cctx, version);
	*hash = *type = -7;
	*ret = 0;
	if (connected_pair(cctx, sctx, &c, &s)) {
		int dummy = -7;

		*ret = (int)SSL_get_peer_signature_nid(c, hash) * 10 + SSL_get_peer_signature_type_nid(c, type);
		*server_ret = (int)SSL_get_peer_signature_nid(s, &dummy) + SSL_get_peer_signature_type_nid(s, &dummy);
		if (dummy != -7)
			*server_ret = 99;
	}
	SSL_shutdown(c);
	SSL_shutdown(s);
	SSL_free(c);
	SSL_free(s);
	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
}

int
main(int argc, char *argv[])
{
	int ret, hash, type, sret = -1, n = -7;
	SSL_CTX *cctx;
	SSL *c;

	claims_init(argc, argv);

	cctx = SSL_CTX_new(TLS_client_method());
	c = SSL_new(cctx);
	CHECKV("0 before a handshake (digest)", SSL_get_peer_signature_nid(c, &n), 0);
	CHECKV("0 before a handshake (type)", SSL_get_peer_signature_type_nid(c, &n), 0);
	CHECKV("and *pnid is left alone", n, -7);
	SSL_free(c);
	SSL_CTX_free(cctx);

	nids("ec", TLS1_3_VERSION, &ret, &hash, &type, &sret);
	CHECKV("both return 1 after a handshake", ret, 11);
	CHECKV("TLS 1.3, P-256 key: NID_sha256", hash, 672);
	CHECKV("TLS 1.3, P-256 key: EVP_PKEY_EC", type, EVP_PKEY_EC);
	CHECKV("a server whose client sent no certificate: 0, *pnid left alone", sret, 0);
	nids("ec384", TLS1_3_VERSION, &ret, &hash, &type, &sret);
	CHECKV("TLS 1.3, P-384 key: NID_sha384", hash, 673);
	nids("rsa", TLS1_3_VERSION, &ret, &hash, &type, &sret);
	CHECKV("TLS 1.3, RSA key: NID_sha256", hash, 672);
	CHECKV("TLS 1.3, RSA key: EVP_PKEY_RSA_PSS", type, EVP_PKEY_RSA_PSS);
	nids("ed25519", TLS1_3_VERSION, &ret, &hash, &type, &sret);
	CHECKV("Ed25519: EVP_PKEY_ED25519", type, EVP_PKEY_ED25519);
	CHECKV("Ed25519: no digest, NID_undef", hash, 0);
	nids("ec", TLS1_2_VERSION, &ret, &hash, &type, &sret);
	CHECKV("TLS 1.2 ServerKeyExchange, P-256 key: both return 1", ret, 11);
	CHECKV("TLS 1.2, P-256 key: NID_sha256", hash, 672);
	CHECKV("TLS 1.2, P-256 key: EVP_PKEY_EC", type, EVP_PKEY_EC);
	nids("rsa", TLS1_2_VERSION, &ret, &hash, &type, &sret);
	CHECKV("TLS 1.2, RSA key: EVP_PKEY_RSA_PSS", type, EVP_PKEY_RSA_PSS);

	{
		SSL_CTX *cc = SSL_CTX_new(TLS_client_method());
		SSL_CTX *sc = server_ctx(TLS_server_method(), "ec");
		SSL_SESSION *sess;
		SSL *s;

		SSL_CTX_set_max_proto_version(cc, TLS1_2_VERSION);
		SSL_CTX_set_options(sc, SSL_OP_NO_TICKET);
		connected_pair(cc, sc, &c, &s);
		sess = SSL_get1_session(c);
		SSL_shutdown(c);
		SSL_shutdown(s);
		SSL_free(c);
		SSL_free(s);
		c = SSL_new(cc);
		s = SSL_new(sc);
		join_pair(c, s, 0);
		SSL_set_connect_state(c);
		SSL_set_accept_state(s);
		SSL_set_session(c, sess);
		n = -7;
		CHECK("a resumed handshake", handshake_both(c, s) && SSL_session_reused(c));
		CHECKV("has no peer signature: 0", SSL_get_peer_signature_type_nid(c, &n), 0);
		SSL_shutdown(c);
		SSL_shutdown(s);
		SSL_free(c);
		SSL_free(s);
		SSL_SESSION_free(sess);
		SSL_CTX_free(cc);
		SSL_CTX_free(sc);
	}

	ERR_clear_error();
	OURS("SSL_get_peer_signature_type_nid(NULL, &n) returns 0", SSL_get_peer_signature_type_nid(NULL, &n) == 0);
	OURS("and pushes ERR_R_PASSED_NULL_PARAMETER", queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));
	return claims_end();
}
