/* Claims of SSL_get_ex_new_index(3). */
#include "claims.h"

static int frees, news, ad_null;
static void *freed_value, *freed_parent;
static long freed_argl;

static void
on_new(void *parent, void *ptr, CRYPTO_EX_DATA *ad, int idx, long argl, void *argp)
{
	(void)parent; (void)ptr; (void)ad; (void)idx; (void)argl; (void)argp;
	news++;
}

static void
on_free(void *parent, void *ptr, CRYPTO_EX_DATA *ad, int idx, long argl, void *argp)
{
	ad_null = ad == NULL;
	(void)idx;
	(void)argp;
	frees++;
	freed_parent = parent;
	freed_value = ptr;
	freed_argl = argl;
}

int
main(int argc, char *argv[])
{
	SSL_CTX *ctx;
	SSL *ssl;
	int a, b, c;
	static char one[] = "one", two[] = "two";

	claims_init(argc, argv);
	a = SSL_get_ex_new_index(0, NULL, NULL, NULL, NULL);
	b = SSL_get_ex_new_index(0, NULL, NULL, NULL, NULL);
	c = SSL_CTX_get_ex_new_index(0, NULL, NULL, NULL, NULL);
	CHECKV("the first SSL index is 1", a, 1);
	CHECKV("indexes count up", b, 2);
	CHECKV("SSL_CTX indexes count on their own, from 1", c, 1);

	ctx = SSL_CTX_new(TLS_method());
	ssl = SSL_new(ctx);
	CHECK("a new SSL's slots are empty", SSL_get_ex_data(ssl, a) == NULL);
	CHECKV("SSL_set_ex_data returns 1", SSL_set_ex_data(ssl, a, one), 1);
	CHECK("SSL_get_ex_data returns what was stored", SSL_get_ex_data(ssl, a) == one);
	CHECK("slots are separate", SSL_get_ex_data(ssl, b) == NULL);
	CHECKV("a negative index: 0", SSL_set_ex_data(ssl, -1, one), 0);
	CHECK("ERRORS: a negative index: ERR_R_PASSED_INVALID_ARGUMENT", queue_is(ERR_LIB_CRYPTO, ERR_R_PASSED_INVALID_ARGUMENT));
	CHECKV("SSL_CTX_set_ex_data returns 1", SSL_CTX_set_ex_data(ctx, c, two), 1);
	CHECK("SSL_CTX_get_ex_data returns what was stored", SSL_CTX_get_ex_data(ctx, c) == two);
	CHECK("an SSL does not inherit its context's slots", SSL_get_ex_data(ssl, c) == NULL || c == a);
	SSL_set_app_data(ssl, two);
	CHECK("SSL_set_app_data is index 0", SSL_get_ex_data(ssl, 0) == two && SSL_get_app_data(ssl) == two);
	SSL_CTX_set_app_data(ctx, one);
	CHECK("SSL_CTX_set_app_data is index 0", SSL_CTX_get_ex_data(ctx, 0) == one && SSL_CTX_get_app_data(ctx) == one);
	{
		SSL *other = SSL_new(ctx);

		CHECK("an SSL made later does not inherit the context's slots", SSL_get_ex_data(other, c) == NULL);
		SSL_free(other);
	}
	SSL_free(ssl);

	/* The free callback. */
	{
		int d = SSL_get_ex_new_index(77, NULL, NULL, NULL, on_free);
		void *parent;

		ssl = SSL_new(ctx);
		parent = ssl;
		SSL_set_ex_data(ssl, d, one);
		frees = 0;
		SSL_free(ssl);
		CHECKV("free_func is called when the SSL is freed", frees, 1);
		CHECK("free_func gets the object, the slot's value and argl",
		    freed_parent == parent && freed_value == one && freed_argl == 77);
		frees = 0;
		ssl = SSL_new(ctx);
		SSL_free(ssl);
		CHECK("free_func is called for every object, with NULL for a slot never set", frees == 1 && freed_value == NULL);
		OURS("BUGS: free_func gets NULL for its CRYPTO_EX_DATA argument", ad_null);
	}
	{
		SSL_get_ex_new_index(0, NULL, on_new, NULL, NULL);
		ssl = SSL_new(ctx);
		OURSV("BUGS: new_func is never called", news, 0);
		SSL_free(ssl);
	}
	SSL_CTX_free(ctx);
	return claims_end();
}
