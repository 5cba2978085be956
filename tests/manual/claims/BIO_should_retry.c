/* Claims of BIO_should_retry(3). */
#include "claims.h"

static int
c_read(BIO *b, char *buf, int len)
{
	(void)buf;
	(void)len;
	BIO_set_retry_special(b);
	BIO_set_retry_reason(b, BIO_RR_CONNECT);
	return -1;
}

int
main(int argc, char *argv[])
{
	BIO *b, *p1, *p2, *f, *g;
	BIO_METHOD *m;
	char buf[16];
	int fds[2], reason;

	claims_init(argc, argv);

	b = BIO_new(BIO_s_mem());
	BIO_read(b, buf, 1);
	CHECK("an empty memory BIO whose end-of-file value is not 0: SHOULD_RETRY and READ",
	    BIO_should_retry(b) && BIO_should_read(b) && !BIO_should_write(b) && !BIO_should_io_special(b));
	CHECKV("BIO_retry_type: the bits among READ, WRITE and IO_SPECIAL", BIO_retry_type(b), BIO_FLAGS_READ);
	CHECK("a true value is the bits asked for, not necessarily 1",
	    BIO_should_retry(b) == BIO_FLAGS_SHOULD_RETRY && BIO_should_read(b) == BIO_FLAGS_READ);
	BIO_set_mem_eof_return(b, 0);
	BIO_read(b, buf, 1);
	CHECK("... with an end-of-file value of 0: no retry flag", !BIO_should_retry(b));
	BIO_set_flags(b, 0x100);
	CHECKV("BIO_test_flags returns the bits asked for that are set", BIO_test_flags(b, 0x1ff), 0x100);
	BIO_set_retry_write(b);
	CHECK("BIO_set_retry_write sets SHOULD_RETRY and WRITE; other bits are left alone",
	    BIO_get_flags(b) == (0x100 | BIO_FLAGS_SHOULD_RETRY | BIO_FLAGS_WRITE));
	CHECKV("BIO_get_retry_flags: the retry flags set", BIO_get_retry_flags(b), BIO_FLAGS_SHOULD_RETRY | BIO_FLAGS_WRITE);
	BIO_clear_retry_flags(b);
	CHECKV("BIO_clear_retry_flags clears the four retry flags", BIO_get_flags(b), 0x100);
	BIO_set_retry_read(b);
	CHECK("BIO_set_retry_read", BIO_should_read(b) && BIO_should_retry(b));
	BIO_set_retry_special(b);
	CHECK("BIO_set_retry_special", BIO_should_io_special(b) && BIO_should_retry(b));
	BIO_clear_flags(b, 0x100);
	CHECK("BIO_clear_flags clears the bits given, leaving the others", BIO_test_flags(b, 0x100) == 0 &&
	    BIO_should_retry(b));
	CHECKV("the retry reason is 0 in a new BIO", BIO_get_retry_reason(b), 0);
	BIO_set_retry_reason(b, BIO_RR_CONNECT);
	CHECKV("BIO_set_retry_reason and BIO_get_retry_reason", BIO_get_retry_reason(b), BIO_RR_CONNECT);
	BIO_free(b);

	b = BIO_new_mem_buf("ro", 2);
	CHECK("BIO_FLAGS_MEM_RDONLY on a BIO made by BIO_new_mem_buf", BIO_test_flags(b, BIO_FLAGS_MEM_RDONLY) != 0);
#ifndef ORACLE	/* OpenSSL would then free the caller's bytes */
	BIO_clear_flags(b, BIO_FLAGS_MEM_RDONLY);
	OURS("clearing it does not make the BIO writable", BIO_write(b, "x", 1) == -1 &&
	    queue_is(ERR_LIB_BIO, BIO_R_WRITE_TO_READ_ONLY_BIO));
#endif
	BIO_free(b);

	/* Descriptors. */
	socketpair(AF_UNIX, SOCK_STREAM, 0, fds);
	fcntl(fds[0], F_SETFL, O_NONBLOCK);
	b = BIO_new_socket(fds[0], BIO_NOCLOSE);
	BIO_read(b, buf, 1);
	CHECK("a descriptor BIO whose call fails with EAGAIN: SHOULD_RETRY and READ",
	    BIO_should_retry(b) && BIO_should_read(b));
	close(fds[1]);
	BIO_read(b, buf, 1);
	CHECK("end of file: BIO_FLAGS_IN_EOF, no retry flag", !BIO_should_retry(b) &&
	    BIO_test_flags(b, BIO_FLAGS_IN_EOF) != 0);
	BIO_free(b);
	close(fds[0]);
	{
		static const int retry[] = { EAGAIN, EWOULDBLOCK, EINTR, EINPROGRESS, EALREADY, ENOTCONN, EPROTO };
		int all = 1, none = 1;
		char v[16];

		socketpair(AF_UNIX, SOCK_STREAM, 0, fds);
		snprintf(v, sizeof(v), "%d", fds[0]);
		setenv("CLAIMS_FAIL_FD", v, 1);
		for (int k = 0; k < 2; k++) {
			BIO *d = k == 0 ? BIO_new_socket(fds[0], BIO_NOCLOSE) : BIO_new_fd(fds[0], BIO_NOCLOSE);

			for (int i = 0; i < 7; i++) {
				snprintf(v, sizeof(v), "%d", retry[i]);
				setenv("CLAIMS_ERRNO", v, 1);
				all &= BIO_read(d, buf, 1) == -1 && BIO_should_retry(d) && BIO_should_read(d) &&
				    BIO_write(d, "x", 1) == -1 && BIO_should_retry(d) && BIO_should_write(d);
			}
			snprintf(v, sizeof(v), "%d", ECONNRESET);
			setenv("CLAIMS_ERRNO", v, 1);
			none &= BIO_read(d, buf, 1) == -1 && !BIO_should_retry(d) && errno == ECONNRESET;
			BIO_free(d);
		}
		unsetenv("CLAIMS_FAIL_FD");
		CHECK("EAGAIN, EWOULDBLOCK, EINTR, EINPROGRESS, EALREADY, ENOTCONN, EPROTO set the retry flags (socket and descriptor BIOs)",
		    all);
		CHECK("another error (ECONNRESET) leaves them clear, errno kept", none);
		close(fds[0]);
		close(fds[1]);
	}
	b = BIO_new_fd(999, BIO_NOCLOSE);
	BIO_read(b, buf, 1);
	CHECK("any other error (EBADF) leaves the flags clear and is a failure in errno",
	    !BIO_should_retry(b) && errno == EBADF);
	BIO_free(b);

	/* Pairs. */
	BIO_new_bio_pair(&p1, 4, &p2, 4);
	BIO_read(p2, buf, 1);
	CHECK("an end of a pair with nothing to read: SHOULD_RETRY and READ", BIO_should_retry(p2) && BIO_should_read(p2));
	BIO_write(p1, "abcd", 4);
	BIO_write(p1, "e", 1);
	CHECK("an end of a pair whose buffer is full: SHOULD_RETRY and WRITE", BIO_should_retry(p1) && BIO_should_write(p1));
	BIO_read(p2, buf, 4);
	BIO_shutdown_wr(p1);
	BIO_read(p2, buf, 1);
	CHECK("... after the other end shut down writing, no retry flag", !BIO_should_retry(p2));
	BIO_free(p1);
	BIO_free(p2);

	/* BIO_get_retry_BIO and BIO_copy_next_retry. */
	m = BIO_meth_new(BIO_TYPE_FILTER | 120, "filter");
	BIO_meth_set_read(m, c_read);
	f = BIO_new(m);
	g = BIO_new(m);
	b = BIO_new(BIO_s_mem());
	BIO_push(f, g);
	BIO_push(f, b);
	ERR_clear_error();
	CHECK("BIO_get_retry_BIO of a BIO without the flag returns it", BIO_get_retry_BIO(f, &reason) == f);
	BIO_read(b, buf, 1);
	BIO_set_retry_read(f);
	BIO_set_retry_read(g);
	reason = -1;
	CHECK("BIO_get_retry_BIO follows the chain while the flag is set and returns the last with it",
	    BIO_get_retry_BIO(f, &reason) == b && reason == 0);
	BIO_clear_retry_flags(f);
	BIO_read(g, buf, 1);
	BIO_copy_next_retry(f);
	CHECK("BIO_copy_next_retry sets the next BIO's retry flags and copies its retry reason",
	    BIO_should_io_special(f) && BIO_should_retry(f) && BIO_get_retry_reason(f) == BIO_RR_CONNECT);
	BIO_set_retry_write(f);
	BIO_copy_next_retry(f);
	CHECK("it does not clear any flag first", BIO_should_write(f) && BIO_should_io_special(f));
	BIO_clear_retry_flags(b);
#ifndef ORACLE	/* OpenSSL dereferences the missing next BIO */
	BIO_copy_next_retry(b);
#endif
	OURS("if nothing follows it does nothing", !BIO_should_retry(b));
	ERR_clear_error();
	BIO_free_all(f);
	BIO_meth_free(m);

	OURS("BIO_test_flags(NULL): 0 with ERR_R_PASSED_NULL_PARAMETER",
	    BIO_test_flags(NULL, ~0) == 0 && queue_is(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER));
	OURS("BIO_get_retry_reason of a BIO that is not live: 0 with ERR_R_PASSED_INVALID_ARGUMENT",
	    BIO_get_retry_reason((BIO *)BIO_s_mem()) == 0 && queue_is(ERR_LIB_BIO, ERR_R_PASSED_INVALID_ARGUMENT));
	OURS("BIO_get_retry_BIO(NULL): NULL", BIO_get_retry_BIO(NULL, NULL) == NULL);
	ERR_clear_error();
	return claims_end();
}
