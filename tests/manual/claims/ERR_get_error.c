/* Claims of ERR_get_error(3). */
#include "claims.h"

int
main(int argc, char *argv[])
{
	SSL_CTX *ctx;
	unsigned long e, first, last;
	char text[512];
	FILE *f;

	claims_init(argc, argv);
	ctx = SSL_CTX_new(TLS_method());

	ERR_clear_error();
	CHECKV("an empty queue: ERR_get_error returns 0", ERR_get_error(), 0);
	CHECK("an empty queue: ERR_peek_error and ERR_peek_last_error return 0",
	    ERR_peek_error() == 0 && ERR_peek_last_error() == 0);
	SSL_CTX_set_cipher_list(ctx, "NOPE");
	SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
	SSL_CTX_set_mode(ctx, SSL_MODE_AUTO_RETRY);
	CHECK("a failure adds an entry; functions that succeed leave the queue alone",
	    ERR_GET_REASON(ERR_peek_error()) == SSL_R_NO_CIPHER_MATCH);
	SSL_CTX_use_certificate_file(ctx, "/nonexistent.pem", SSL_FILETYPE_PEM);
	first = ERR_peek_error();
	last = ERR_peek_last_error();
	CHECK("ERR_peek_error returns the oldest entry, ERR_peek_last_error the newest",
	    ERR_GET_REASON(first) == SSL_R_NO_CIPHER_MATCH && ERR_GET_LIB(last) == ERR_LIB_SSL &&
	    first != last);
	CHECK("ERR_get_error removes the oldest entry and returns its code",
	    ERR_get_error() == first && ERR_peek_error() != first);
	e = ERR_get_error();
	CHECK("the code of a system error: ERR_GET_LIB gives ERR_LIB_SYS and ERR_GET_REASON the errno value",
	    ERR_GET_LIB(e) == ERR_LIB_SYS && ERR_GET_REASON(e) == ENOENT && (e & ERR_SYSTEM_FLAG) != 0);
	ERR_clear_error();
	CHECKV("ERR_clear_error empties the queue", ERR_peek_error(), 0);

	SSL_CTX_set_cipher_list(ctx, "NOPE");
	e = ERR_peek_error();
	CHECK("ERR_GET_LIB and ERR_GET_REASON extract library and reason, laid out as in OpenSSL 3",
	    ERR_GET_LIB(e) == ERR_LIB_SSL && ERR_GET_REASON(e) == SSL_R_NO_CIPHER_MATCH && e == 0x0A0000B9);
#ifndef ORACLE
	OURSV("codes carry no function: ERR_GET_FUNC gives 0", ERR_GET_FUNC(e), 0);
#endif
	f = tmpfile();
	ERR_print_errors_fp(f);
	rewind(f);
	text[0] = '\0';
	if (fgets(text, sizeof(text), f) == NULL)
		text[0] = '\0';
	fclose(f);
	OURS("an entry records the name of the exported function that failed", strstr(text, ":SSL_CTX_set_cipher_list:") != NULL);

	for (int i = 0; i < 20; i++)
		SSL_CTX_set_min_proto_version(NULL, 0);
	SSL_CTX_set_cipher_list(ctx, "NOPE");
	{
		int count = 0;

		while ((e = ERR_get_error()) != 0)
			count++;
		OURSV("a queue holds the 16 most recent entries", count, 16);
	}
	ERR_clear_error();
	ERR_print_errors_fp(NULL);
	OURS("errors in the arguments of the ERR functions are reported under ERR_LIB_CRYPTO",
	    queue_is(ERR_LIB_CRYPTO, ERR_R_PASSED_NULL_PARAMETER));
	SSL_CTX_free(ctx);
	return claims_end();
}
