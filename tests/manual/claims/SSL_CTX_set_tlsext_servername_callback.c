/* Claims of SSL_CTX_set_tlsext_servername_callback(3). */
#include "claims.h"

static SSL_CTX *cctx, *sctx, *other;
static int calls, alert_at_start, verdict, alert_to_send;
static char name_seen[64];
static void *arg_seen;
static int do_switch;

static int
servername(SSL *ssl, int *alert, void *arg)
{
	const char *n = SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name);

	calls++;
	arg_seen = arg;
	alert_at_start = *alert;
	snprintf(name_seen, sizeof(name_seen), "%s", n != NULL ? n : "(none)");
	if (do_switch)
		SSL_set_SSL_CTX(ssl, other);
	if (verdict == SSL_TLSEXT_ERR_ALERT_FATAL && alert_to_send != 0)
		*alert = alert_to_send;
	return verdict;
}

static const char *host;

static int
run(int *client_reason, int *server_reason, const char **cipher)
{
	static char ciph[64];
	struct relay r;
	int ok, ret;

	relay_new(&r, cctx, sctx);
	if (host != NULL)
		SSL_set_tlsext_host_name(r.c, host);
	ok = relay_handshake(&r, NULL, &ret);
	if (client_reason != NULL)
		*client_reason = ok ? 0 : ERR_GET_REASON(ERR_peek_error());
	if (server_reason != NULL)
		*server_reason = relay_server_reason;
	snprintf(ciph, sizeof(ciph), "%s", ok ? SSL_get_cipher_name(r.c) : "failed");
	if (cipher != NULL)
		*cipher = ciph;
	ERR_clear_error();
	relay_free(&r);
	return ok;
}

int
main(int argc, char *argv[])
{
	SSL_CTX *a, *b, *nocert;
	SSL *ssl;
	int creason, sreason;
	const char *cipher;

	claims_init(argc, argv);
	cctx = SSL_CTX_new(TLS_client_method());
	SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
	sctx = server_ctx(TLS_server_method(), "ec");
	other = server_ctx(TLS_server_method(), "rsa");

	CHECKV("SSL_CTX_set_tlsext_servername_callback returns 1", SSL_CTX_set_tlsext_servername_callback(sctx, servername), 1);
	CHECKV("SSL_CTX_set_tlsext_servername_arg returns 1", SSL_CTX_set_tlsext_servername_arg(sctx, &calls), 1);
	verdict = SSL_TLSEXT_ERR_OK;
	host = "name.example";
	CHECK("the server calls the callback once it has read the hello; SSL_get_servername returns the name",
	    run(NULL, NULL, NULL) && calls == 1 && strcmp(name_seen, "name.example") == 0);
	CHECK("the callback receives arg", arg_seen == &calls);
	CHECKV("*alert holds SSL_AD_UNRECOGNIZED_NAME when the callback starts", alert_at_start, SSL_AD_UNRECOGNIZED_NAME);
	host = NULL;
	CHECK("it is called whether or not the client sent a name; then SSL_get_servername returns NULL",
	    run(NULL, NULL, NULL) && calls == 2 && strcmp(name_seen, "(none)") == 0);
	verdict = SSL_TLSEXT_ERR_NOACK;
	CHECK("SSL_TLSEXT_ERR_NOACK lets the handshake go on", run(NULL, NULL, NULL));
	verdict = SSL_TLSEXT_ERR_ALERT_WARNING;
	OURS("any other value, SSL_TLSEXT_ERR_ALERT_WARNING too, lets it go on", run(NULL, NULL, NULL));
	verdict = SSL_TLSEXT_ERR_ALERT_FATAL;
	alert_to_send = SSL_AD_ACCESS_DENIED;
	CHECK("SSL_TLSEXT_ERR_ALERT_FATAL: the server sends the alert left in *alert and the handshake fails",
	    !run(&creason, &sreason, NULL) && creason == SSL_AD_REASON_OFFSET + SSL_AD_ACCESS_DENIED);
	OURSV("... for an alert not listed in SSL_connect(3) the server reports ERR_R_INTERNAL_ERROR", sreason,
	    ERR_GET_REASON(ERR_R_INTERNAL_ERROR));
	alert_to_send = 0;
	CHECK("... the alert left as it was: unrecognized_name",
	    !run(&creason, &sreason, NULL) && creason == SSL_AD_REASON_OFFSET + SSL_AD_UNRECOGNIZED_NAME);
	OURSV("... for SSL_AD_UNRECOGNIZED_NAME the server reports SSL_R_CALLBACK_FAILED", sreason,
	    SSL_R_CALLBACK_FAILED);
	alert_to_send = SSL_AD_HANDSHAKE_FAILURE;
	OURS("... for handshake_failure, a reason of SSL_connect(3)'s list: SSL_R_SSL_HANDSHAKE_FAILURE",
	    !run(&creason, &sreason, NULL) && sreason == SSL_R_SSL_HANDSHAKE_FAILURE);

	/* SSL_set_SSL_CTX from the callback. */
	verdict = SSL_TLSEXT_ERR_OK;
	do_switch = 1;
	CHECK("SSL_set_SSL_CTX in the callback: the certificate and key of the new context serve",
	    run(NULL, NULL, &cipher) && strncmp(cipher, "ECDHE-RSA-", 10) == 0);
	do_switch = 0;
	SSL_CTX_set_tlsext_servername_callback(sctx, NULL);

	/* SSL_set_SSL_CTX outside. */
	a = SSL_CTX_new(TLS_server_method());
	b = server_ctx(TLS_server_method(), "ec");
	SSL_CTX_set_options(b, SSL_OP_NO_TLSv1_3);
	SSL_CTX_set_cipher_list(b, "AES128-SHA");
	ssl = SSL_new(a);
	CHECK("SSL_set_SSL_CTX returns the context of ssl afterwards", SSL_set_SSL_CTX(ssl, b) == b &&
	    SSL_get_SSL_CTX(ssl) == b);
	CHECKV("... the certificate and key are copies of those of ctx", SSL_check_private_key(ssl), 1);
	CHECK("... nothing else changes: the options stay", (SSL_get_options(ssl) & SSL_OP_NO_TLSv1_3) == 0);
	SSL_CTX_free(a);
	SSL_CTX_free(b);
	CHECK("... the connection holds a reference to ctx", SSL_CTX_get_options(SSL_get_SSL_CTX(ssl)) & SSL_OP_NO_TLSv1_3);
	SSL_free(ssl);

	/* The context a connection is made from needs a certificate. */
	nocert = SSL_CTX_new(TLS_server_method());
	SSL_CTX_set_tlsext_servername_callback(nocert, servername);
	do_switch = 1;
	calls = 0;
	{
		SSL_CTX *keep = sctx;

		sctx = nocert;
		OURS("the first context needs a certificate even if the callback moves the connection elsewhere",
		    !run(NULL, &sreason, NULL) && sreason == SSL_R_NO_CERTIFICATE_SET && calls == 0);
		sctx = keep;
	}
	do_switch = 0;
	SSL_CTX_free(nocert);

	OURSV("SSL_CTX_set_tlsext_servername_callback(NULL, ...): 0", SSL_CTX_set_tlsext_servername_callback(NULL, servername), 0);
	OURSV("SSL_CTX_set_tlsext_servername_arg of an object that is not live: 0",
	    SSL_CTX_set_tlsext_servername_arg((SSL_CTX *)BIO_s_mem(), NULL), 0);
	ERR_clear_error();
	OURS("SSL_set_SSL_CTX(NULL, ctx): NULL with ERR_R_PASSED_NULL_PARAMETER",
	    SSL_set_SSL_CTX(NULL, sctx) == NULL && queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));
	ssl = SSL_new(sctx);
	OURS("SSL_set_SSL_CTX with a ctx that is not live: NULL with ERR_R_PASSED_INVALID_ARGUMENT",
	    SSL_set_SSL_CTX(ssl, (SSL_CTX *)ssl) == NULL && queue_is(ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT));
	OURS("SSL_set_SSL_CTX(ssl, NULL): NULL", SSL_set_SSL_CTX(ssl, NULL) == NULL);
	ERR_clear_error();
	SSL_free(ssl);

	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	SSL_CTX_free(other);
	return claims_end();
}
