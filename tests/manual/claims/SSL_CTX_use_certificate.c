/* Claims of SSL_CTX_use_certificate(3). */
#include <openssl/pem.h>
#include <openssl/x509.h>

#include "claims.h"

static SSL_CTX *cctx;

/* The number of certificates in the chain a server of sctx sends under TLS 1.2 with the suites given. */
static int
chain_sent(SSL_CTX *sctx, const char *suites)
{
	static unsigned char hello[8192], out[65536];
	SSL_CTX *c = SSL_CTX_new(TLS_client_method());
	SSL *s;
	BIO *in, *wb;
	int n, len, certs = 0;
	const unsigned char *m;

	SSL_CTX_set_max_proto_version(c, TLS1_2_VERSION);
	SSL_CTX_set_cipher_list(c, suites);
	n = hello_bytes(c, NULL, hello, sizeof(hello));
	s = SSL_new(sctx);
	in = BIO_new(BIO_s_mem());
	wb = BIO_new(BIO_s_mem());
	SSL_set_bio(s, in, wb);
	BIO_write(in, hello, n);
	SSL_accept(s);
	n = BIO_read(wb, out, sizeof(out));
	m = find_message(out, n, 11, &len);
	for (int i = 3; m != NULL && i + 3 <= len; i += 3 + (m[i] << 16 | m[i + 1] << 8 | m[i + 2]))
		certs++;
	SSL_free(s);
	SSL_CTX_free(c);
	ERR_clear_error();
	return certs;
}

/* The oldest two entries of the queue as "lib/reason lib/reason"; the queue is emptied. */
static const char *
entries(void)
{
	static char out[64];
	unsigned long a = ERR_get_error(), b = ERR_get_error();

	snprintf(out, sizeof(out), "%d/%d %d/%d", ERR_GET_LIB(a), ERR_GET_REASON(a), ERR_GET_LIB(b), ERR_GET_REASON(b));
	ERR_clear_error();
	return out;
}

static const char *
expect(int lib1, int r1, int lib2, int r2)
{
	static char out[8][64];
	static int k;
	char *p = out[k++ % 8];

	snprintf(p, 64, "%d/%d %d/%d", lib1, r1, lib2, r2);
	return p;
}

static const char *
cipher_for(SSL_CTX *sctx, const char *suites)
{
	static char name[64];
	SSL *c, *s;

	SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
	SSL_CTX_set_cipher_list(cctx, suites);
	snprintf(name, sizeof(name), "%s", connected_pair(cctx, sctx, &c, &s) ? SSL_get_cipher_name(c) : "failed");
	ERR_clear_error();
	SSL_free(c);
	SSL_free(s);
	SSL_CTX_set_max_proto_version(cctx, 0);
	SSL_CTX_set_cipher_list(cctx, "ALL");
	return name;
}

int
main(int argc, char *argv[])
{
	SSL_CTX *ctx;
	SSL *ssl, *before;
	char tmp[256], cmd[600];
	X509 *x;
	EVP_PKEY *k;
	BIO *bio;

	claims_init(argc, argv);
	cctx = SSL_CTX_new(TLS_client_method());

	/* File types and forms. */
	ctx = SSL_CTX_new(TLS_server_method());
	CHECK("a DER certificate and a DER PKCS#8 key (SSL_FILETYPE_ASN1)",
	    SSL_CTX_use_certificate_file(ctx, cert_path("ec", "der"), SSL_FILETYPE_ASN1) == 1 &&
	    SSL_CTX_use_PrivateKey_file(ctx, cert_path("ec", "keyder"), SSL_FILETYPE_ASN1) == 1 &&
	    SSL_CTX_check_private_key(ctx) == 1);
	SSL_CTX_free(ctx);
	ctx = SSL_CTX_new(TLS_server_method());
	CHECK("a PEM certificate after other PEM blocks: the first certificate, the rest skipped",
	    SSL_CTX_use_certificate_file(ctx, cert_path("keyfirst", "pem"), SSL_FILETYPE_PEM) == 1);
	CHECK("a PEM key after a certificate in the same file: one file may hold both",
	    SSL_CTX_use_PrivateKey_file(ctx, cert_path("ec", "both"), SSL_FILETYPE_PEM) == 1 &&
	    SSL_CTX_check_private_key(ctx) == 1);
	SSL_CTX_free(ctx);
	ctx = SSL_CTX_new(TLS_server_method());
	CHECK("a traditional EC key (BEGIN EC PRIVATE KEY)",
	    SSL_CTX_use_certificate_file(ctx, cert_path("ec", "pem"), SSL_FILETYPE_PEM) == 1 &&
	    SSL_CTX_use_PrivateKey_file(ctx, cert_path("ec", "trad"), SSL_FILETYPE_PEM) == 1);
	CHECK("a traditional RSA key (BEGIN RSA PRIVATE KEY)",
	    SSL_CTX_use_certificate_file(ctx, cert_path("rsa", "pem"), SSL_FILETYPE_PEM) == 1 &&
	    SSL_CTX_use_PrivateKey_file(ctx, cert_path("rsa", "trad"), SSL_FILETYPE_PEM) == 1);
	SSL_CTX_free(ctx);

	/* Files are read whole when the function is called. */
	snprintf(tmp, sizeof(tmp), "copy.%d.pem", (int)getpid());
	snprintf(cmd, sizeof(cmd), "cp %s %s", cert_path("ec", "both"), tmp);
	if (system(cmd) == 0) {
		ctx = SSL_CTX_new(TLS_server_method());
		SSL_CTX_use_certificate_file(ctx, tmp, SSL_FILETYPE_PEM);
		SSL_CTX_use_PrivateKey_file(ctx, tmp, SSL_FILETYPE_PEM);
		unlink(tmp);
		CHECK("files are read whole when the function is called", SSL_CTX_check_private_key(ctx) == 1 &&
		    strcmp(cipher_for(ctx, "ECDHE-ECDSA-AES128-GCM-SHA256"), "ECDHE-ECDSA-AES128-GCM-SHA256") == 0);
		SSL_CTX_free(ctx);
	}

	/* Chains. */
	ctx = SSL_CTX_new(TLS_server_method());
	SSL_CTX_use_certificate_chain_file(ctx, cert_path("chain", "pem"));
	SSL_CTX_use_PrivateKey_file(ctx, cert_path("chain", "key"), SSL_FILETYPE_PEM);
	CHECKV("SSL_CTX_use_certificate_chain_file loads every certificate: the server sends 2", chain_sent(ctx, "ECDHE-ECDSA-AES128-GCM-SHA256"), 2);
	SSL_CTX_use_certificate_file(ctx, cert_path("leaf", "pem"), SSL_FILETYPE_PEM);
	OURSV("SSL_CTX_use_certificate_file replaces the chain of its kind with one certificate",
	    chain_sent(ctx, "ECDHE-ECDSA-AES128-GCM-SHA256"), 1);
	SSL_CTX_free(ctx);

	/* Slots. */
	ctx = SSL_CTX_new(TLS_server_method());
	SSL_CTX_use_certificate_file(ctx, cert_path("rsa", "pem"), SSL_FILETYPE_PEM);
	SSL_CTX_use_PrivateKey_file(ctx, cert_path("rsa", "key"), SSL_FILETYPE_PEM);
	SSL_CTX_use_certificate_file(ctx, cert_path("ec", "pem"), SSL_FILETYPE_PEM);
	SSL_CTX_use_PrivateKey_file(ctx, cert_path("ec", "key"), SSL_FILETYPE_PEM);
	CHECKS("an RSA and an ECDSA certificate at once: a client of ECDHE-RSA gets the RSA one",
	    cipher_for(ctx, "ECDHE-RSA-AES128-GCM-SHA256"), "ECDHE-RSA-AES128-GCM-SHA256");
	CHECKS("... and a client of ECDHE-ECDSA the ECDSA one",
	    cipher_for(ctx, "ECDHE-ECDSA-AES128-GCM-SHA256"), "ECDHE-ECDSA-AES128-GCM-SHA256");
	ssl = SSL_new(ctx);
	CHECKV("SSL_new copies the slots", SSL_check_private_key(ssl), 1);
	SSL_free(ssl);
	CHECK("a key of another kind goes to its own slot and is accepted",
	    SSL_CTX_use_PrivateKey_file(ctx, cert_path("ed25519", "key"), SSL_FILETYPE_PEM) == 1);
	CHECK("the check looks at the current slot, the one set last: Ed25519 without its certificate",
	    SSL_CTX_check_private_key(ctx) == 0 && queue_is(ERR_LIB_SSL, SSL_R_NO_CERTIFICATE_ASSIGNED));
	SSL_CTX_use_certificate_file(ctx, cert_path("ed25519", "pem"), SSL_FILETYPE_PEM);
	CHECKV("... and with it", SSL_CTX_check_private_key(ctx), 1);
	SSL_CTX_free(ctx);

	/* Context and connection functions. */
	ctx = SSL_CTX_new(TLS_server_method());
	before = SSL_new(ctx);
	SSL_CTX_use_certificate_file(ctx, cert_path("ec", "pem"), SSL_FILETYPE_PEM);
	SSL_CTX_use_PrivateKey_file(ctx, cert_path("ec", "key"), SSL_FILETYPE_PEM);
	CHECK("the SSL_CTX functions change connections made afterwards, not those made before",
	    SSL_check_private_key(before) == 0 && (ssl = SSL_new(ctx)) != NULL && SSL_check_private_key(ssl) == 1);
	ERR_clear_error();
	CHECK("the SSL functions change one connection",
	    SSL_use_certificate_file(before, cert_path("rsa", "pem"), SSL_FILETYPE_PEM) == 1 &&
	    SSL_use_PrivateKey_file(before, cert_path("rsa", "key"), SSL_FILETYPE_PEM) == 1 &&
	    SSL_check_private_key(before) == 1 && SSL_use_certificate_chain_file(ssl, cert_path("chain", "pem")) == 1);
	ERR_clear_error();
	SSL_free(ssl);
	SSL_free(before);

	/* Keys and certificates that do not belong together. */
	SSL_CTX_use_certificate_file(ctx, cert_path("other", "pem"), SSL_FILETYPE_PEM);
	CHECK("a certificate whose slot's key does not belong to it: loaded, the key forgotten",
	    SSL_CTX_check_private_key(ctx) == 0 && queue_is(ERR_LIB_SSL, SSL_R_NO_PRIVATE_KEY_ASSIGNED));
	SSL_CTX_use_PrivateKey_file(ctx, cert_path("other", "key"), SSL_FILETYPE_PEM);
	CHECK("a key that does not belong to the certificate of its kind: 0",
	    SSL_CTX_use_PrivateKey_file(ctx, cert_path("ec", "key"), SSL_FILETYPE_PEM) == 0);
	OURSS("... with X509_R_KEY_VALUES_MISMATCH", entries(), expect(ERR_LIB_X509, X509_R_KEY_VALUES_MISMATCH, 0, 0));
	ERR_clear_error();
	CHECKV("... and the key set before stays", SSL_CTX_check_private_key(ctx), 1);
	SSL_CTX_free(ctx);

	/* Encrypted keys. */
	ctx = SSL_CTX_new(TLS_server_method());
	SSL_CTX_use_certificate_file(ctx, cert_path("ec", "pem"), SSL_FILETYPE_PEM);
	CHECKV("an encrypted PKCS#8 key without a password is refused", SSL_CTX_use_PrivateKey_file(ctx,
	    cert_path("ec", "enc"), SSL_FILETYPE_PEM), 0);
	OURSS("... PEM_R_BAD_PASSWORD_READ, then ERR_R_PEM_LIB", entries(),
	    expect(ERR_LIB_PEM, PEM_R_BAD_PASSWORD_READ, ERR_LIB_SSL, ERR_R_PEM_LIB));
	ERR_clear_error();
	SSL_CTX_set_default_passwd_cb_userdata(ctx, (void *)"wrong");
	CHECKV("a wrong password: 0", SSL_CTX_use_PrivateKey_file(ctx, cert_path("ec", "enc"), SSL_FILETYPE_PEM), 0);
	OURSS("... PEM_R_BAD_DECRYPT, then ERR_R_PEM_LIB", entries(),
	    expect(ERR_LIB_PEM, PEM_R_BAD_DECRYPT, ERR_LIB_SSL, ERR_R_PEM_LIB));
	ERR_clear_error();
	SSL_CTX_set_default_passwd_cb_userdata(ctx, (void *)"secret");
	CHECK("an encrypted PKCS#8 key with the password", SSL_CTX_use_PrivateKey_file(ctx,
	    cert_path("ec", "enc"), SSL_FILETYPE_PEM) == 1 && SSL_CTX_check_private_key(ctx) == 1);
	SSL_CTX_use_certificate_file(ctx, cert_path("rsa", "pem"), SSL_FILETYPE_PEM);
	CHECK("an encrypted traditional key (Proc-Type: 4,ENCRYPTED) with the password",
	    SSL_CTX_use_PrivateKey_file(ctx, cert_path("rsa", "tenc"), SSL_FILETYPE_PEM) == 1);
	SSL_CTX_set_default_passwd_cb_userdata(ctx, NULL);
	OURS("a PEM file with the word ENCRYPTED anywhere is taken to hold an encrypted key",
	    SSL_CTX_use_PrivateKey_file(ctx, cert_path("ec", "word"), SSL_FILETYPE_PEM) == 0 &&
	    strcmp(entries(), expect(ERR_LIB_PEM, PEM_R_BAD_PASSWORD_READ, ERR_LIB_SSL, ERR_R_PEM_LIB)) == 0);
	SSL_CTX_free(ctx);

	/* Other failures. */
	ctx = SSL_CTX_new(TLS_server_method());
	CHECKV("a missing file: 0", SSL_CTX_use_certificate_file(ctx, "/nonexistent.pem", SSL_FILETYPE_PEM), 0);
	OURSS("... a system error with ENOENT, then ERR_R_SYS_LIB", entries(),
	    expect(ERR_LIB_SYS, ENOENT, ERR_LIB_SSL, ERR_R_SYS_LIB));
	CHECKV("a file that cannot be read (a directory): 0", SSL_CTX_use_PrivateKey_file(ctx, "/", SSL_FILETYPE_PEM), 0);
	OURSS("... a system error with EACCES whatever the reason, then ERR_R_SYS_LIB", entries(),
	    expect(ERR_LIB_SYS, EACCES, ERR_LIB_SSL, ERR_R_SYS_LIB));
	CHECKV("a PEM file without a certificate: 0", SSL_CTX_use_certificate_file(ctx, cert_path("junk", "pem"),
	    SSL_FILETYPE_PEM), 0);
	OURSS("... PEM_R_NO_START_LINE, then ERR_R_PEM_LIB", entries(),
	    expect(ERR_LIB_PEM, PEM_R_NO_START_LINE, ERR_LIB_SSL, ERR_R_PEM_LIB));
	CHECKV("a PEM file without a key: 0", SSL_CTX_use_PrivateKey_file(ctx, cert_path("ec", "pem"),
	    SSL_FILETYPE_PEM), 0);
	OURSS("... PEM_R_NO_START_LINE, then ERR_R_PEM_LIB (key)", entries(),
	    expect(ERR_LIB_PEM, PEM_R_NO_START_LINE, ERR_LIB_SSL, ERR_R_PEM_LIB));
	CHECKV("a PEM file loaded as SSL_FILETYPE_ASN1: 0", SSL_CTX_use_certificate_file(ctx, cert_path("ec", "pem"),
	    SSL_FILETYPE_ASN1), 0);
	OURSS("... ERR_R_ASN1_LIB", entries(), expect(ERR_LIB_SSL, ERR_R_ASN1_LIB, 0, 0));
	CHECKV("an encrypted DER key: 0", SSL_CTX_use_PrivateKey_file(ctx, cert_path("ec", "enc"), SSL_FILETYPE_ASN1), 0);
	OURSS("... reported as malformed: ERR_R_ASN1_LIB", entries(), expect(ERR_LIB_SSL, ERR_R_ASN1_LIB, 0, 0));
	OURS("another type: 0 with SSL_R_BAD_SSL_FILETYPE",
	    SSL_CTX_use_certificate_file(ctx, cert_path("ec", "pem"), 7) == 0 &&
	    queue_is(ERR_LIB_SSL, SSL_R_BAD_SSL_FILETYPE));
	OURS("a kind the server cannot use (Ed448): 0 with SSL_R_UNKNOWN_CERTIFICATE_TYPE",
	    SSL_CTX_use_certificate_file(ctx, cert_path("ed448", "pem"), SSL_FILETYPE_PEM) == 0 &&
	    queue_is(ERR_LIB_SSL, SSL_R_UNKNOWN_CERTIFICATE_TYPE));
	ERR_clear_error();
	CHECK("no certificate: SSL_R_NO_CERTIFICATE_ASSIGNED",
	    SSL_CTX_check_private_key(ctx) == 0 && queue_is(ERR_LIB_SSL, SSL_R_NO_CERTIFICATE_ASSIGNED));
	SSL_CTX_use_certificate_file(ctx, cert_path("ec", "pem"), SSL_FILETYPE_PEM);
	CHECK("no key: SSL_R_NO_PRIVATE_KEY_ASSIGNED",
	    SSL_CTX_check_private_key(ctx) == 0 && queue_is(ERR_LIB_SSL, SSL_R_NO_PRIVATE_KEY_ASSIGNED));
	OURS("a NULL file: 0 with ERR_R_PASSED_NULL_PARAMETER",
	    SSL_CTX_use_certificate_file(ctx, NULL, SSL_FILETYPE_PEM) == 0 &&
	    queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));
	OURS("a NULL ctx: 0 with ERR_R_PASSED_NULL_PARAMETER",
	    SSL_CTX_use_PrivateKey_file(NULL, cert_path("ec", "key"), SSL_FILETYPE_PEM) == 0 &&
	    queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));
	OURS("an ssl that is not live: 0 with ERR_R_PASSED_INVALID_ARGUMENT",
	    SSL_check_private_key((SSL *)ctx) == 0 && queue_is(ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT));
	SSL_CTX_free(ctx);

	/* Objects. */
	ctx = SSL_CTX_new(TLS_server_method());
	{
		static char text[16384];
		FILE *f = fopen(cert_path("ec", "both"), "r");
		size_t n = f != NULL ? fread(text, 1, sizeof(text), f) : 0;

		if (f != NULL)
			fclose(f);
		bio = BIO_new_mem_buf(text, (int)n);
		x = PEM_read_bio_X509(bio, NULL, NULL, NULL);
		k = PEM_read_bio_PrivateKey(bio, NULL, NULL, NULL);
		BIO_free(bio);
		CHECK("SSL_CTX_use_certificate and SSL_CTX_use_PrivateKey take objects",
		    x != NULL && k != NULL && SSL_CTX_use_certificate(ctx, x) == 1 && SSL_CTX_use_PrivateKey(ctx, k) == 1);
		X509_free(x);
		EVP_PKEY_free(k);
		CHECK("the context keeps its own reference: the caller frees its own",
		    SSL_CTX_check_private_key(ctx) == 1 &&
		    strcmp(cipher_for(ctx, "ECDHE-ECDSA-AES128-GCM-SHA256"), "ECDHE-ECDSA-AES128-GCM-SHA256") == 0);
		ssl = SSL_new(ctx);
		bio = BIO_new_mem_buf(text, (int)n);
		x = PEM_read_bio_X509(bio, NULL, NULL, NULL);
		k = PEM_read_bio_PrivateKey(bio, NULL, NULL, NULL);
		BIO_free(bio);
		CHECK("SSL_use_certificate and SSL_use_PrivateKey on a connection",
		    SSL_use_certificate(ssl, x) == 1 && SSL_use_PrivateKey(ssl, k) == 1 && SSL_check_private_key(ssl) == 1);
		X509_free(x);
		EVP_PKEY_free(k);
		SSL_free(ssl);
	}
	SSL_CTX_free(ctx);

	/* BUGS: nothing is checked about the chain. */
	ctx = SSL_CTX_new(TLS_server_method());
	SSL_CTX_use_certificate_file(ctx, cert_path("expired", "pem"), SSL_FILETYPE_PEM);
	SSL_CTX_use_PrivateKey_file(ctx, cert_path("expired", "key"), SSL_FILETYPE_PEM);
	OURS("an expired certificate, its issuer missing, is loaded and served without a check",
	    SSL_CTX_check_private_key(ctx) == 1 &&
	    strcmp(cipher_for(ctx, "ECDHE-ECDSA-AES128-GCM-SHA256"), "ECDHE-ECDSA-AES128-GCM-SHA256") == 0);
	SSL_CTX_free(ctx);

	SSL_CTX_free(cctx);
	return claims_end();
}
