/* Claims of SSL_CTX_set_default_passwd_cb(3). */
#include "claims.h"

static int calls, rwflag_seen, answer_zero;
static void *u_seen;

/* The callback of EXAMPLES, counting its calls. */
static int
password(char *buf, int size, int rwflag, void *u)
{
	size_t n = strlen(u);

	calls++;
	rwflag_seen = rwflag;
	u_seen = u;
	if (answer_zero)
		return 0;
	if (n > (size_t)size)
		return 0;
	memcpy(buf, u, n);
	return (int)n;
}

int
main(int argc, char *argv[])
{
	static char secret[] = "secret";
	SSL_CTX *ctx;
	SSL *ssl;

	claims_init(argc, argv);

	ctx = SSL_CTX_new(TLS_server_method());
	SSL_CTX_use_certificate_file(ctx, cert_path("ec", "pem"), SSL_FILETYPE_PEM);
	SSL_CTX_set_default_passwd_cb(ctx, password);
	SSL_CTX_set_default_passwd_cb_userdata(ctx, secret);
	CHECK("the callback of EXAMPLES gives the password of an encrypted key",
	    SSL_CTX_use_PrivateKey_file(ctx, cert_path("ec", "enc"), SSL_FILETYPE_PEM) == 1 &&
	    SSL_CTX_check_private_key(ctx) == 1);
	CHECK("it is called with rwflag 0 and the userdata", calls == 1 && rwflag_seen == 0 && u_seen == secret);
	answer_zero = 1;
	CHECK("a callback returning 0 gives no password: the key is refused",
	    SSL_CTX_use_PrivateKey_file(ctx, cert_path("ec", "enc"), SSL_FILETYPE_PEM) == 0);
	ERR_clear_error();
	answer_zero = 0;
	ssl = SSL_new(ctx);
	calls = 0;
	CHECK("SSL_new copies the callback and userdata into each connection",
	    SSL_use_PrivateKey_file(ssl, cert_path("ec", "enc"), SSL_FILETYPE_PEM) == 1 && calls == 1);
	SSL_set_default_passwd_cb(ssl, NULL);
	SSL_set_default_passwd_cb_userdata(ssl, (void *)"wrong");
	CHECK("the SSL functions change one connection: without a callback the userdata is the password",
	    SSL_use_PrivateKey_file(ssl, cert_path("ec", "enc"), SSL_FILETYPE_PEM) == 0);
	ERR_clear_error();
	calls = 0;
	CHECK("... the context keeps its own",
	    SSL_CTX_use_PrivateKey_file(ctx, cert_path("ec", "enc"), SSL_FILETYPE_PEM) == 1 && calls == 1);
	SSL_set_default_passwd_cb_userdata(ssl, (void *)"secret");
	CHECK("the userdata as the password", SSL_use_PrivateKey_file(ssl, cert_path("ec", "enc"), SSL_FILETYPE_PEM) == 1);
	SSL_set_default_passwd_cb_userdata(ssl, NULL);
	CHECK("NULL removes the userdata: no password",
	    SSL_use_PrivateKey_file(ssl, cert_path("ec", "enc"), SSL_FILETYPE_PEM) == 0);
	ERR_clear_error();
	SSL_free(ssl);
	SSL_CTX_set_default_passwd_cb(ctx, NULL);
	SSL_CTX_set_default_passwd_cb_userdata(ctx, NULL);
	calls = 0;
	CHECK("NULL removes the callback",
	    SSL_CTX_use_PrivateKey_file(ctx, cert_path("ec", "enc"), SSL_FILETYPE_PEM) == 0 && calls == 0);
	ERR_clear_error();
	SSL_CTX_free(ctx);
	return claims_end();
}
