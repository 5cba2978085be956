/*
 * hostile-args: every exported function called with NULL, with a pointer
 * that was never ours, with a freed handle and with a handle of the wrong
 * type.  Each call must return its documented failure value and (where it
 * is an error rather than a documented no-op) leave a reason on the error
 * queue; none may crash.  Ours only: OpenSSL itself crashes on most of
 * these, so there is no oracle.  Prints PASS/FAIL lines.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

static int failures;

static void
expect(const char *what, int ok, int want_error)
{
	unsigned long e = ERR_peek_error();

	if (ok && want_error && e == 0)
		ok = 0;
	printf("%s hostile: %s%s\n", ok ? "PASS" : "FAIL", what,
	    ok ? "" : (e == 0 && want_error ? " (no error queued)" : ""));
	if (!ok)
		failures++;
	ERR_clear_error();
}

int
main(void)
{
	SSL *bogus = (SSL *)(uintptr_t)0x12345678;
	SSL_CTX *ctx, *freed_ctx;
	SSL *ssl, *freed;
	char buf[256];

	ctx = SSL_CTX_new(TLS_client_method());
	ssl = SSL_new(ctx);
	freed_ctx = SSL_CTX_new(TLS_method());
	SSL_CTX_free(freed_ctx);
	freed = SSL_new(ctx);
	SSL_free(freed);
	ERR_clear_error();

	expect("SSL_CTX_new(NULL) is NULL", SSL_CTX_new(NULL) == NULL, 1);
	expect("SSL_new(NULL) is NULL", SSL_new(NULL) == NULL, 1);
	expect("SSL_new(freed ctx) is NULL", SSL_new(freed_ctx) == NULL, 1);
	expect("SSL_new(an SSL passed as SSL_CTX) is NULL", SSL_new((SSL_CTX *)ssl) == NULL, 1);
	expect("SSL_connect(NULL) is -1", SSL_connect(NULL) == -1, 1);
	expect("SSL_connect(bogus) is -1", SSL_connect(bogus) == -1, 1);
	expect("SSL_connect(freed) is -1", SSL_connect(freed) == -1, 1);
	expect("SSL_connect(an SSL_CTX passed as SSL) is -1", SSL_connect((SSL *)ctx) == -1, 1);
	expect("SSL_connect without a descriptor is -1", SSL_connect(ssl) == -1, 1);
	expect("SSL_read(NULL) is -1", SSL_read(NULL, buf, sizeof(buf)) == -1, 1);
	expect("SSL_read before any handshake is -1", SSL_read(ssl, buf, sizeof(buf)) == -1, 1);
	expect("SSL_write(NULL) is -1", SSL_write(NULL, "x", 1) == -1, 1);
	expect("SSL_write with a negative length is -1", SSL_write(ssl, "x", -1) == -1, 1);
	expect("SSL_read with a negative length is -1", SSL_read(ssl, buf, -5) == -1, 1);
	expect("SSL_shutdown(freed) is -1", SSL_shutdown(freed) == -1, 1);
	expect("SSL_shutdown before the handshake is -1", SSL_shutdown(ssl) == -1, 1);
	expect("SSL_do_handshake(NULL) is -1", SSL_do_handshake(NULL) == -1, 1);
	expect("SSL_set_fd(NULL) is 0", SSL_set_fd(NULL, 0) == 0, 1);
	expect("SSL_set_fd(-1) is 0", SSL_set_fd(ssl, -1) == 0, 1);
	expect("SSL_get_fd(NULL) is -1", SSL_get_fd(NULL) == -1, 1);
	expect("SSL_get_fd with no descriptor is -1", SSL_get_fd(ssl) == -1, 0);
	expect("SSL_get_error(NULL) is SSL_ERROR_SSL", SSL_get_error(NULL, -1) == SSL_ERROR_SSL, 1);
	expect("SSL_get_version(NULL) is NULL", SSL_get_version(NULL) == NULL, 1);
	expect("SSL_get_current_cipher(NULL) is NULL", SSL_get_current_cipher(NULL) == NULL, 1);
	expect("SSL_CIPHER_get_name(NULL) is \"(NONE)\"",
	    strcmp(SSL_CIPHER_get_name(NULL), "(NONE)") == 0, 0);
	expect("SSL_CIPHER_get_name(bogus) is NULL",
	    SSL_CIPHER_get_name((const SSL_CIPHER *)bogus) == NULL, 1);
	expect("SSL_ctrl(NULL) is 0", SSL_ctrl(NULL, SSL_CTRL_MODE, 0, NULL) == 0, 1);
	expect("SSL_CTX_ctrl(freed) is 0", SSL_CTX_ctrl(freed_ctx, SSL_CTRL_MODE, 0, NULL) == 0, 1);
	expect("SSL_set_tlsext_host_name with an empty name is 0",
	    SSL_set_tlsext_host_name(ssl, "") == 0, 1);
	expect("SSL_CTX_set_cipher_list(NULL string) is 0", SSL_CTX_set_cipher_list(ctx, NULL) == 0, 1);
	expect("SSL_CTX_set_cipher_list selecting nothing is 0",
	    SSL_CTX_set_cipher_list(ctx, "NO-SUCH-CIPHER") == 0, 1);
	expect("SSL_CTX_set_min_proto_version(bad) is 0",
	    SSL_CTX_set_min_proto_version(ctx, 0x9999) == 0, 0);
	expect("SSL_CTX_up_ref(NULL) is 0", SSL_CTX_up_ref(NULL) == 0, 1);
	expect("SSL_up_ref(freed) is 0", SSL_up_ref(freed) == 0, 1);
	expect("SSL_clear(NULL) is 0", SSL_clear(NULL) == 0, 1);
	expect("SSL_clear(freed) is 0", SSL_clear(freed) == 0, 1);
	expect("SSL_clear(bogus) is 0", SSL_clear(bogus) == 0, 1);
	expect("SSL_clear(an SSL_CTX) is 0", SSL_clear((SSL *)ctx) == 0, 1);
	expect("SSL_get_SSL_CTX(bogus) is NULL", SSL_get_SSL_CTX(bogus) == NULL, 1);
	expect("SSL_get_SSL_CTX returns the same pointer", SSL_get_SSL_CTX(ssl) == ctx, 0);
	SSL_free(freed);		/* a double free is refused, not fatal */
	expect("SSL_free(freed) queues an error", 1, 1);
	SSL_free(NULL);			/* documented no-op */
	SSL_CTX_free(NULL);
	expect("SSL_free(NULL) and SSL_CTX_free(NULL) are silent", ERR_peek_error() == 0, 0);
	ERR_print_errors_fp(NULL);
	expect("ERR_print_errors_fp(NULL) queues an error", 1, 1);
	ERR_error_string_n(ERR_PACK(ERR_LIB_SSL, 0, SSL_R_WRONG_VERSION_NUMBER), buf, 10);
	expect("ERR_error_string_n truncates and terminates", strlen(buf) == 9, 0);
	ERR_error_string_n(ERR_PACK(ERR_LIB_SSL, 0, SSL_R_WRONG_VERSION_NUMBER), buf, sizeof(buf));
	expect("ERR_error_string_n text",
	    strcmp(buf, "error:0A00010B:SSL routines::wrong version number") == 0, 0);

	/* BIOs: the same rules for BIO * and BIO_METHOD *. */
	{
		BIO *mem = BIO_new(BIO_s_mem());
		BIO *freed_bio = BIO_new(BIO_s_mem());
		BIO *p1 = NULL, *p2 = NULL;

		BIO_free(freed_bio);
		ERR_clear_error();
		expect("BIO_new(NULL) is NULL", BIO_new(NULL) == NULL, 1);
		expect("BIO_new(an SSL_METHOD passed as BIO_METHOD) is NULL",
		    BIO_new((const BIO_METHOD *)TLS_method()) == NULL, 1);
		expect("BIO_read(NULL) is -1", BIO_read(NULL, buf, 1) == -1, 1);
		expect("BIO_read(freed) is -1", BIO_read(freed_bio, buf, 1) == -1, 1);
		expect("BIO_read(an SSL passed as BIO) is -1", BIO_read((BIO *)ssl, buf, 1) == -1, 1);
		expect("BIO_write(NULL) is 0 without an error", BIO_write(NULL, "x", 1) == 0, 0);
		expect("BIO_write(freed) is -1", BIO_write(freed_bio, "x", 1) == -1, 1);
		expect("BIO_write(NULL data) is -1", BIO_write(mem, NULL, 3) == -1, 1);
		expect("BIO_puts(NULL string) is -1", BIO_puts(mem, NULL) == -1, 1);
		expect("BIO_gets with a negative size is -1", BIO_gets(mem, buf, -1) == -1, 1);
		expect("BIO_ctrl(NULL) is -1 without an error",
		    BIO_ctrl(NULL, BIO_CTRL_PENDING, 0, NULL) == -1, 0);
		expect("BIO_ctrl(bogus) is -1",
		    BIO_ctrl((BIO *)bogus, BIO_CTRL_PENDING, 0, NULL) == -1, 1);
		expect("BIO_free(freed) is 0", BIO_free(freed_bio) == 0, 1);
		expect("BIO_up_ref(NULL) is 0", BIO_up_ref(NULL) == 0, 1);
		expect("BIO_next(freed) is NULL", BIO_next(freed_bio) == NULL, 1);
		expect("BIO_get_data(bogus) is NULL", BIO_get_data((BIO *)bogus) == NULL, 1);
		expect("BIO_push(b, b) would loop and is refused", BIO_push(mem, mem) == NULL, 1);
		expect("BIO_new_mem_buf(NULL) is NULL", BIO_new_mem_buf(NULL, 1) == NULL, 1);
		expect("BIO_new_bio_pair(NULL, ...) is 0", BIO_new_bio_pair(NULL, 0, &p2, 0) == 0, 1);
		expect("BIO_meth_set_read on BIO_s_mem() is refused",
		    BIO_meth_set_read((BIO_METHOD *)BIO_s_mem(), NULL) == 0, 1);
		expect("BIO_meth_new(NULL name) is NULL", BIO_meth_new(200, NULL) == NULL, 0);
		if (BIO_new_bio_pair(&p1, 0, &p2, 0) == 1) {
			expect("BIO_make_bio_pair with a memory BIO is 0",
			    BIO_make_bio_pair(mem, p1) == 0 && BIO_destroy_bio_pair(p1) == 1
			    && BIO_make_bio_pair(p1, mem) == 0, 1);
			BIO_free(p1);
			BIO_free(p2);
		}
		BIO_free(mem);
	}

	/* Certificate inspection: NULL, bogus, freed and wrongly typed handles. */
	{
		static const char pem[] =
	    "-----BEGIN CERTIFICATE-----\n"
	    "MIIBwzCCAWmgAwIBAgIUaV9p7k6rFqWhhA0ZfKvFYB+IPrAwCgYIKoZIzj0EAwIw\n"
	    "NjELMAkGA1UEBhMCREUxEDAOBgNVBAoMB1Jvb3QgQ0ExFTATBgNVBAMMDHJvb3Qu\n"
	    "ZXhhbXBsZTAgFw0yNjExMjUxNzQ1MzNaGA8yMDU0MDQxMjE3NDUzM1owNjELMAkG\n"
	    "A1UEBhMCREUxEDAOBgNVBAoMB1Jvb3QgQ0ExFTATBgNVBAMMDHJvb3QuZXhhbXBs\n"
	    "ZTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABBtI9dYgysuL9QwI9cPyrgsmf08z\n"
	    "vQB2J4bMqbwVqbmfeDRFfwKrufQcfKIr6OSDf06T8+UQ8uPPyitXCZYKOt6jUzBR\n"
	    "MB0GA1UdDgQWBBRvSDQwlvccvDmfkpXhO2MPzy/MqzAfBgNVHSMEGDAWgBRvSDQw\n"
	    "lvccvDmfkpXhO2MPzy/MqzAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0gA\n"
	    "MEUCIQDs+VUyuV0A8C7qRWuxOCB5hga+ef/IT/SnY2Q+SWobcQIgby3+5aVFxZcY\n"
	    "SNlHbioHMeS9oaAyRsforsBnE/bj5KM=\n"
	    "-----END CERTIFICATE-----\n";
		BIO *b = BIO_new_mem_buf(pem, -1);
		X509 *x = PEM_read_bio_X509(b, NULL, NULL, NULL), *dead = X509_dup(x);
		X509_NAME *name = X509_get_subject_name(dead), *bogus_name = (X509_NAME *)bogus;
		const ASN1_TIME *dead_time = X509_get0_notBefore(dead);
		const ASN1_INTEGER *dead_serial = X509_get0_serialNumber(dead);
		STACK_OF(X509) *sk = sk_X509_new_null(), *dead_sk = sk_X509_new_null();
		unsigned char *der = NULL;
		const unsigned char *p = NULL;
		char text[64];

		X509_free(dead);
		sk_X509_free(dead_sk);
		BIO_free(b);
		b = BIO_new(BIO_s_mem());
		ERR_clear_error();
		expect("SSL_get_peer_certificate(NULL) is NULL", SSL_get_peer_certificate(NULL) == NULL, 1);
		expect("SSL_get1_peer_certificate(freed) is NULL", SSL_get1_peer_certificate(freed) == NULL, 1);
		expect("SSL_get0_peer_certificate(an SSL_CTX) is NULL", SSL_get0_peer_certificate((SSL *)ctx) == NULL, 1);
		expect("SSL_get_peer_cert_chain(bogus) is NULL", SSL_get_peer_cert_chain(bogus) == NULL, 1);
		expect("X509_get_subject_name(NULL) is NULL", X509_get_subject_name(NULL) == NULL, 1);
		expect("X509_get_issuer_name(freed) is NULL", X509_get_issuer_name(dead) == NULL, 1);
		expect("X509_get_serialNumber(an SSL) is NULL", X509_get_serialNumber((X509 *)ssl) == NULL, 1);
		expect("X509_get0_notBefore(bogus) is NULL", X509_get0_notBefore((X509 *)bogus) == NULL, 1);
		expect("X509_get0_notAfter(NULL) is NULL", X509_get0_notAfter(NULL) == NULL, 1);
		expect("X509_getm_notBefore(freed) is NULL", X509_getm_notBefore(dead) == NULL, 1);
		expect("X509_getm_notAfter(an SSL) is NULL", X509_getm_notAfter((X509 *)ssl) == NULL, 1);
		expect("X509_get_pubkey(freed) is NULL", X509_get_pubkey(dead) == NULL, 1);
		expect("X509_get0_pubkey(NULL) is NULL", X509_get0_pubkey(NULL) == NULL, 1);
		expect("X509_dup(freed) is NULL", X509_dup(dead) == NULL, 1);
		expect("X509_up_ref(freed) is 0", X509_up_ref(dead) == 0, 1);
		expect("i2d_X509(freed) is negative", i2d_X509(dead, &der) < 0 && der == NULL, 1);
		expect("d2i_X509 with in NULL is NULL", d2i_X509(NULL, NULL, 10) == NULL, 1);
		expect("d2i_X509 with *in NULL is NULL", d2i_X509(NULL, &p, 10) == NULL, 1);
		p = (const unsigned char *)pem;
		expect("d2i_X509 with a negative length is NULL", d2i_X509(NULL, &p, -5) == NULL, 1);
		expect("X509_NAME_oneline(freed name) is NULL", X509_NAME_oneline(name, text, sizeof(text)) == NULL, 1);
		expect("X509_NAME_oneline(bogus) is NULL", X509_NAME_oneline(bogus_name, NULL, 0) == NULL, 1);
		expect("X509_NAME_oneline(an X509 passed as a name) is NULL",
		    X509_NAME_oneline((X509_NAME *)x, text, sizeof(text)) == NULL, 1);
		expect("X509_NAME_print_ex(freed name) is -1", X509_NAME_print_ex(b, name, 0, XN_FLAG_ONELINE) == -1, 1);
		expect("X509_NAME_print_ex(NULL BIO) is -1",
		    X509_NAME_print_ex(NULL, X509_get_subject_name(x), 0, XN_FLAG_ONELINE) == -1, 1);
		expect("X509_NAME_print_ex(freed name, flags 0) is 0", X509_NAME_print_ex(b, name, 0, 0) == 0, 1);
		expect("X509_NAME_get_text_by_NID(freed name) is -1",
		    X509_NAME_get_text_by_NID(name, NID_commonName, text, sizeof(text)) == -1, 1);
		expect("X509_NAME_get_text_by_NID with len 0 is -1",
		    X509_NAME_get_text_by_NID(X509_get_subject_name(x), NID_commonName, text, 0) == -1, 0);
		expect("ASN1_INTEGER_get(freed) is -1", ASN1_INTEGER_get(dead_serial) == -1, 1);
		expect("ASN1_INTEGER_get(a time) is -1", ASN1_INTEGER_get((const ASN1_INTEGER *)X509_get0_notAfter(x)) == -1, 1);
		expect("ASN1_TIME_print(freed) is 0", ASN1_TIME_print(b, dead_time) == 0, 1);
		expect("ASN1_TIME_print(a serial number) is 0",
		    ASN1_TIME_print(b, (const ASN1_TIME *)X509_get0_serialNumber(x)) == 0, 1);
		expect("ASN1_TIME_print(NULL BIO) is 0", ASN1_TIME_print(NULL, X509_get0_notAfter(x)) == 0, 1);
		expect("PEM_write_bio_X509(NULL) is 0", PEM_write_bio_X509(b, NULL) == 0, 1);
		expect("PEM_write_bio_X509(freed) is 0", PEM_write_bio_X509(b, dead) == 0, 1);
		expect("PEM_write_X509(NULL stream) is 0", PEM_write_X509(NULL, x) == 0, 1);
		expect("EVP_PKEY_get_id(freed X509 as key) is 0", EVP_PKEY_get_id((EVP_PKEY *)dead) == 0, 1);
		expect("EVP_PKEY_bits(NULL) is 0", EVP_PKEY_bits(NULL) == 0, 1);
		expect("sk_X509_num(freed) is -1", sk_X509_num(dead_sk) == -1, 1);
		expect("sk_X509_value(freed) is NULL", sk_X509_value(dead_sk, 0) == NULL, 1);
		expect("OPENSSL_sk_num(an SSL) is -1", OPENSSL_sk_num((OPENSSL_STACK *)ssl) == -1, 1);
		expect("sk_X509_push of a pointer that is not a certificate is 0",
		    OPENSSL_sk_push((OPENSSL_STACK *)sk, ssl) == 0 && sk_X509_num(sk) == 0, 1);
		expect("sk_X509_push of a freed certificate is 0", sk_X509_push(sk, dead) == 0, 1);
		expect("sk_X509_push(NULL stack) is 0", sk_X509_push((STACK_OF(X509) *)NULL, x) == 0, 0);
		sk_X509_free((STACK_OF(X509) *)NULL);
		sk_X509_pop_free((STACK_OF(X509) *)NULL, X509_free);
		expect("sk_X509_free(NULL) and sk_X509_pop_free(NULL) do nothing", 1, 0);
		sk_X509_free(dead_sk);
		expect("sk_X509_free(freed) is refused", 1, 1);
		expect("SSL_set_ex_data(NULL) is 0", SSL_set_ex_data(NULL, 1, text) == 0, 1);
		expect("SSL_get_ex_data(freed) is NULL", SSL_get_ex_data(freed, 0) == NULL, 1);
		expect("SSL_CTX_set_ex_data(freed) is 0", SSL_CTX_set_ex_data(freed_ctx, 1, text) == 0, 1);
		expect("SSL_CTX_get_ex_data(an SSL) is NULL", SSL_CTX_get_ex_data((SSL_CTX *)ssl, 0) == NULL, 1);
		expect("SSL_CTX_set_ex_data with a negative index is 0", SSL_CTX_set_ex_data(ctx, -3, text) == 0, 1);
		OPENSSL_free(NULL);
		expect("OPENSSL_free(NULL) does nothing", 1, 0);
		sk_X509_free(sk);
		X509_free(x);
		BIO_free(b);
	}

	/* Verification: NULL, freed and wrongly typed handles. */
	{
		X509_STORE_CTX *bogus_store = (X509_STORE_CTX *)(uintptr_t)0x12345678;

		SSL_CTX_set_verify(NULL, SSL_VERIFY_PEER, NULL);
		expect("SSL_CTX_set_verify(NULL) queues an error", 1, 1);
		SSL_set_verify(freed, SSL_VERIFY_PEER, NULL);
		expect("SSL_set_verify(freed) queues an error", 1, 1);
		expect("SSL_CTX_get_verify_mode(an SSL passed as SSL_CTX) is 0",
		    SSL_CTX_get_verify_mode((SSL_CTX *)ssl) == 0, 1);
		expect("SSL_get_verify_mode(freed) is 0", SSL_get_verify_mode(freed) == 0, 1);
		expect("SSL_get_verify_depth(NULL) is 0", SSL_get_verify_depth(NULL) == 0, 1);
		SSL_CTX_set_verify_depth(freed_ctx, 3);
		expect("SSL_CTX_set_verify_depth(freed) queues an error", 1, 1);
		expect("SSL_get_verify_result(bogus) is not X509_V_OK",
		    SSL_get_verify_result(bogus) != X509_V_OK, 1);
		SSL_set_verify_result(NULL, X509_V_OK);
		expect("SSL_set_verify_result(NULL) queues an error", 1, 1);
		expect("X509_verify_cert_error_string(-5) is a text",
		    strcmp(X509_verify_cert_error_string(-5), "unknown certificate verification error") == 0, 0);
		expect("SSL_CTX_load_verify_locations(NULL ctx) is 0",
		    SSL_CTX_load_verify_locations(NULL, "/dev/null", NULL) == 0, 1);
		expect("SSL_CTX_load_verify_locations(ctx, NULL, NULL) is 0",
		    SSL_CTX_load_verify_locations(ctx, NULL, NULL) == 0, 0);
		expect("SSL_CTX_load_verify_file(ctx, NULL) is 0", SSL_CTX_load_verify_file(ctx, NULL) == 0, 1);
		expect("SSL_CTX_load_verify_dir(freed, dir) is 0",
		    SSL_CTX_load_verify_dir(freed_ctx, "/tmp") == 0, 1);
		expect("SSL_CTX_set_default_verify_paths(bogus) is 0",
		    SSL_CTX_set_default_verify_paths((SSL_CTX *)bogus) == 0, 1);
		expect("SSL_set1_host(freed) is 0", SSL_set1_host(freed, "a.example") == 0, 1);
		expect("SSL_add1_host(NULL) is 0", SSL_add1_host(NULL, "a.example") == 0, 1);
		SSL_set_hostflags(bogus, 0);
		expect("SSL_set_hostflags(bogus) queues an error", 1, 1);
		expect("SSL_get0_peername(NULL) is NULL", SSL_get0_peername(NULL) == NULL, 1);
		expect("X509_check_host(NULL cert) is -1", X509_check_host(NULL, "a.example", 0, 0, NULL) == -1, 1);
		expect("X509_check_host(an SSL passed as X509) is -1",
		    X509_check_host((X509 *)ssl, "a.example", 0, 0, NULL) == -1, 1);
		expect("X509_check_host(NULL name) is -2", X509_check_host(NULL, NULL, 0, 0, NULL) == -2, 0);
		expect("X509_check_host with an embedded NUL is -2",
		    X509_check_host(NULL, "a\0b.example", 9, 0, NULL) == -2, 0);
		expect("X509_check_ip with a bad length is -2",
		    X509_check_ip(NULL, (const unsigned char *)"abc", 3, 0) == -2, 0);
		expect("X509_check_ip_asc(not an address) is -2", X509_check_ip_asc(NULL, "a.example", 0) == -2, 0);
		expect("X509_STORE_CTX_get_error(bogus) is not X509_V_OK",
		    X509_STORE_CTX_get_error(bogus_store) != X509_V_OK, 1);
		expect("X509_STORE_CTX_get_error_depth(NULL) is -1", X509_STORE_CTX_get_error_depth(NULL) == -1, 1);
		expect("X509_STORE_CTX_get_current_cert(an SSL passed) is NULL",
		    X509_STORE_CTX_get_current_cert((X509_STORE_CTX *)ssl) == NULL, 1);
		expect("X509_STORE_CTX_get_ex_data(NULL) is NULL", X509_STORE_CTX_get_ex_data(NULL, 0) == NULL, 1);
		expect("X509_STORE_CTX_set_ex_data(bogus) is 0", X509_STORE_CTX_set_ex_data(bogus_store, 0, NULL) == 0, 1);
		X509_STORE_CTX_set_error(NULL, 1);
		expect("X509_STORE_CTX_set_error(NULL) queues an error", 1, 1);
	}

	/* Stores and parameters. */
	{
		X509_STORE *freed_store = X509_STORE_new();

		X509_STORE_free(freed_store);
		ERR_clear_error();
		X509_STORE_free(NULL);
		expect("X509_STORE_free(NULL) is silent", ERR_peek_error() == 0, 0);
		X509_STORE_free(freed_store);
		expect("X509_STORE_free(freed) queues an error", 1, 1);
		expect("X509_STORE_up_ref(freed) is 0", X509_STORE_up_ref(freed_store) == 0, 1);
		expect("X509_STORE_add_cert(store, NULL) is 0",
		    X509_STORE_add_cert(SSL_CTX_get_cert_store(ctx), NULL) == 0, 1);
		expect("X509_STORE_add_cert(an SSL passed as store) is 0",
		    X509_STORE_add_cert((X509_STORE *)ssl, NULL) == 0, 1);
		expect("X509_STORE_load_locations(freed) is 0",
		    X509_STORE_load_locations(freed_store, "/dev/null", NULL) == 0, 1);
		expect("X509_STORE_load_file(store, NULL) is 0",
		    X509_STORE_load_file(SSL_CTX_get_cert_store(ctx), NULL) == 0, 1);
		expect("X509_STORE_load_path(NULL, dir) is 0", X509_STORE_load_path(NULL, "/tmp") == 0, 1);
		expect("X509_STORE_set_default_paths(bogus) is 0",
		    X509_STORE_set_default_paths((X509_STORE *)bogus) == 0, 1);
		expect("X509_STORE_set_flags(NULL) is 0", X509_STORE_set_flags(NULL, 0) == 0, 1);
		expect("SSL_CTX_get_cert_store(freed) is NULL", SSL_CTX_get_cert_store(freed_ctx) == NULL, 1);
		SSL_CTX_set_cert_store(ctx, freed_store);
		expect("SSL_CTX_set_cert_store(ctx, freed store) queues an error and keeps the store",
		    SSL_CTX_get_cert_store(ctx) != NULL, 1);
		SSL_CTX_set1_cert_store(NULL, NULL);
		expect("SSL_CTX_set1_cert_store(NULL) queues an error", 1, 1);
		expect("SSL_get0_param(freed) is NULL", SSL_get0_param(freed) == NULL, 1);
		expect("SSL_CTX_get0_param(an SSL passed as SSL_CTX) is NULL",
		    SSL_CTX_get0_param((SSL_CTX *)ssl) == NULL, 1);
		expect("X509_VERIFY_PARAM_set1_host(bogus) is 0",
		    X509_VERIFY_PARAM_set1_host((X509_VERIFY_PARAM *)bogus, "a", 0) == 0, 1);
		expect("X509_VERIFY_PARAM_add1_host(a store passed as param) is 0",
		    X509_VERIFY_PARAM_add1_host((X509_VERIFY_PARAM *)SSL_CTX_get_cert_store(ctx), "a", 0) == 0, 1);
		X509_VERIFY_PARAM_set_hostflags(NULL, 0);
		expect("X509_VERIFY_PARAM_set_hostflags(NULL) queues an error", 1, 1);
		expect("X509_VERIFY_PARAM_get_hostflags(NULL) is 0", X509_VERIFY_PARAM_get_hostflags(NULL) == 0, 1);
		expect("X509_VERIFY_PARAM_get0_peername(NULL) is NULL", X509_VERIFY_PARAM_get0_peername(NULL) == NULL, 1);
		expect("X509_VERIFY_PARAM_set1_ip(NULL) is 0", X509_VERIFY_PARAM_set1_ip(NULL, NULL, 0) == 0, 1);
		expect("X509_VERIFY_PARAM_set1_ip_asc(NULL param) is 0",
		    X509_VERIFY_PARAM_set1_ip_asc(NULL, "::1") == 0, 1);
		X509_VERIFY_PARAM_set_depth(NULL, 1);
		expect("X509_VERIFY_PARAM_set_depth(NULL) queues an error", 1, 1);
		expect("X509_VERIFY_PARAM_get_depth(NULL) is -1", X509_VERIFY_PARAM_get_depth(NULL) == -1, 1);
		expect("X509_VERIFY_PARAM_set_flags(NULL) is 0", X509_VERIFY_PARAM_set_flags(NULL, 1) == 0, 1);
		expect("X509_VERIFY_PARAM_clear_flags(NULL) is 0", X509_VERIFY_PARAM_clear_flags(NULL, 1) == 0, 1);
		expect("X509_VERIFY_PARAM_get_flags(NULL) is 0", X509_VERIFY_PARAM_get_flags(NULL) == 0, 1);
		X509_VERIFY_PARAM_set_time(NULL, 0);
		expect("X509_VERIFY_PARAM_set_time(NULL) queues an error", 1, 1);
		expect("X509_VERIFY_PARAM_set_purpose(NULL) is 0", X509_VERIFY_PARAM_set_purpose(NULL, 1) == 0, 1);
	}

	/* Verification without a connection (X509_verify_cert(3)). */
	{
		X509_STORE_CTX *freed_vctx = X509_STORE_CTX_new();
		X509_VERIFY_PARAM *freed_param = X509_VERIFY_PARAM_new();
		X509_STORE_CTX *vctx = X509_STORE_CTX_new();

		X509_STORE_CTX_free(freed_vctx);
		X509_VERIFY_PARAM_free(freed_param);
		ERR_clear_error();
		X509_STORE_CTX_free(NULL);
		X509_VERIFY_PARAM_free(NULL);
		expect("X509_STORE_CTX_free(NULL), X509_VERIFY_PARAM_free(NULL) are silent", ERR_peek_error() == 0, 0);
		X509_STORE_CTX_free(freed_vctx);
		expect("X509_STORE_CTX_free(freed) queues an error", 1, 1);
		X509_VERIFY_PARAM_free(freed_param);
		expect("X509_VERIFY_PARAM_free(freed) queues an error", 1, 1);
		X509_STORE_CTX_cleanup((X509_STORE_CTX *)ssl);
		expect("X509_STORE_CTX_cleanup(an SSL passed) queues an error", 1, 1);
		expect("X509_verify_cert(NULL) is -1", X509_verify_cert(NULL) == -1, 1);
		expect("X509_verify_cert(freed) is -1", X509_verify_cert(freed_vctx) == -1, 1);
		expect("X509_verify_cert(a store passed as context) is -1",
		    X509_verify_cert((X509_STORE_CTX *)SSL_CTX_get_cert_store(ctx)) == -1, 1);
		expect("X509_STORE_CTX_init(NULL) is 0", X509_STORE_CTX_init(NULL, NULL, NULL, NULL) == 0, 1);
		expect("X509_STORE_CTX_init(ctx, an SSL passed as store) is 0",
		    X509_STORE_CTX_init(vctx, (X509_STORE *)ssl, NULL, NULL) == 0, 1);
		expect("X509_STORE_CTX_init(ctx, store, an SSL passed as X509) is 0",
		    X509_STORE_CTX_init(vctx, NULL, (X509 *)ssl, NULL) == 0, 1);
		expect("X509_STORE_CTX_init(ctx, store, NULL, an SSL passed as stack) is 0",
		    X509_STORE_CTX_init(vctx, NULL, NULL, (STACK_OF(X509) *)ssl) == 0, 1);
		X509_STORE_CTX_set_verify_cb((X509_STORE_CTX *)(uintptr_t)0x12345678, NULL);
		expect("X509_STORE_CTX_set_verify_cb(bogus) queues an error", 1, 1);
		expect("X509_STORE_CTX_get0_param(freed) is NULL", X509_STORE_CTX_get0_param(freed_vctx) == NULL, 1);
		X509_STORE_CTX_set0_param(vctx, freed_param);
		expect("X509_STORE_CTX_set0_param(ctx, freed param) queues an error and keeps the parameters",
		    X509_STORE_CTX_get0_param(vctx) != NULL, 1);
		expect("X509_STORE_CTX_get0_chain(NULL) is NULL", X509_STORE_CTX_get0_chain(NULL) == NULL, 1);
		expect("X509_STORE_CTX_get1_chain(freed) is NULL", X509_STORE_CTX_get1_chain(freed_vctx) == NULL, 1);
		expect("SSL_get0_verified_chain(NULL) is NULL", SSL_get0_verified_chain(NULL) == NULL, 1);
		expect("SSL_get0_verified_chain(freed) is NULL", SSL_get0_verified_chain(freed) == NULL, 1);
		X509_STORE_CTX_free(vctx);
	}

	/* Sessions (SSL_get_session(3) and its family). */
	{
		SSL_SESSION *bogus_sess = (SSL_SESSION *)(uintptr_t)0x12345678;
		SSL_SESSION *wrong = (SSL_SESSION *)ssl;
		const unsigned char *p = (const unsigned char *)"LSCS";
		unsigned char *w = (unsigned char *)buf;
		unsigned int len = 7;

		expect("SSL_get_session(NULL) is NULL", SSL_get_session(NULL) == NULL, 1);
		expect("SSL_get1_session(freed) is NULL", SSL_get1_session(freed) == NULL, 1);
		expect("SSL_get_session(an SSL_CTX passed as SSL) is NULL", SSL_get_session((SSL *)ctx) == NULL, 1);
		expect("SSL_set_session(ssl, bogus) is 0", SSL_set_session(ssl, bogus_sess) == 0, 1);
		expect("SSL_set_session(ssl, an SSL passed as session) is 0", SSL_set_session(ssl, wrong) == 0, 1);
		expect("SSL_session_reused(bogus) is 0", SSL_session_reused(bogus) == 0, 1);
		SSL_SESSION_free(NULL);
		expect("SSL_SESSION_free(NULL) does nothing", 1, 0);
		SSL_SESSION_free(bogus_sess);
		expect("SSL_SESSION_free(bogus) is refused", 1, 1);
		expect("SSL_SESSION_up_ref(wrong type) is 0", SSL_SESSION_up_ref(wrong) == 0, 1);
		expect("SSL_SESSION_is_resumable(bogus) is 0", SSL_SESSION_is_resumable(bogus_sess) == 0, 1);
		expect("SSL_SESSION_get_protocol_version(NULL) is 0", SSL_SESSION_get_protocol_version(NULL) == 0, 1);
		expect("SSL_SESSION_get0_cipher(bogus) is NULL", SSL_SESSION_get0_cipher(bogus_sess) == NULL, 1);
		expect("SSL_SESSION_get_id(bogus) is NULL, len untouched",
		    SSL_SESSION_get_id(bogus_sess, &len) == NULL && len == 7, 1);
		expect("SSL_SESSION_get0_id_context(NULL) is NULL", SSL_SESSION_get0_id_context(NULL, &len) == NULL, 1);
		expect("SSL_SESSION_get_time(bogus) is 0", SSL_SESSION_get_time(bogus_sess) == 0, 1);
		expect("SSL_SESSION_set_time(NULL) is 0", SSL_SESSION_set_time(NULL, 5) == 0, 1);
		expect("SSL_SESSION_get_timeout(wrong type) is 0", SSL_SESSION_get_timeout(wrong) == 0, 1);
		expect("SSL_SESSION_set_timeout(bogus) is 0", SSL_SESSION_set_timeout(bogus_sess, 5) == 0, 1);
		expect("i2d_SSL_SESSION(NULL) is negative", i2d_SSL_SESSION(NULL, &w) < 0, 1);
		expect("i2d_SSL_SESSION(bogus) is negative", i2d_SSL_SESSION(bogus_sess, NULL) < 0, 1);
		expect("d2i_SSL_SESSION(NULL pp) is NULL", d2i_SSL_SESSION(NULL, NULL, 4) == NULL, 1);
		expect("d2i_SSL_SESSION(4 bytes) is NULL", d2i_SSL_SESSION(NULL, &p, 4) == NULL, 1);
		expect("d2i_SSL_SESSION(negative length) is NULL", d2i_SSL_SESSION(NULL, &p, -1) == NULL, 1);
		expect("SSL_CTX_set_session_id_context(NULL) is 0",
		    SSL_CTX_set_session_id_context(NULL, (const unsigned char *)"x", 1) == 0, 1);
		expect("SSL_CTX_set_session_id_context(ctx, NULL, 5) is 0",
		    SSL_CTX_set_session_id_context(ctx, NULL, 5) == 0, 1);
		expect("SSL_set_session_id_context(freed) is 0",
		    SSL_set_session_id_context(freed, (const unsigned char *)"x", 1) == 0, 1);
		SSL_CTX_sess_set_new_cb(freed_ctx, NULL);
		expect("SSL_CTX_sess_set_new_cb(freed ctx) is refused", 1, 1);
		expect("SSL_CTX_sess_get_new_cb(NULL) is NULL", SSL_CTX_sess_get_new_cb(NULL) == NULL, 1);
		SSL_CTX_sess_set_remove_cb((SSL_CTX *)ssl, NULL);
		expect("SSL_CTX_sess_set_remove_cb(wrong type) is refused", 1, 1);
		expect("SSL_CTX_sess_get_remove_cb(freed ctx) is NULL", SSL_CTX_sess_get_remove_cb(freed_ctx) == NULL, 1);
		expect("SSL_CTX_set_timeout(NULL) is 0", SSL_CTX_set_timeout(NULL, 5) == 0, 1);
		expect("SSL_CTX_get_timeout(freed ctx) is 0", SSL_CTX_get_timeout(freed_ctx) == 0, 1);
		SSL_CTX_flush_sessions(NULL, 0);
		expect("SSL_CTX_flush_sessions(NULL) is refused", 1, 1);
		expect("SSL_get_peer_signature_type_nid(ssl, NULL) is 0", SSL_get_peer_signature_type_nid(ssl, NULL) == 0, 1);
		expect("SSL_get_peer_signature_type_nid(freed, &n) is 0",
		    SSL_get_peer_signature_type_nid(freed, (int *)&len) == 0, 1);
		expect("SSL_get_peer_signature_nid(bogus) is 0", SSL_get_peer_signature_nid(bogus, (int *)&len) == 0, 1);
		expect("PEM_write_bio_SSL_SESSION(NULL, bogus) is 0", PEM_write_bio_SSL_SESSION(NULL, bogus_sess) == 0, 1);
		expect("PEM_read_bio_SSL_SESSION(an SSL passed as BIO) is NULL",
		    PEM_read_bio_SSL_SESSION((BIO *)ssl, NULL, NULL, NULL) == NULL, 1);
		SSL_CTX_set_keylog_callback(freed_ctx, NULL);
		expect("SSL_CTX_set_keylog_callback(freed ctx) is refused", 1, 1);
		expect("SSL_CTX_get_keylog_callback(an SSL passed as SSL_CTX) is NULL",
		    SSL_CTX_get_keylog_callback((SSL_CTX *)ssl) == NULL, 1);
	}

	SSL_free(ssl);
	SSL_CTX_free(ctx);
	return failures != 0;
}
