/* Claims of ERR_error_string(3). */
#include <openssl/pem.h>
#include <openssl/x509.h>

#include "claims.h"

int
main(int argc, char *argv[])
{
	SSL_CTX *ctx;
	unsigned long e;
	char buf[256], line[512], *p, *q;
	FILE *f;

	claims_init(argc, argv);
	ctx = SSL_CTX_new(TLS_method());
	ERR_load_crypto_strings();
	SSL_CTX_set_cipher_list(ctx, "NOPE");
	e = ERR_get_error();

	ERR_error_string_n(e, buf, sizeof(buf));
	CHECKS("ERR_error_string_n: error:CODE:LIBRARY::REASON, the code in eight upper-case hex digits",
	    buf, "error:0A0000B9:SSL routines::no cipher match");
	memset(buf, 'x', sizeof(buf));
	ERR_error_string_n(e, buf, 12);
	OURS("at most len - 1 bytes, then a NUL", strlen(buf) == 11 && strncmp(buf, "error:0A000", 11) == 0);
	memset(buf, 'x', sizeof(buf));
	ERR_error_string_n(e, buf, 0);
	CHECK("nothing is written if len is 0", buf[0] == 'x');
#ifndef ORACLE
	ERR_error_string_n(e, NULL, 10);
#endif
	OURS("nothing is written if buf is NULL", 1);
	p = ERR_error_string(e, buf);
	CHECK("ERR_error_string writes the same text to buf and returns buf",
	    p == buf && strcmp(buf, "error:0A0000B9:SSL routines::no cipher match") == 0);
	p = ERR_error_string(e, NULL);
	q = ERR_error_string(ERR_PACK(ERR_LIB_SSL, 0, SSL_R_BAD_LENGTH), NULL);
	CHECK("with a NULL buf it writes to an internal buffer that every such call reuses",
	    p == q && strstr(q, "bad length") != NULL);
	OURSS("a library without text is shown as lib(n), a reason as reason(n)",
	    ERR_error_string(ERR_PACK(99, 0, 4242), buf), "error:31801092:lib(99)::reason(4242)");
	CHECKS("ERR_lib_error_string: SSL routines", ERR_lib_error_string(e), "SSL routines");
	SSL_CTX_use_certificate_file(ctx, "/nonexistent.pem", SSL_FILETYPE_PEM);
	e = ERR_get_error();
	CHECKS("ERR_lib_error_string: system library", ERR_lib_error_string(e), "system library");
	OURSS("for a system error ERR_reason_error_string is the text of strerror", ERR_reason_error_string(e),
	    strerror(ENOENT));
	ERR_clear_error();
	OURS("ERR_func_error_string always returns NULL",
	    ERR_func_error_string(ERR_PACK(ERR_LIB_SSL, 0, SSL_R_NO_CIPHER_MATCH)) == NULL);
	CHECKS("ERR_reason_error_string: the text of the reason", ERR_reason_error_string(ERR_PACK(ERR_LIB_SSL, 0,
	    SSL_R_NO_CIPHER_MATCH)), "no cipher match");
	CHECKS("for an alert from the peer it names the alert", ERR_reason_error_string(ERR_PACK(ERR_LIB_SSL, 0,
	    SSL_AD_REASON_OFFSET + SSL_AD_HANDSHAKE_FAILURE)), "sslv3 alert handshake failure");
	CHECKS("the PEM reasons have their text", ERR_reason_error_string(ERR_PACK(ERR_LIB_PEM, 0,
	    PEM_R_NO_START_LINE)), "no start line");
	OURSS("the X509 reasons have their text", ERR_reason_error_string(ERR_PACK(ERR_LIB_X509, 0,
	    X509_R_KEY_VALUES_MISMATCH)), "key values mismatch");
	CHECK("0 has no text: NULL", ERR_lib_error_string(0) == NULL && ERR_reason_error_string(0) == NULL);
	OURS("a library without text: NULL", ERR_lib_error_string(ERR_PACK(99, 0, 1)) == NULL);
	OURS("a reason without text: NULL", ERR_reason_error_string(ERR_PACK(ERR_LIB_SSL, 0, 4000)) == NULL);

	/* ERR_print_errors_fp. */
	SSL_CTX_set_cipher_list(ctx, "NOPE");
	SSL_CTX_set_cipher_list(ctx, "@BOGUS");
	f = tmpfile();
	ERR_print_errors_fp(f);
	CHECKV("ERR_print_errors_fp removes every entry", ERR_peek_error(), 0);
	rewind(f);
	{
		char second[512];
		int ok1 = fgets(line, sizeof(line), f) != NULL, ok2 = fgets(second, sizeof(second), f) != NULL;
		char *rest = strchr(line, ':');

		OURS("one line per entry, oldest first: THREAD:error:CODE:LIBRARY:FUNCTION:REASON:libssl:0:DETAIL",
		    ok1 && ok2 && rest != NULL && rest > line &&
		    strcmp(rest, ":error:0A0000B9:SSL routines:SSL_CTX_set_cipher_list:no cipher match:libssl:0:\n") == 0 &&
		    strstr(second, ":invalid command:libssl:0:") != NULL);
		for (p = line; p < rest; p++)
			if (strchr("0123456789abcdefABCDEF", *p) == NULL)
				break;
		OURS("THREAD is a hexadecimal number", p == rest);
	}
	fclose(f);
	ERR_print_errors_fp(NULL);
	OURS("ERR_print_errors_fp(NULL) prints nothing and pushes ERR_R_PASSED_NULL_PARAMETER under ERR_LIB_CRYPTO",
	    queue_is(ERR_LIB_CRYPTO, ERR_R_PASSED_NULL_PARAMETER));
	SSL_CTX_free(ctx);
	return claims_end();
}
