/* Claims of BIO_s_mem(3). */
#include "claims.h"

int
main(int argc, char *argv[])
{
	static const char text[] = "line one\nline two\n";
	BIO *b, *ro, *p1, *p2;
	char buf[64], *data = NULL, *before;
	long n;
	int fds[2];
	FILE *f;

	claims_init(argc, argv);

	CHECK("BIO_s_mem returns a constant", BIO_s_mem() == BIO_s_mem());
	b = BIO_new(BIO_s_mem());
	CHECK("an empty BIO, initialised, of type BIO_TYPE_MEM", BIO_pending(b) == 0 && BIO_get_init(b) == 1 &&
	    BIO_method_type(b) == BIO_TYPE_MEM);
	CHECK("what is written is read back in the same order", BIO_write(b, "abc", 3) == 3 && BIO_write(b, "def", 3) == 3 &&
	    BIO_read(b, buf, 4) == 4 && memcmp(buf, "abcd", 4) == 0);
	CHECK("a read returns as many unread bytes as fit", BIO_read(b, buf, sizeof(buf)) == 2 && memcmp(buf, "ef", 2) == 0);
	CHECK("empty: the end-of-file value, -1 by default, with SHOULD_RETRY and READ",
	    BIO_read(b, buf, 4) == -1 && BIO_should_retry(b) && BIO_should_read(b));
	CHECKV("BIO_set_mem_eof_return returns 1", BIO_set_mem_eof_return(b, -7), 1);
	CHECK("a value other than 0 is returned with the same retry flags", BIO_read(b, buf, 4) == -7 &&
	    BIO_should_retry(b) && BIO_should_read(b));
	BIO_set_mem_eof_return(b, 0);
	CHECK("0 is returned as end of file, with no retry flag", BIO_read(b, buf, 4) == 0 && !BIO_should_retry(b));
	CHECK("BIO_gets on an empty BIO stores an empty string and returns 0, without retry flags",
	    (buf[0] = 'x', BIO_gets(b, buf, sizeof(buf)) == 0) && buf[0] == '\0' && !BIO_should_retry(b));
	BIO_puts(b, "first\nsecond\n");
	CHECK("BIO_gets returns one line, up to and including a newline", BIO_gets(b, buf, sizeof(buf)) == 6 &&
	    strcmp(buf, "first\n") == 0);

	/* BIO_get_mem_data. */
	n = BIO_get_mem_data(b, &data);
	CHECK("BIO_get_mem_data stores a pointer to the unread bytes and returns their number",
	    n == 7 && memcmp(data, "second\n", 7) == 0);
	CHECK("... pp may be NULL", BIO_get_mem_data(b, NULL) == 7);
	BIO_write(b, "abcdef", 6);
	BIO_read(b, buf, 11);
	BIO_write(b, "gh", 2);
	BIO_set_flags(b, BIO_FLAGS_NONCLEAR_RST);
	BIO_reset(b);
	CHECK("before appending, the bytes already read are dropped", BIO_pending(b) == 4 &&
	    BIO_get_mem_data(b, &data) == 4 && memcmp(data, "efgh", 4) == 0);
	BIO_clear_flags(b, BIO_FLAGS_NONCLEAR_RST);
	before = data;
	BIO_reset(b);
	OURS("BIO_reset empties a writable BIO, clearing its memory", BIO_pending(b) == 0 && before[0] == 0 && before[3] == 0);
	CHECK("BIO_eof is true when there are no unread bytes, BIO_wpending is 0", BIO_eof(b) == 1 && BIO_wpending(b) == 0);
	BIO_free(b);

	/* Read-only BIOs. */
	ro = BIO_new_mem_buf(text, -1);
	CHECK("BIO_new_mem_buf with a negative len: the string without its NUL", BIO_pending(ro) == (int)strlen(text));
	CHECK("the bytes are not copied", BIO_get_mem_data(ro, &data) == (long)strlen(text) && data == text);
	CHECK("BIO_FLAGS_MEM_RDONLY is set", BIO_test_flags(ro, BIO_FLAGS_MEM_RDONLY) != 0);
	CHECK("writes fail", BIO_write(ro, "x", 1) <= 0 && queue_is(ERR_LIB_BIO, BIO_R_WRITE_TO_READ_ONLY_BIO));
	{
		int lines = 0;

		while (BIO_gets(ro, buf, sizeof(buf)) > 0)
			lines++;
		CHECKV("EXAMPLES: read a constant string line by line", lines, 2);
	}
	CHECK("its end-of-file value is 0: once read, end of file", BIO_read(ro, buf, 4) == 0 && !BIO_should_retry(ro) &&
	    BIO_eof(ro) == 1);
	CHECK("BIO_reset rewinds a read-only BIO to its first byte", BIO_reset(ro) == 1 && BIO_pending(ro) == (int)strlen(text));
	BIO_free(ro);
	ro = BIO_new_mem_buf(text, 4);
	CHECKV("BIO_new_mem_buf over len bytes", BIO_pending(ro), 4);
	BIO_free(ro);
	CHECK("destroying it does not free the caller's bytes", strcmp(text, "line one\nline two\n") == 0);

	/* EXAMPLES: collect output in memory. */
	b = BIO_new(BIO_s_mem());
	BIO_puts(b, "hello, ");
	BIO_puts(b, "world\n");
	n = BIO_get_mem_data(b, &data);
	CHECK("EXAMPLES: collect output in memory", n == 13 && memcmp(data, "hello, world\n", 13) == 0);
	BIO_free(b);

	/* Other kinds. */
	socketpair(AF_UNIX, SOCK_STREAM, 0, fds);
	b = BIO_new_socket(fds[0], BIO_NOCLOSE);
	data = buf;
	CHECK("given a socket BIO, BIO_get_mem_data and BIO_set_mem_eof_return return 0",
	    BIO_get_mem_data(b, &data) == 0 && BIO_set_mem_eof_return(b, 0) == 0);
	BIO_free(b);
	close(fds[0]);
	close(fds[1]);
	BIO_new_bio_pair(&p1, 0, &p2, 0);
	CHECK("given an end of a pair: 0", BIO_get_mem_data(p1, &data) == 0 && BIO_set_mem_eof_return(p1, 0) == 0);
	BIO_free(p1);
	BIO_free(p2);
	f = tmpfile();
	fwrite("12345", 1, 5, f);
	fflush(f);
	b = BIO_new_fd(fileno(f), BIO_NOCLOSE);
	data = buf;
	CHECK("a descriptor BIO answers BIO_get_mem_data with its file offset, leaving *pp",
	    BIO_get_mem_data(b, &data) == 5 && data == buf);
	BIO_free(b);
	fclose(f);
	OURS("BIO_new_mem_buf(NULL, ...): NULL with ERR_R_PASSED_NULL_PARAMETER",
	    BIO_new_mem_buf(NULL, 4) == NULL && queue_is(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER));
	return claims_end();
}
