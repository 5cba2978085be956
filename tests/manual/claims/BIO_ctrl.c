/* Claims of BIO_ctrl(3). */
#include "claims.h"

static int last_cmd, last_int;
static long last_larg;
static void *last_parg;
static char target[] = "target";

static long
c_ctrl(BIO *b, int cmd, long larg, void *parg)
{
	(void)b;
	last_cmd = cmd;
	last_larg = larg;
	last_parg = parg;
	if (cmd == 7777 && parg != NULL)
		last_int = *(int *)parg;
	if (cmd == 7778) {
		*(void **)parg = target;
		return 1;
	}
	if (cmd == BIO_CTRL_PENDING)
		return -5;
	return 4242;
}

static long
c_callback_ctrl(BIO *b, int cmd, BIO_info_cb *fp)
{
	(void)b;
	(void)fp;
	return cmd == BIO_CTRL_SET_CALLBACK ? 31 : 0;
}

static int
info_cb(BIO *b, int state, int res)
{
	(void)b;
	(void)state;
	return res;
}

int
main(int argc, char *argv[])
{
	BIO_METHOD *m, *bare;
	BIO *b, *p1, *p2, *s;
	char buf[64], *data;
	int fds[2];
	FILE *f;

	claims_init(argc, argv);

	/* Methods defined in C. */
	m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "ctrl");
	BIO_meth_set_ctrl(m, c_ctrl);
	BIO_meth_set_callback_ctrl(m, c_callback_ctrl);
	b = BIO_new(m);
	CHECK("a method defined in C receives every command as it is, and its answer is returned",
	    BIO_ctrl(b, 1234, 56, target) == 4242 && last_cmd == 1234 && last_larg == 56 && last_parg == target);
	CHECK("BIO_int_ctrl passes a pointer to an int holding iarg",
	    BIO_int_ctrl(b, 7777, 1, 99) == 4242 && last_int == 99);
	CHECK("BIO_ptr_ctrl returns the pointer the command stored", BIO_ptr_ctrl(b, 7778, 0) == (void *)target);
	CHECK("BIO_ptr_ctrl returns NULL when the command returned 0 or less",
	    BIO_ptr_ctrl(b, BIO_CTRL_PENDING, 0) == NULL);
	CHECKV("BIO_ctrl_pending: a negative answer becomes 0", BIO_ctrl_pending(b), 0);
	CHECKV("BIO_callback_ctrl passes fp to the callback_ctrl function for BIO_CTRL_SET_CALLBACK",
	    BIO_callback_ctrl(b, BIO_CTRL_SET_CALLBACK, info_cb), 31);
	OURS("BIO_callback_ctrl with another command: -2 with BIO_R_UNSUPPORTED_METHOD",
	    BIO_callback_ctrl(b, BIO_CTRL_GET_CALLBACK, info_cb) == -2 &&
	    queue_is(ERR_LIB_BIO, BIO_R_UNSUPPORTED_METHOD));
	BIO_free(b);
	bare = BIO_meth_new(BIO_TYPE_NONE, "bare");
	b = BIO_new(bare);
	CHECK("without a ctrl function BIO_ctrl returns -2 with BIO_R_UNSUPPORTED_METHOD",
	    BIO_ctrl(b, BIO_CTRL_FLUSH, 0, NULL) == -2 && queue_is(ERR_LIB_BIO, BIO_R_UNSUPPORTED_METHOD));
	CHECK("without a callback_ctrl function BIO_callback_ctrl returns -2",
	    BIO_callback_ctrl(b, BIO_CTRL_SET_CALLBACK, info_cb) == -2 &&
	    queue_is(ERR_LIB_BIO, BIO_R_UNSUPPORTED_METHOD));
	BIO_free(b);

	/* Memory BIOs. */
	b = BIO_new(BIO_s_mem());
	CHECKV("an unknown command to a built-in BIO returns 0", BIO_ctrl(b, 9999, 0, NULL), 0);
	CHECKV("BIO_eof of an empty memory BIO: 1", BIO_eof(b), 1);
	BIO_write(b, "0123456789", 10);
	CHECK("BIO_pending counts the unread bytes; BIO_eof is 0 then", BIO_pending(b) == 10 && BIO_eof(b) == 0);
	CHECKV("BIO_wpending of a memory BIO: 0", BIO_wpending(b), 0);
	CHECKV("BIO_flush: 1", BIO_flush(b), 1);
	CHECK("BIO_set_close returns 1; BIO_get_close returns the flag",
	    BIO_set_close(b, BIO_NOCLOSE) == 1 && BIO_get_close(b) == BIO_NOCLOSE && BIO_set_close(b, BIO_CLOSE) == 1);
	CHECK("BIO_ptr_ctrl with BIO_CTRL_INFO on a memory BIO: its data", (BIO_get_mem_data(b, &data),
	    BIO_ptr_ctrl(b, BIO_CTRL_INFO, 0) == (void *)data));
	CHECKV("BIO_CTRL_DUP returns 1", BIO_ctrl(b, BIO_CTRL_DUP, 0, NULL), 1);
	CHECKV("BIO_set_nbio: 0", BIO_set_nbio(b, 1), 0);
	OURS("BIO_seek moves the read position and returns larg; BIO_tell returns it",
	    BIO_seek(b, 7) == 7 && BIO_tell(b) == 7 && BIO_read(b, buf, 3) == 3 && memcmp(buf, "789", 3) == 0);
	OURS("BIO_seek beyond the data: -1", BIO_seek(b, 11) == -1);
	OURS("BIO_seek to a negative offset: -1", BIO_seek(b, -1) == -1);
	BIO_read(b, buf, 4);
	BIO_set_flags(b, BIO_FLAGS_NONCLEAR_RST);
	CHECK("BIO_FLAGS_NONCLEAR_RST: BIO_reset rewinds to the first byte held", BIO_reset(b) == 1 &&
	    BIO_pending(b) == 10);
	BIO_clear_flags(b, BIO_FLAGS_NONCLEAR_RST);
	CHECK("BIO_reset empties a memory BIO and returns 1", BIO_reset(b) == 1 && BIO_pending(b) == 0);
	BIO_free(b);
	b = BIO_new_mem_buf("abcdef", 6);
	BIO_read(b, buf, 4);
	CHECK("BIO_reset rewinds a BIO made by BIO_new_mem_buf", BIO_reset(b) == 1 && BIO_pending(b) == 6);
	BIO_free(b);

	/* Descriptors. */
	f = tmpfile();
	b = BIO_new_fd(fileno(f), BIO_NOCLOSE);
	BIO_write(b, "0123456789", 10);
	CHECKV("BIO_tell of a descriptor BIO: the file offset", BIO_tell(b), 10);
	CHECKV("BIO_CTRL_INFO of a descriptor BIO: the file offset", BIO_ctrl(b, BIO_CTRL_INFO, 0, NULL), 10);
	CHECK("BIO_seek of a descriptor BIO: lseek SEEK_SET and its result",
	    BIO_seek(b, 3) == 3 && BIO_read(b, buf, 2) == 2 && memcmp(buf, "34", 2) == 0);
	CHECK("BIO_reset of a descriptor BIO: the offset to 0, lseek's result", BIO_reset(b) == 0 && BIO_tell(b) == 0);
	CHECK("BIO_pending and BIO_wpending of a descriptor BIO: 0", BIO_pending(b) == 0 && BIO_wpending(b) == 0);
	CHECK("BIO_eof of a descriptor BIO: 0 before a read returned 0", BIO_eof(b) == 0);
	BIO_seek(b, 10);
	BIO_read(b, buf, 4);
	CHECKV("... 1 from the first read that returned 0", BIO_eof(b), 1);
	BIO_free(b);
	fclose(f);
	socketpair(AF_UNIX, SOCK_STREAM, 0, fds);
	s = BIO_new_socket(fds[0], BIO_NOCLOSE);
	b = BIO_new_socket(fds[1], BIO_NOCLOSE);
	BIO_write(b, "x", 1);
	CHECK("a socket BIO does not count the bytes waiting in the kernel: BIO_pending 0", BIO_pending(s) == 0);
	CHECK("BIO_reset, BIO_seek, BIO_tell and BIO_CTRL_INFO of a socket BIO: 0",
	    BIO_reset(s) == 0 && BIO_seek(s, 5) == 0 && BIO_tell(s) == 0 && BIO_ctrl(s, BIO_CTRL_INFO, 0, NULL) == 0);
	{
		int fl = fcntl(fds[0], F_GETFL);

		BIO_set_nbio(s, 1);
		CHECK("BIO_set_nbio changes nothing: the descriptor's flags stay", fcntl(fds[0], F_GETFL) == fl);
	}
	OURS("built-in BIOs take no callbacks: BIO_callback_ctrl -2 with BIO_R_UNSUPPORTED_METHOD",
	    BIO_callback_ctrl(s, BIO_CTRL_SET_CALLBACK, info_cb) == -2 &&
	    queue_is(ERR_LIB_BIO, BIO_R_UNSUPPORTED_METHOD));
	BIO_free(s);
	BIO_free(b);
	close(fds[0]);
	close(fds[1]);

	/* Pairs. */
	BIO_new_bio_pair(&p1, 64, &p2, 64);
	BIO_write(p1, "abcdef", 6);
	CHECK("a pair end: BIO_pending counts what the other end wrote, BIO_wpending what this end wrote",
	    BIO_pending(p2) == 6 && BIO_wpending(p1) == 6 && BIO_pending(p1) == 0);
	CHECKV("BIO_reset of a pair end discards what it wrote and returns 0", BIO_reset(p1), 0);
	CHECKV("... the other end has nothing to read", BIO_pending(p2), 0);
	CHECK("BIO_seek, BIO_tell and BIO_CTRL_INFO of a pair end: 0",
	    BIO_seek(p1, 2) == 0 && BIO_tell(p1) == 0 && BIO_ctrl(p1, BIO_CTRL_INFO, 0, NULL) == 0);
	BIO_write(p1, "z", 1);
	BIO_shutdown_wr(p1);
	CHECKV("BIO_eof of a pair end: 0 while bytes are left after BIO_shutdown_wr", BIO_eof(p2), 0);
	BIO_read(p2, buf, 4);
	CHECKV("... 1 once everything written has been read", BIO_eof(p2), 1);
	BIO_destroy_bio_pair(p1);
	CHECKV("... and 1 when not connected", BIO_eof(p1), 1);
	BIO_free(p1);
	BIO_free(p2);

	/* Bad BIOs. */
	CHECK("BIO_ctrl(NULL): -1 without touching the error queue",
	    BIO_ctrl(NULL, BIO_CTRL_PENDING, 0, NULL) == -1 && queue_empty());
	OURS("BIO_ctrl of a pointer that is not a live BIO: -1 with ERR_R_PASSED_INVALID_ARGUMENT",
	    BIO_ctrl((BIO *)m, BIO_CTRL_PENDING, 0, NULL) == -1 && queue_is(ERR_LIB_BIO, ERR_R_PASSED_INVALID_ARGUMENT));
	OURSV("BIO_int_ctrl(NULL): -1", BIO_int_ctrl(NULL, 1, 0, 0), -1);
	OURS("BIO_callback_ctrl(NULL): -2", BIO_callback_ctrl(NULL, BIO_CTRL_SET_CALLBACK, info_cb) == -2);
	OURS("BIO_ctrl_pending and BIO_ctrl_wpending of NULL or a dead BIO: 0",
	    BIO_ctrl_pending(NULL) == 0 && BIO_ctrl_wpending((BIO *)m) == 0);
	OURS("BIO_ptr_ctrl(NULL): NULL", BIO_ptr_ctrl(NULL, BIO_CTRL_INFO, 0) == NULL);
	ERR_clear_error();
	BIO_meth_free(m);
	BIO_meth_free(bare);
	return claims_end();
}
