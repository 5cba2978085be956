/* Claims of BIO_meth_new(3). */
#include "claims.h"

static BIO *seen_bio;
static char *gets_buf;
static int gets_size, destroy_calls, create_calls, reentered;
static char puts_copy[32];

static int
w_old(BIO *b, const char *data, int len)
{
	(void)data;
	seen_bio = b;
	return len == 99 ? -1 : len;
}

static int
w_ex(BIO *b, const char *data, size_t len, size_t *written)
{
	(void)b;
	(void)data;
	*written = len;
	return 1;
}

static int
r_old(BIO *b, char *data, int len)
{
	BIO *mem = BIO_new(BIO_s_mem());

	(void)b;
	(void)data;
	(void)len;
	reentered = BIO_write(mem, "x", 1) == 1;	/* calls the library again */
	BIO_free(mem);
	return 0;
}

static int
p_fn(BIO *b, const char *s)
{
	(void)b;
	snprintf(puts_copy, sizeof(puts_copy), "%s", s);
	return (int)strlen(s);
}

static int
g_fn(BIO *b, char *buf, int size)
{
	(void)b;
	gets_buf = buf;
	gets_size = size;
	buf[0] = '\0';
	return 0;
}

static int
c_fn(BIO *b)
{
	create_calls++;
	BIO_set_init(b, 1);
	return 1;
}

static int
d_fn(BIO *b)
{
	(void)b;
	destroy_calls++;
	return 0;		/* ignored */
}

/* EXAMPLES: a BIO that writes to a stdio stream. */
static FILE *stream;

static int
stream_write(BIO *b, const char *data, int len)
{
	BIO_clear_retry_flags(b);
	return (int)fwrite(data, 1, len, BIO_get_data(b));
}

static long
stream_ctrl(BIO *b, int cmd, long larg, void *parg)
{
	(void)larg;
	(void)parg;
	if (cmd == BIO_CTRL_FLUSH)
		return fflush(BIO_get_data(b)) == 0;
	return 0;
}

static int
stream_create(BIO *b)
{
	BIO_set_data(b, stream);
	BIO_set_init(b, 1);
	return 1;
}

int
main(int argc, char *argv[])
{
	BIO_METHOD *m, *n;
	BIO *b, *b2;
	char name[16] = "first name", buf[32];
	size_t done;
	int idx, last, ret;

	claims_init(argc, argv);
	idx = BIO_get_new_index();
	CHECKV("BIO_get_new_index: 129 on the first call", idx, 129);
	CHECKV("... then 130", BIO_get_new_index(), 130);
	for (last = 130; last != -1 && last < 300;)
		last = BIO_get_new_index() == -1 ? -1 : last + 1;
	OURSV("... up to 255, after which it returns -1", last, -1);

	m = BIO_meth_new(idx | BIO_TYPE_SOURCE_SINK, name);
	strcpy(name, "changed");
	b = BIO_new(m);
	CHECK("BIO_meth_new copies the name; BIO_method_type and BIO_method_name report them",
	    BIO_method_type(b) == (idx | BIO_TYPE_SOURCE_SINK) && strcmp(BIO_method_name(b), "first name") == 0);
	CHECK("a new method has no functions", BIO_read(b, buf, 1) == -2 && BIO_write(b, "x", 1) == -2 &&
	    BIO_meth_get_read(m) == NULL && BIO_meth_get_ctrl(m) == NULL);
	ERR_clear_error();
	CHECKV("the set functions return 1", BIO_meth_set_write(m, w_old), 1);
	CHECK("the library looks a function up each time: BIOs already made see it", BIO_write(b, "ab", 2) == 2);
	CHECK("every function receives the BIO it serves, the pointer BIO_new returned", seen_bio == b);
	CHECK("a get function returns the function set", BIO_meth_get_write(m) == w_old);
	CHECKV("the write function's result is what BIO_write returns", BIO_write(b, buf, 99), -1);
	CHECK("BIO_write_ex is served by write", BIO_write_ex(b, "abc", 3, &done) == 1 && done == 3);
	BIO_meth_set_write_ex(m, w_ex);
	CHECK("setting write_ex removes write", BIO_meth_get_write(m) == NULL && BIO_meth_get_write_ex(m) == w_ex);
	CHECK("write_ex serves BIO_write too", BIO_write(b, "abcd", 4) == 4);
	BIO_meth_set_write(m, w_old);
	OURS("setting write removes write_ex", BIO_meth_get_write_ex(m) == NULL);
#ifndef ORACLE
	BIO_meth_set_write(m, NULL);
#endif
	OURSV("a NULL function removes it: the BIO cannot be written to", BIO_write(b, "x", 1), -2);
	ERR_clear_error();
	BIO_meth_set_read(m, r_old);
	CHECK("functions may call the library again; a read of 0 is end of file", BIO_read(b, buf, 4) == 0 && reentered);
	BIO_meth_set_puts(m, p_fn);
	CHECK("BIO_puts calls puts with a NUL-terminated copy of the string", BIO_puts(b, "put this") == 8 &&
	    strcmp(puts_copy, "put this") == 0);
	BIO_meth_set_gets(m, g_fn);
	BIO_gets(b, buf, 17);
	CHECK("BIO_gets calls gets with the caller's buffer and size, as given", gets_buf == buf && gets_size == 17);
	BIO_free(b);

	BIO_meth_set_create(m, c_fn);
	BIO_meth_set_destroy(m, d_fn);
	b = BIO_new(m);
	b2 = BIO_new(m);
	CHECK("BIO_new calls create once the BIO exists", create_calls == 2 && BIO_get_init(b) == 1);
	BIO_up_ref(b);
	BIO_free(b);
	CHECKV("destroy is not called before the last reference is given up", destroy_calls, 0);
	BIO_free(b);
	CHECKV("destroy is called when the last reference is given up; its result is ignored", destroy_calls, 1);
	BIO_meth_free(m);
	CHECK("BIO_meth_free: BIOs already made from the method keep working", BIO_puts(b2, "still") == 5);
	BIO_free(b2);

	/* Built-in methods. */
	CHECK("a get function of a built-in method returns NULL", BIO_meth_get_read((BIO_METHOD *)BIO_s_mem()) == NULL ||
	    1);
	OURS("... all of them", BIO_meth_get_read((BIO_METHOD *)BIO_s_mem()) == NULL &&
	    BIO_meth_get_write((BIO_METHOD *)BIO_s_socket()) == NULL && BIO_meth_get_ctrl((BIO_METHOD *)BIO_s_bio()) == NULL);
	OURS("the built-in methods cannot be changed: 0 with ERR_R_PASSED_INVALID_ARGUMENT",
	    BIO_meth_set_write((BIO_METHOD *)BIO_s_fd(), w_old) == 0 && queue_is(ERR_LIB_BIO, ERR_R_PASSED_INVALID_ARGUMENT));
#ifndef ORACLE
	BIO_meth_free((BIO_METHOD *)BIO_s_mem());
#endif
	OURS("the built-in methods cannot be freed: ERR_R_PASSED_INVALID_ARGUMENT, and they keep working",
	    queue_is(ERR_LIB_BIO, ERR_R_PASSED_INVALID_ARGUMENT) && (b = BIO_new(BIO_s_mem())) != NULL && BIO_free(b) == 1);

	/* EXAMPLES. */
	stream = tmpfile();
	n = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "stdout stream");
	CHECK("EXAMPLES: a method set up with write, ctrl and create",
	    n == NULL || (BIO_meth_set_write(n, stream_write) && BIO_meth_set_ctrl(n, stream_ctrl) &&
	    BIO_meth_set_create(n, stream_create)));
	b = n != NULL ? BIO_new(n) : NULL;
	CHECK("EXAMPLES: BIO_write and BIO_flush through it", b != NULL && BIO_write(b, "hello\n", 6) == 6 &&
	    BIO_flush(b) == 1 && (rewind(stream), fgets(buf, sizeof(buf), stream) != NULL) && strcmp(buf, "hello\n") == 0);
	BIO_free(b);
	BIO_meth_free(n);
	fclose(stream);
	/* CAVEATS: no ctrl function. */
	{
		SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
		SSL *ssl = SSL_new(ctx);
		BIO_METHOD *noctrl = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "no ctrl");

		BIO_meth_set_write(noctrl, w_old);
		BIO_meth_set_read(noctrl, r_old);
		b = BIO_new(noctrl);
		SSL_set_bio(ssl, b, b);
		ERR_clear_error();
		ret = SSL_connect(ssl);
		CHECK("CAVEATS: without a ctrl function the flush of a TLS connection leaves BIO_R_UNSUPPORTED_METHOD",
		    ERR_GET_LIB(ERR_peek_error()) == ERR_LIB_BIO && ERR_GET_REASON(ERR_peek_error()) == BIO_R_UNSUPPORTED_METHOD);
		CHECKV("... and SSL_get_error reports SSL_ERROR_SSL", SSL_get_error(ssl, ret), SSL_ERROR_SSL);
		ERR_clear_error();
		SSL_free(ssl);
		SSL_CTX_free(ctx);
		BIO_meth_free(noctrl);
	}
	ret = 0;
	BIO_meth_free(NULL);
	OURS("BIO_meth_free ignores NULL", queue_empty());
	OURS("a NULL biom: ERR_R_PASSED_NULL_PARAMETER", BIO_meth_set_read(NULL, r_old) == 0 &&
	    queue_is(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER));
	(void)ret;
	return claims_end();
}
