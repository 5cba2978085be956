/* Claims of BIO_read(3). */
#include <sys/mman.h>

#include "claims.h"

static int calls, last_len, flags_at_entry;

static int
c_read(BIO *b, char *buf, int len)
{
	(void)buf;
	calls++;
	last_len = len;
	flags_at_entry = BIO_get_retry_flags(b);
	return 0;
}

static int
c_read_too_much(BIO *b, char *buf, size_t len, size_t *got)
{
	(void)b;
	(void)buf;
	*got = len + 1;
	return 1;
}

static int
c_write(BIO *b, const char *buf, int len)
{
	(void)b;
	(void)buf;
	return len;
}

static int
c_gets(BIO *b, char *buf, int size)
{
	(void)b;
	snprintf(buf, (size_t)size, "line\n");
	return 5;
}

int
main(int argc, char *argv[])
{
	BIO_METHOD *m, *mx;
	BIO *b, *a, *p1, *p2;
	char buf[64];
	size_t n;
	int fds[2], ret, saved;

	claims_init(argc, argv);

	/* Retry flags of built-in BIOs. */
	b = BIO_new(BIO_s_mem());
	ret = BIO_read(b, buf, sizeof(buf));
	CHECK("an empty memory BIO: -1 with BIO_FLAGS_SHOULD_RETRY and BIO_FLAGS_READ",
	    ret == -1 && BIO_should_retry(b) && BIO_should_read(b));
	BIO_write(b, "abc", 3);
	CHECK("a built-in BIO clears its retry flags before it reads or writes", !BIO_should_retry(b));
	CHECKV("BIO_read with a negative dlen does nothing and returns 0", BIO_read(b, buf, -1), 0);
	CHECKV("... the bytes are still there", BIO_pending(b), 3);
	n = 9;
	CHECK("BIO_read_ex stores the count and returns 1", BIO_read_ex(b, buf, 2, &n) == 1 && n == 2);
	OURS("BIO_read_ex with a NULL readbytes", BIO_read_ex(b, buf, 1, NULL) == 1);
#ifdef ORACLE
	BIO_read(b, buf, 1);
#endif
	n = 9;
	CHECK("BIO_read_ex with nothing read: 0, storing 0", BIO_read_ex(b, buf, sizeof(buf), &n) == 0 && n == 0);
	BIO_write(b, "abc", 3);
	n = 9;
	CHECK("BIO_read_ex returns 0 when dlen is 0", BIO_read_ex(b, buf, 0, &n) == 0 && n == 0);
	CHECK("BIO_write with a dlen of 0 writes nothing and returns 0, queue untouched",
	    BIO_write(b, "x", 0) == 0 && BIO_write(b, "x", -3) == 0 && BIO_pending(b) == 3 && queue_empty());
	CHECK("BIO_write(NULL, ...) returns 0 without touching the error queue", BIO_write(NULL, "x", 1) == 0 &&
	    queue_empty());
	n = 9;
	CHECK("BIO_write_ex stores the count and returns 1", BIO_write_ex(b, "de", 2, &n) == 1 && n == 2);
	CHECK("BIO_write_ex with a dlen of 0 returns 1, storing 0", BIO_write_ex(b, "x", 0, &n) == 1 && n == 0);
	OURS("BIO_write_ex with a NULL written", BIO_write_ex(b, "f", 1, NULL) == 1);
#ifdef ORACLE
	BIO_write(b, "f", 1);
#endif
	CHECKV("BIO_puts writes the string without its NUL byte", BIO_puts(b, "gh\n"), 3);
	CHECK("BIO_gets: one line up to and including the newline, then a NUL",
	    BIO_gets(b, buf, sizeof(buf)) == 9 && strcmp(buf, "abcdefgh\n") == 0);
	BIO_puts(b, "long line\n");
	CHECK("BIO_gets: at most size - 1 bytes", BIO_gets(b, buf, 5) == 4 && strcmp(buf, "long") == 0);
	BIO_reset(b);
	CHECK("BIO_gets on an empty memory BIO: 0 and no retry flag", BIO_gets(b, buf, sizeof(buf)) == 0 &&
	    !BIO_should_retry(b));
	BIO_set_mem_eof_return(b, 0);
	CHECKV("an empty memory BIO set to report end of file: 0", BIO_read(b, buf, 4), 0);
	BIO_free(b);

	/* Descriptors. */
	if (pipe(fds) == 0) {
		fcntl(fds[0], F_SETFL, O_NONBLOCK);
		b = BIO_new_fd(fds[0], BIO_NOCLOSE);
		a = BIO_new_fd(fds[1], BIO_NOCLOSE);
		errno = 0;
		ret = BIO_read(b, buf, sizeof(buf));
		CHECK("a non-blocking descriptor with no data: -1, should_retry and should_read, errno EAGAIN",
		    ret == -1 && BIO_should_retry(b) && BIO_should_read(b) && errno == EAGAIN);
		BIO_puts(a, "one\ntwo");
		CHECK("BIO_gets on a descriptor BIO: one line", BIO_gets(b, buf, sizeof(buf)) == 4 && strcmp(buf, "one\n") == 0);
		CHECK("... read one byte at a time: nothing beyond the newline is taken",
		    read(fds[0], buf, sizeof(buf)) == 3 && memcmp(buf, "two", 3) == 0);
		CHECKV("a read of length 0 from a descriptor BIO returns 0", BIO_read(b, buf, 0), 0);
		OURSV("CAVEATS: ... which the BIO takes for end of file", BIO_eof(b), 1);
		BIO_free(b);
		BIO_free(a);
		close(fds[1]);
		b = BIO_new_fd(fds[1], BIO_NOCLOSE);
		ERR_clear_error();
		errno = 0;
		ret = BIO_write(b, "x", 1);
		saved = errno;
		CHECK("a failed system call: -1, no retry flag, errno as the call left it, nothing queued",
		    ret == -1 && !BIO_should_retry(b) && saved == EBADF && queue_empty());
		BIO_free(b);
		close(fds[0]);
	}

	/* Sockets and pairs cannot read lines. */
	socketpair(AF_UNIX, SOCK_STREAM, 0, fds);
	b = BIO_new_socket(fds[0], BIO_CLOSE);
	CHECK("a socket BIO cannot read lines: BIO_gets returns -2 with BIO_R_UNSUPPORTED_METHOD",
	    BIO_gets(b, buf, sizeof(buf)) == -2 && queue_is(ERR_LIB_BIO, BIO_R_UNSUPPORTED_METHOD));
	BIO_free(b);
	close(fds[1]);
	BIO_new_bio_pair(&p1, 0, &p2, 0);
	CHECKV("an end of a pair cannot read lines: -2", BIO_gets(p1, buf, sizeof(buf)), -2);
	ERR_clear_error();
	CHECKV("a write to a pair end may move fewer bytes than asked",
	    (BIO_free(p1), BIO_free(p2), BIO_new_bio_pair(&p1, 4, &p2, 4), BIO_write(p1, "abcdefgh", 8)), 4);
	CHECK("a full pair: -1 with should_retry and should_write", BIO_write(p1, "x", 1) == -1 &&
	    BIO_should_retry(p1) && BIO_should_write(p1));
	BIO_shutdown_wr(p1);
	CHECK("a write after BIO_shutdown_wr: BIO_R_BROKEN_PIPE",
	    BIO_write(p1, "x", 1) == -1 && queue_is(ERR_LIB_BIO, BIO_R_BROKEN_PIPE));
	BIO_read(p2, buf, 4);
	CHECKV("end of file: 0", BIO_read(p2, buf, 4), 0);
	BIO_free(p1);
	BIO_free(p2);

	/* Methods defined in C. */
	m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "counting");
	BIO_meth_set_read(m, c_read);
	BIO_meth_set_write(m, c_write);
	BIO_meth_set_gets(m, c_gets);
	b = BIO_new(m);
	BIO_set_retry_read(b);
	BIO_read(b, buf, 5);
	CHECK("a BIO of a method defined in C leaves the flags to its own functions",
	    (flags_at_entry & BIO_FLAGS_SHOULD_RETRY) != 0);
	calls = 0;
	last_len = -1;
	BIO_read(b, buf, 0);
	CHECK("a dlen of 0: the method is still called, with a length of 0", calls == 1 && last_len == 0);
	BIO_read(b, NULL, 7);
	OURS("a NULL data: the method is still called, with a length of 0", calls == 2 && last_len == 0);
	CHECK("a method with a gets function can read lines", BIO_gets(b, buf, sizeof(buf)) == 5 &&
	    strcmp(buf, "line\n") == 0);
	CHECK("BIO_puts without a puts function: -2, no fallback on write, BIO_R_UNSUPPORTED_METHOD",
	    BIO_puts(b, "x") == -2 && queue_is(ERR_LIB_BIO, BIO_R_UNSUPPORTED_METHOD));
	BIO_set_init(b, 0);
	CHECK("a BIO whose init flag was cleared: BIO_R_UNINITIALIZED",
	    BIO_read(b, buf, 1) < 0 && queue_is(ERR_LIB_BIO, BIO_R_UNINITIALIZED));
	BIO_free(b);
	mx = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "liar");
	BIO_meth_set_read_ex(mx, c_read_too_much);
	b = BIO_new(mx);
	OURS("a read_ex function reporting more bytes than it had room for: ERR_R_INTERNAL_ERROR",
	    BIO_read(b, buf, 4) < 0 && queue_is(ERR_LIB_BIO, ERR_R_INTERNAL_ERROR));
	BIO_free(b);
	BIO_meth_free(mx);
	b = BIO_new(BIO_meth_new(BIO_TYPE_NONE, "bare"));
	CHECK("a method that cannot do the operation: -2 with BIO_R_UNSUPPORTED_METHOD",
	    BIO_read(b, buf, 1) == -2 && queue_is(ERR_LIB_BIO, BIO_R_UNSUPPORTED_METHOD));
	BIO_free(b);
	BIO_meth_free(m);

	/* Read-only, huge, bad arguments. */
	b = BIO_new_mem_buf("ro", 2);
	CHECK("a write to a BIO made by BIO_new_mem_buf: BIO_R_WRITE_TO_READ_ONLY_BIO",
	    BIO_write(b, "x", 1) == -1 && queue_is(ERR_LIB_BIO, BIO_R_WRITE_TO_READ_ONLY_BIO));
	OURS("CAVEATS: BIO_write_ex with a dlen of 0 returns 1 even when the BIO cannot be written to, the reason queued",
	    BIO_write_ex(b, "x", 0, &n) == 1 && queue_is(ERR_LIB_BIO, BIO_R_WRITE_TO_READ_ONLY_BIO));
	CHECK("BIO_gets with a negative size: -1 with BIO_R_INVALID_ARGUMENT",
	    BIO_gets(b, buf, -1) == -1 && queue_is(ERR_LIB_BIO, BIO_R_INVALID_ARGUMENT));
	BIO_free(b);
	{
		void *huge = mmap(NULL, (size_t)INT_MAX + 1, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);

		b = BIO_new(BIO_s_mem());
		if (huge != MAP_FAILED) {
			OURS("a memory BIO would grow beyond 2147483591 bytes: ERR_R_MALLOC_FAILURE",
			    BIO_write(b, huge, INT_MAX) < 0 && queue_is(ERR_LIB_BIO, ERR_R_MALLOC_FAILURE));
			munmap(huge, (size_t)INT_MAX + 1);
		}
		BIO_free(b);
	}
	b = BIO_new(BIO_s_mem());
	OURS("BIO_read(NULL): -1 with ERR_R_PASSED_NULL_PARAMETER",
	    BIO_read(NULL, buf, 1) == -1 && queue_is(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER));
	OURS("BIO_gets(NULL) and BIO_puts(NULL): -1", BIO_gets(NULL, buf, 4) == -1 && BIO_puts(NULL, "x") == -1);
	ERR_clear_error();
	OURS("BIO_read_ex(NULL): 0 with ERR_R_PASSED_NULL_PARAMETER", BIO_read_ex(NULL, buf, 1, &n) == 0 &&
	    queue_is(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER));
	OURS("BIO_write_ex(NULL): 0, failing quietly", BIO_write_ex(NULL, "x", 1, &n) == 0 && queue_empty());
	OURS("BIO_write of a pointer that is not a live BIO: -1 with ERR_R_PASSED_INVALID_ARGUMENT",
	    BIO_write((BIO *)BIO_s_mem(), "x", 1) == -1 && queue_is(ERR_LIB_BIO, ERR_R_PASSED_INVALID_ARGUMENT));
	OURS("BIO_write with NULL data and bytes to write: ERR_R_PASSED_NULL_PARAMETER",
	    BIO_write(b, NULL, 3) == -1 && queue_is(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER));
	OURS("BIO_puts with a NULL buf: ERR_R_PASSED_NULL_PARAMETER",
	    BIO_puts(b, NULL) == -1 && queue_is(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER));
	OURS("BIO_gets with a NULL buf and a positive size: ERR_R_PASSED_NULL_PARAMETER",
	    BIO_gets(b, NULL, 4) == -1 && queue_is(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER));
	BIO_free(b);
	return claims_end();
}
