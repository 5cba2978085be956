/*
 * bio-api.c: the BIO API as programs use it, with every observable result
 * printed: return values, retry flags, pending counts, bytes moved and the
 * error queue.  tests/abi/run-bio-api.sh builds this one program against
 * our staged library and against Debian's OpenSSL 3 and requires the two
 * transcripts to be identical (and to contain the lines it expects), so a
 * difference is a bug in us or a documented choice.
 *
 * Each section starts with a line "== NAME"; the runner reports each
 * section separately.  Nothing printed may depend on the library: no
 * pointer values, no descriptor numbers (only comparisons), one library
 * call per printf so the order of evaluation cannot matter.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <openssl/bio.h>
#include <openssl/err.h>

/* Prints and clears the error queue as "WHAT: queue ..." (lib and reason only). */
static void
queue(const char *what)
{
	unsigned long e;
	int any = 0;

	printf("%s: queue", what);
	while ((e = ERR_get_error()) != 0) {
		printf(" lib=%d reason=%d", ERR_GET_LIB(e), ERR_GET_REASON(e));
		any = 1;
	}
	printf("%s\n", any ? "" : " empty");
}

/* The retry state of |b| after an operation that returned |ret|. */
static void
show(const char *what, BIO *b, long ret)
{
	int retry = BIO_should_retry(b) != 0;
	int rd = BIO_should_read(b) != 0;
	int wr = BIO_should_write(b) != 0;
	int special = BIO_should_io_special(b) != 0;
	int type = BIO_retry_type(b);

	printf("%s: %ld retry=%d read=%d write=%d special=%d type=%d\n", what, ret,
	    retry, rd, wr, special, type);
}

static void
set_nonblocking(int fd)
{
	int fl = fcntl(fd, F_GETFL);

	fcntl(fd, F_SETFL, fl | O_NONBLOCK);
}

static int
is_closed(int fd)
{
	return fcntl(fd, F_GETFD) == -1 && errno == EBADF;
}

/* ------------------------------------------------------------------ */

static void
mem_section(void)
{
	BIO *m;
	char buf[64], *data = NULL;
	size_t n = 99;
	long len;
	int r;

	printf("== mem\n");
	m = BIO_new(BIO_s_mem());
	printf("new: %s\n", m != NULL ? "ok" : "NULL");
	printf("type: %d\n", BIO_method_type(m));
	printf("init: %d\n", BIO_get_init(m));
	printf("shutdown: %d\n", BIO_get_shutdown(m));
	printf("close: %d\n", BIO_get_close(m));
	printf("flags: %d\n", BIO_get_flags(m));
	printf("eof empty: %d\n", BIO_eof(m));

	r = BIO_read(m, buf, sizeof(buf));
	show("read empty", m, r);
	r = BIO_read(m, buf, 0);
	show("read 0 empty", m, r);
	r = BIO_write(m, "abc", 0);
	show("write 0 keeps flags", m, r);
	r = BIO_write_ex(m, "abc", 0, &n);
	show("write_ex 0", m, r);
	printf("write_ex 0 written: %zu\n", n);
	r = BIO_read_ex(m, buf, sizeof(buf), &n);
	show("read_ex empty", m, r);
	printf("read_ex empty readbytes: %zu\n", n);

	r = BIO_write(m, "hello, ", 7);
	show("write", m, r);
	r = BIO_write_ex(m, "world", 5, &n);
	printf("write_ex: %d written %zu\n", r, n);
	printf("pending: %d\n", BIO_pending(m));
	printf("ctrl_pending: %zu\n", BIO_ctrl_pending(m));
	printf("wpending: %d\n", BIO_wpending(m));
	printf("ctrl_wpending: %zu\n", BIO_ctrl_wpending(m));
	printf("eof: %d\n", BIO_eof(m));

	len = BIO_get_mem_data(m, &data);
	printf("mem data: %ld \"%.*s\"\n", len, (int)len, data);
	printf("ptr_ctrl info is mem data: %d\n",
	    BIO_ptr_ctrl(m, BIO_CTRL_INFO, 0) == (void *)data);

	r = BIO_read(m, buf, 5);
	printf("read 5: %d \"%.*s\"\n", r, r > 0 ? r : 0, buf);
	r = BIO_read(m, buf, 0);
	show("read 0 with data", m, r);
	r = BIO_read_ex(m, buf, 3, &n);
	printf("read_ex 3: %d readbytes %zu \"%.*s\"\n", r, n, (int)n, buf);
	len = BIO_get_mem_data(m, &data);
	printf("mem data after reads: %ld \"%.*s\"\n", len, (int)len, data);

	r = BIO_puts(m, "\nline two\nthree");
	printf("puts: %d\n", r);
	r = BIO_puts(m, "");
	show("puts empty", m, r);
	r = BIO_gets(m, buf, sizeof(buf));
	printf("gets: %d \"%s\"\n", r, buf);
	r = BIO_gets(m, buf, sizeof(buf));
	printf("gets: %d \"%s\"\n", r, buf);
	r = BIO_gets(m, buf, 4);
	printf("gets 4: %d \"%s\"\n", r, buf);
	r = BIO_gets(m, buf, 1);
	printf("gets 1: %d \"%s\"\n", r, buf);
	r = BIO_gets(m, buf, sizeof(buf));
	printf("gets rest: %d \"%s\"\n", r, buf);
	r = BIO_gets(m, buf, sizeof(buf));
	show("gets empty", m, r);
	printf("pending: %d\n", BIO_pending(m));

	printf("flush: %d\n", BIO_flush(m));
	printf("set_close: %d\n", BIO_set_close(m, BIO_NOCLOSE));
	printf("get_close: %d\n", BIO_get_close(m));
	printf("set_close back: %d\n", BIO_set_close(m, BIO_CLOSE));
	printf("set_nbio: %ld\n", BIO_set_nbio(m, 1));
	printf("get_fd: %ld\n", BIO_get_fd(m, NULL));
	printf("unknown ctrl: %ld\n", BIO_ctrl(m, 9999, 0, NULL));
	printf("get_write_guarantee: %d\n", BIO_get_write_guarantee(m));

	/* What an empty memory BIO reads as is its "eof return". */
	r = BIO_set_mem_eof_return(m, 0);
	printf("set_mem_eof_return 0: %d\n", r);
	r = BIO_read(m, buf, 4);
	show("read with eof return 0", m, r);
	printf("eof: %d\n", BIO_eof(m));
	BIO_set_mem_eof_return(m, -7);
	r = BIO_read(m, buf, 4);
	show("read with eof return -7", m, r);
	BIO_set_mem_eof_return(m, 3);
	r = BIO_read(m, buf, 4);
	show("read with eof return 3", m, r);
	BIO_set_mem_eof_return(m, -1);

	/* Reset empties a writable BIO; BIO_FLAGS_NONCLEAR_RST rewinds instead. */
	BIO_write(m, "0123456789", 10);
	BIO_read(m, buf, 4);
	r = BIO_reset(m);
	printf("reset: %d\n", r);
	printf("pending after reset: %d\n", BIO_pending(m));
	BIO_write(m, "0123456789", 10);
	BIO_read(m, buf, 4);
	BIO_set_flags(m, BIO_FLAGS_NONCLEAR_RST);
	r = BIO_reset(m);
	printf("nonclear reset: %d\n", r);
	printf("pending after nonclear reset: %d\n", BIO_pending(m));
	BIO_clear_flags(m, BIO_FLAGS_NONCLEAR_RST);

	/* A big write grows the buffer. */
	{
		static char big[100000];
		int total = 0;

		memset(big, 'x', sizeof(big));
		r = BIO_write(m, big, (int)sizeof(big));
		printf("big write: %d\n", r);
		printf("pending: %d\n", BIO_pending(m));
		while ((r = BIO_read(m, big, 777)) > 0)
			total += r;
		printf("big read back: %d last %d\n", total, r);
	}

	queue("mem");
	printf("free: %d\n", BIO_free(m));
}

static void
mem_buf_section(void)
{
	static const char text[] = "read-only text\nsecond line\n";
	BIO *ro;
	char buf[64], *data = NULL;
	long len;
	int r;

	printf("== mem_buf\n");
	ro = BIO_new_mem_buf(text, -1);
	printf("new_mem_buf -1: %s\n", ro != NULL ? "ok" : "NULL");
	printf("type: %d\n", BIO_method_type(ro));
	printf("flags: %d\n", BIO_get_flags(ro));
	printf("pending: %d\n", BIO_pending(ro));
	len = BIO_get_mem_data(ro, &data);
	printf("mem data is the caller's buffer: %d len %ld\n", data == text, len);

	r = BIO_write(ro, "x", 1);
	show("write", ro, r);
	queue("write");
	r = BIO_puts(ro, "x");
	printf("puts: %d\n", r);
	queue("puts");
	r = BIO_write_ex(ro, "x", 1, NULL);
	printf("write_ex: %d\n", r);
	queue("write_ex");

	r = BIO_read(ro, buf, 9);
	printf("read 9: %d \"%.*s\"\n", r, r > 0 ? r : 0, buf);
	len = BIO_get_mem_data(ro, &data);
	printf("mem data advanced: %d len %ld\n", data == text + 9, len);
	r = BIO_gets(ro, buf, sizeof(buf));
	printf("gets: %d \"%s\"\n", r, buf);
	r = BIO_read(ro, buf, sizeof(buf));
	printf("read rest: %d \"%.*s\"\n", r, r > 0 ? r : 0, buf);
	r = BIO_read(ro, buf, sizeof(buf));
	show("read empty", ro, r);
	printf("eof: %d\n", BIO_eof(ro));

	r = BIO_reset(ro);
	printf("reset: %d\n", r);
	printf("pending after reset: %d\n", BIO_pending(ro));
	r = BIO_read(ro, buf, 4);
	printf("read after reset: %d \"%.*s\"\n", r, r > 0 ? r : 0, buf);

	BIO_set_mem_eof_return(ro, -1);
	BIO_read(ro, buf, sizeof(buf));
	r = BIO_read(ro, buf, sizeof(buf));
	show("read empty with eof return -1", ro, r);
	printf("free: %d\n", BIO_free(ro));

	ro = BIO_new_mem_buf(text, 4);
	printf("new_mem_buf 4 pending: %d\n", BIO_pending(ro));
	BIO_free(ro);
	ro = BIO_new_mem_buf("", 0);
	printf("new_mem_buf empty: %s\n", ro != NULL ? "ok" : "NULL");
	printf("pending: %d\n", BIO_pending(ro));
	r = BIO_read(ro, buf, 4);
	show("read", ro, r);
	BIO_free(ro);
	ro = BIO_new_mem_buf(NULL, 4);
	printf("new_mem_buf NULL: %s\n", ro != NULL ? "ok" : "NULL");
	queue("new_mem_buf NULL");
}

static void
pair_section(void)
{
	BIO *b1 = NULL, *b2 = NULL, *x, *y;
	char buf[512];
	int r, total;

	printf("== pair\n");
	memset(buf, 'p', sizeof(buf));
	r = BIO_new_bio_pair(&b1, 256, &b2, 256);
	printf("new_bio_pair: %d\n", r);
	printf("type: %d\n", BIO_method_type(b1));
	printf("init: %d %d\n", BIO_get_init(b1), BIO_get_init(b2));
	printf("write buf size: %d\n", (int)BIO_get_write_buf_size(b1, 0));
	printf("write guarantee: %zu\n", BIO_ctrl_get_write_guarantee(b1));
	printf("get_write_guarantee macro: %d\n", BIO_get_write_guarantee(b1));
	printf("read request: %zu\n", BIO_ctrl_get_read_request(b1));
	printf("pending b2: %d\n", BIO_pending(b2));
	printf("eof b2: %d\n", BIO_eof(b2));

	r = BIO_read(b2, buf, 100);
	show("read empty", b2, r);
	printf("read request b1: %zu\n", BIO_ctrl_get_read_request(b1));
	printf("get_read_request macro: %d\n", BIO_get_read_request(b1));
	r = BIO_read(b2, buf, 1000);
	show("read 1000 empty", b2, r);
	printf("read request capped: %zu\n", BIO_ctrl_get_read_request(b1));
	printf("reset read request: %d\n", BIO_ctrl_reset_read_request(b1));
	printf("read request after reset: %zu\n", BIO_ctrl_get_read_request(b1));
	BIO_read(b2, buf, 10);

	/* Write until the 256-byte buffer is full. */
	total = 0;
	while ((r = BIO_write(b1, buf, 100)) > 0)
		total += r;
	show("write until full", b1, r);
	printf("written: %d\n", total);
	printf("read request after write: %zu\n", BIO_ctrl_get_read_request(b1));
	printf("write guarantee full: %zu\n", BIO_ctrl_get_write_guarantee(b1));
	printf("wpending b1: %d\n", BIO_wpending(b1));
	printf("ctrl_wpending b1: %zu\n", BIO_ctrl_wpending(b1));
	printf("pending b1: %d\n", BIO_pending(b1));
	printf("pending b2: %d\n", BIO_pending(b2));
	printf("ctrl_pending b2: %zu\n", BIO_ctrl_pending(b2));

	r = BIO_read(b2, buf, 56);
	show("read 56", b2, r);
	printf("write guarantee: %zu\n", BIO_ctrl_get_write_guarantee(b1));
	r = BIO_write(b1, "0123456789abcdefghij", 20);
	printf("write wraps: %d\n", r);
	r = BIO_read(b2, buf, sizeof(buf));
	printf("read all: %d tail \"%.*s\"\n", r, 20, buf + r - 20);
	r = BIO_read(b2, buf, 7);
	show("read empty again", b2, r);
	printf("read request: %zu\n", BIO_ctrl_get_read_request(b1));
	r = BIO_write(b1, "abc", 3);
	printf("write clears request: %d request %zu\n", r, BIO_ctrl_get_read_request(b1));

	/* The other direction is independent. */
	r = BIO_puts(b2, "reply");
	printf("puts b2: %d\n", r);
	r = BIO_gets(b1, buf, sizeof(buf));
	printf("gets b1: %d\n", r);
	queue("gets on a pair");
	r = BIO_read(b1, buf, sizeof(buf));
	printf("read b1: %d \"%.*s\"\n", r, r > 0 ? r : 0, buf);

	/* shutdown_wr: the reader gets what is left, then end of file. */
	r = BIO_shutdown_wr(b1);
	printf("shutdown_wr: %d\n", r);
	printf("write guarantee after shutdown: %zu\n", BIO_ctrl_get_write_guarantee(b1));
	r = BIO_write(b1, "x", 1);
	show("write after shutdown", b1, r);
	queue("write after shutdown");
	printf("eof b2 with data: %d\n", BIO_eof(b2));
	r = BIO_read(b2, buf, sizeof(buf));
	printf("read leftover: %d \"%.*s\"\n", r, r > 0 ? r : 0, buf);
	r = BIO_read(b2, buf, sizeof(buf));
	show("read at eof", b2, r);
	printf("eof b2: %d\n", BIO_eof(b2));
	printf("eof b1: %d\n", BIO_eof(b1));

	printf("set_write_buf_size in use: %d\n", BIO_set_write_buf_size(b1, 100));
	queue("set_write_buf_size in use");
	printf("make_bio_pair in use: %d\n", BIO_make_bio_pair(b1, b2));
	queue("make_bio_pair in use");

	r = BIO_destroy_bio_pair(b1);
	printf("destroy_bio_pair: %d\n", r);
	printf("init after destroy: %d %d\n", BIO_get_init(b1), BIO_get_init(b2));
	printf("pending after destroy: %d\n", BIO_pending(b2));
	printf("eof after destroy: %d\n", BIO_eof(b2));
	printf("write guarantee after destroy: %zu\n", BIO_ctrl_get_write_guarantee(b1));
	r = BIO_read(b2, buf, 4);
	show("read after destroy", b2, r);
	queue("read after destroy");
	r = BIO_write(b2, "x", 1);
	show("write after destroy", b2, r);
	queue("write after destroy");

	/* Re-pair the same two BIOs by hand with new sizes. */
	printf("set_write_buf_size 0: %d\n", BIO_set_write_buf_size(b1, 0));
	queue("set_write_buf_size 0");
	printf("set_write_buf_size: %d\n", BIO_set_write_buf_size(b1, 10));
	printf("make_bio_pair: %d\n", BIO_make_bio_pair(b1, b2));
	printf("write guarantee b1: %zu\n", BIO_ctrl_get_write_guarantee(b1));
	printf("write guarantee b2: %zu\n", BIO_ctrl_get_write_guarantee(b2));
	r = BIO_write(b1, buf, 50);
	printf("write 50 into 10: %d\n", r);
	printf("reset b1: %d\n", BIO_reset(b1));
	printf("pending b2 after reset: %d\n", BIO_pending(b2));
	BIO_free(b1);
	printf("init b2 after peer freed: %d\n", BIO_get_init(b2));
	r = BIO_read(b2, buf, 4);
	show("read after peer freed", b2, r);
	queue("read after peer freed");
	BIO_free(b2);

	/* Default sizes, and BIO_new + BIO_make_bio_pair. */
	r = BIO_new_bio_pair(&b1, 0, &b2, 0);
	printf("default pair: %d guarantee %zu %zu\n", r,
	    BIO_ctrl_get_write_guarantee(b1), BIO_ctrl_get_write_guarantee(b2));
	BIO_free(b1);
	BIO_free(b2);
	x = BIO_new(BIO_s_bio());
	y = BIO_new(BIO_s_bio());
	printf("unpaired init: %d\n", BIO_get_init(x));
	printf("unpaired guarantee: %zu\n", BIO_ctrl_get_write_guarantee(x));
	printf("unpaired pending: %d eof %d\n", BIO_pending(x), BIO_eof(x));
	r = BIO_read(x, buf, 4);
	show("unpaired read", x, r);
	queue("unpaired read");
	printf("unpaired write_buf_size: %d\n", (int)BIO_get_write_buf_size(x, 0));
	printf("make_bio_pair: %d\n", BIO_make_bio_pair(x, y));
	r = BIO_write(y, "yx", 2);
	printf("write y: %d\n", r);
	r = BIO_read(x, buf, sizeof(buf));
	printf("read x: %d \"%.*s\"\n", r, r > 0 ? r : 0, buf);
	BIO_free(x);
	BIO_free(y);
	queue("pair");
}

/* Descriptor BIOs: |kind| is "fd" over a pipe or "socket" over a socketpair. */
static void
descriptor_section(const char *kind)
{
	int is_socket = strcmp(kind, "socket") == 0;
	int fds[2], fd = -1, d, r, total;
	BIO *rd, *wr, *u;
	static char chunk[4096];
	char buf[64];

	printf("== %s\n", kind);
	if (is_socket)
		r = socketpair(AF_UNIX, SOCK_STREAM, 0, fds);
	else
		r = pipe(fds);
	if (r != 0) {
		printf("setup failed\n");
		return;
	}
	set_nonblocking(fds[0]);
	set_nonblocking(fds[1]);
	if (is_socket) {
		rd = BIO_new_socket(fds[0], BIO_NOCLOSE);
		wr = BIO_new_socket(fds[1], BIO_NOCLOSE);
	} else {
		rd = BIO_new_fd(fds[0], BIO_NOCLOSE);
		wr = BIO_new_fd(fds[1], BIO_NOCLOSE);
	}
	printf("new: %s\n", rd != NULL && wr != NULL ? "ok" : "NULL");
	printf("type: %d\n", BIO_method_type(rd));
	printf("init: %d\n", BIO_get_init(rd));
	printf("get_close: %d\n", BIO_get_close(rd));
	r = (int)BIO_get_fd(rd, &fd);
	printf("get_fd is the descriptor: %d %d\n", r == fds[0], fd == fds[0]);
	printf("get_fd NULL: %d\n", BIO_get_fd(rd, NULL) == fds[0]);

	errno = 0;
	r = BIO_read(rd, buf, sizeof(buf));
	d = errno;
	show("read empty", rd, r);
	printf("errno EAGAIN: %d\n", d == EAGAIN);
	printf("eof while open: %d\n", BIO_eof(rd));
	r = BIO_write(wr, "ping", 4);
	show("write", wr, r);
	r = BIO_read(rd, buf, sizeof(buf));
	show("read", rd, r);
	printf("read data: \"%.*s\"\n", r > 0 ? r : 0, buf);
	printf("pending: %d wpending %d\n", BIO_pending(rd), BIO_wpending(wr));
	printf("flush: %d\n", BIO_flush(wr));
	r = BIO_puts(wr, "puts line\n");
	printf("puts: %d\n", r);
	r = BIO_gets(rd, buf, sizeof(buf));
	printf("gets: %d \"%s\"\n", r, r > 0 ? buf : "");
	queue("gets");

	/* Fill the pipe or socket until the kernel says EAGAIN. */
	memset(chunk, 'f', sizeof(chunk));
	total = 0;
	errno = 0;
	while ((r = BIO_write(wr, chunk, (int)sizeof(chunk))) > 0)
		total += r;
	d = errno;
	show("write until full", wr, r);
	printf("errno EAGAIN: %d\n", d == EAGAIN);
	printf("filled: %d\n", total > 0);
	while (BIO_read(rd, chunk, (int)sizeof(chunk)) > 0)
		;
	show("drained", rd, -1);

	/* Freeing with BIO_CLOSE closes; end of file follows. */
	printf("set_close: %d\n", BIO_set_close(wr, BIO_CLOSE));
	printf("get_close: %d\n", BIO_get_close(wr));
	printf("free: %d\n", BIO_free(wr));
	printf("writer closed by free: %d\n", is_closed(fds[1]));
	r = BIO_read(rd, buf, sizeof(buf));
	show("read at eof", rd, r);
	printf("eof: %d\n", BIO_eof(rd));
	printf("free NOCLOSE: %d\n", BIO_free(rd));
	printf("reader still open: %d\n", !is_closed(fds[0]));

	/* BIO_new + BIO_set_fd; an unset BIO is not initialised. */
	u = BIO_new(is_socket ? BIO_s_socket() : BIO_s_fd());
	printf("unset init: %d\n", BIO_get_init(u));
	printf("unset get_fd: %ld\n", BIO_get_fd(u, NULL));
	printf("unset close: %d\n", BIO_get_close(u));
	r = BIO_read(u, buf, 4);
	show("unset read", u, r);
	queue("unset read");
	r = BIO_write(u, "x", 1);
	show("unset write", u, r);
	queue("unset write");
	printf("set_fd: %ld\n", BIO_set_fd(u, fds[0], BIO_CLOSE));
	printf("init: %d\n", BIO_get_init(u));
	printf("get_fd is the descriptor: %d\n", BIO_get_fd(u, NULL) == fds[0]);
	printf("get_close: %d\n", BIO_get_close(u));
	r = BIO_read(u, buf, sizeof(buf));
	show("read closed peer", u, r);
	printf("free: %d\n", BIO_free(u));
	printf("reader closed by free: %d\n", is_closed(fds[0]));
	queue(kind);
}

/* ------------------------------------------------------------------ */

/*
 * A method as curl and nginx write them: the BIO's data is an inner
 * memory BIO; writes take at most 8 bytes in all before asking for a
 * retry; every ctrl command is logged.
 */
static int n_create, n_destroy;

static int
wrap_create(BIO *b)
{
	n_create++;
	printf("  create: init=%d data=%s shutdown=%d\n", BIO_get_init(b),
	    BIO_get_data(b) != NULL ? "set" : "NULL", BIO_get_shutdown(b));
	BIO_set_data(b, BIO_new(BIO_s_mem()));
	BIO_set_init(b, 1);
	return 1;
}

static int
wrap_destroy(BIO *b)
{
	n_destroy++;
	printf("  destroy: init=%d\n", BIO_get_init(b));
	BIO_free(BIO_get_data(b));
	BIO_set_data(b, NULL);
	BIO_set_init(b, 0);
	return 1;
}

static int
wrap_read(BIO *b, char *buf, int len)
{
	BIO *inner = BIO_get_data(b);
	int n;

	BIO_clear_retry_flags(b);
	n = BIO_read(inner, buf, len);
	if (n <= 0 && BIO_should_retry(inner))
		BIO_set_retry_read(b);
	return n;
}

static int
wrap_write(BIO *b, const char *buf, int len)
{
	BIO *inner = BIO_get_data(b);
	int room = 8 - BIO_pending(inner);

	BIO_clear_retry_flags(b);
	if (room <= 0) {
		BIO_set_retry_write(b);
		return -1;
	}
	return BIO_write(inner, buf, len < room ? len : room);
}

static int
wrap_puts(BIO *b, const char *s)
{
	return wrap_write(b, s, (int)strlen(s));
}

static int
wrap_gets(BIO *b, char *buf, int size)
{
	return BIO_gets(BIO_get_data(b), buf, size);
}

static long
wrap_ctrl(BIO *b, int cmd, long num, void *ptr)
{
	BIO *inner = BIO_get_data(b);

	(void)ptr;
	printf("  ctrl: cmd=%d num=%ld\n", cmd, num);
	switch (cmd) {
	case BIO_CTRL_PENDING:
		return BIO_pending(inner);
	case BIO_CTRL_FLUSH:
		return 1;
	case BIO_CTRL_EOF:
		return 42;
	default:
		return 0;
	}
}

static long
wrap_callback_ctrl(BIO *b, int cmd, BIO_info_cb *fp)
{
	(void)b;
	printf("  callback_ctrl: cmd=%d fp=%s\n", cmd, fp != NULL ? "set" : "NULL");
	return 7;
}

static int
info_cb(BIO *b, int state, int res)
{
	(void)b;
	return state + res;
}

/* The same pipe through the _ex callbacks. */
static int
ex_read(BIO *b, char *buf, size_t len, size_t *got)
{
	int n = wrap_read(b, buf, (int)len);

	*got = n > 0 ? (size_t)n : 0;
	return n > 0;
}

static int
ex_write(BIO *b, const char *buf, size_t len, size_t *done)
{
	int n = wrap_write(b, buf, (int)len);

	*done = n > 0 ? (size_t)n : 0;
	return n > 0;
}

static int
refuse_create(BIO *b)
{
	(void)b;
	printf("  refuse_create\n");
	return 0;
}

static void
method_section(void)
{
	int first, second, type, r;
	BIO_METHOD *m, *ex, *bare, *refuse, *noinit;
	BIO *b, *e;
	char buf[64];
	size_t n;

	printf("== method\n");
	first = BIO_get_new_index();
	second = BIO_get_new_index();
	printf("new index: %d\n", first);
	printf("next index: %d\n", second);
	printf("type start: %d\n", BIO_TYPE_START);
	type = first | BIO_TYPE_SOURCE_SINK;

	m = BIO_meth_new(type, "wrapper");
	printf("meth_new: %s\n", m != NULL ? "ok" : "NULL");
	printf("set_write: %d\n", BIO_meth_set_write(m, wrap_write));
	printf("set_read: %d\n", BIO_meth_set_read(m, wrap_read));
	printf("set_puts: %d\n", BIO_meth_set_puts(m, wrap_puts));
	printf("set_gets: %d\n", BIO_meth_set_gets(m, wrap_gets));
	printf("set_ctrl: %d\n", BIO_meth_set_ctrl(m, wrap_ctrl));
	printf("set_create: %d\n", BIO_meth_set_create(m, wrap_create));
	printf("set_destroy: %d\n", BIO_meth_set_destroy(m, wrap_destroy));
	printf("set_callback_ctrl: %d\n", BIO_meth_set_callback_ctrl(m, wrap_callback_ctrl));
	printf("get_read: %d\n", BIO_meth_get_read(m) == wrap_read);
	printf("get_write: %d\n", BIO_meth_get_write(m) == wrap_write);
	printf("get_puts: %d\n", BIO_meth_get_puts(m) == wrap_puts);
	printf("get_gets: %d\n", BIO_meth_get_gets(m) == wrap_gets);
	printf("get_ctrl: %d\n", BIO_meth_get_ctrl(m) == wrap_ctrl);
	printf("get_create: %d\n", BIO_meth_get_create(m) == wrap_create);
	printf("get_destroy: %d\n", BIO_meth_get_destroy(m) == wrap_destroy);
	printf("get_callback_ctrl: %d\n", BIO_meth_get_callback_ctrl(m) == wrap_callback_ctrl);

	b = BIO_new(m);
	printf("new: %s creates %d\n", b != NULL ? "ok" : "NULL", n_create);
	printf("type: %d\n", BIO_method_type(b) == type);
	printf("name: %s\n", BIO_method_name(b));
	printf("init: %d\n", BIO_get_init(b));

	r = BIO_read(b, buf, sizeof(buf));
	show("read empty", b, r);
	r = BIO_write(b, "0123456789", 10);
	show("write 10", b, r);
	r = BIO_write(b, "89", 2);
	show("write when full", b, r);
	r = BIO_pending(b);
	printf("pending: %d\n", r);
	r = BIO_read(b, buf, 5);
	show("read 5", b, r);
	r = BIO_read_ex(b, buf, sizeof(buf), &n);
	printf("read_ex: %d readbytes %zu \"%.*s\"\n", r, n, (int)n, buf);
	r = BIO_read_ex(b, buf, sizeof(buf), &n);
	show("read_ex empty", b, r);
	printf("read_ex empty readbytes: %zu\n", n);
	r = BIO_write_ex(b, "abcdefghij", 10, &n);
	printf("write_ex: %d written %zu\n", r, n);
	r = BIO_puts(b, "zz");
	printf("puts when full: %d\n", r);
	r = BIO_gets(b, buf, sizeof(buf));
	printf("gets: %d \"%s\"\n", r, buf);
	r = BIO_puts(b, "p\n");
	printf("puts: %d\n", r);
	printf("flush: %d\n", BIO_flush(b));
	printf("eof: %d\n", BIO_eof(b));
	printf("ctrl 1234: %ld\n", BIO_ctrl(b, 1234, 56, NULL));
	printf("int_ctrl: %ld\n", BIO_int_ctrl(b, 1235, 3, 4));
	printf("ctrl_pending: %zu\n", BIO_ctrl_pending(b));
	printf("callback_ctrl: %ld\n", BIO_callback_ctrl(b, BIO_CTRL_SET_CALLBACK, info_cb));
	printf("callback_ctrl other cmd: %ld\n", BIO_callback_ctrl(b, BIO_CTRL_GET_CALLBACK, info_cb));
	queue("callback_ctrl other cmd");

	printf("up_ref: %d\n", BIO_up_ref(b));
	r = BIO_free(b);
	printf("free: %d destroys %d\n", r, n_destroy);
	r = BIO_free(b);
	printf("free: %d destroys %d\n", r, n_destroy);

	/* _ex callbacks serve BIO_read/BIO_write, and the reverse. */
	ex = BIO_meth_new(type, "wrapper-ex");
	BIO_meth_set_read_ex(ex, ex_read);
	BIO_meth_set_write_ex(ex, ex_write);
	BIO_meth_set_create(ex, wrap_create);
	BIO_meth_set_destroy(ex, wrap_destroy);
	printf("get_read_ex: %d\n", BIO_meth_get_read_ex(ex) == ex_read);
	printf("get_write_ex: %d\n", BIO_meth_get_write_ex(ex) == ex_write);
	printf("get_read of an _ex method: %d\n", BIO_meth_get_read(ex) == NULL);
	e = BIO_new(ex);
	r = BIO_write(e, "abc", 3);
	show("ex write", e, r);
	r = BIO_read(e, buf, sizeof(buf));
	show("ex read", e, r);
	r = BIO_read(e, buf, sizeof(buf));
	show("ex read empty", e, r);
	r = BIO_write_ex(e, "0123456789", 10, &n);
	printf("ex write_ex: %d written %zu\n", r, n);
	r = BIO_write(e, "x", 1);
	show("ex write full", e, r);
	r = BIO_puts(e, "x");
	printf("ex puts: %d\n", r);
	queue("ex puts");
	r = BIO_gets(e, buf, sizeof(buf));
	printf("ex gets: %d\n", r);
	queue("ex gets");
	r = (int)BIO_ctrl(e, BIO_CTRL_PENDING, 0, NULL);
	printf("ex ctrl: %d\n", r);
	queue("ex ctrl");
	printf("ex ctrl_pending: %zu\n", BIO_ctrl_pending(e));
	queue("ex ctrl_pending");
	r = (int)BIO_callback_ctrl(e, BIO_CTRL_SET_CALLBACK, info_cb);
	printf("ex callback_ctrl: %d\n", r);
	queue("ex callback_ctrl");
	BIO_free(e);

	/* No callbacks at all: BIO_new sets init itself; I/O is unsupported. */
	bare = BIO_meth_new(BIO_TYPE_NONE, "bare");
	e = BIO_new(bare);
	printf("bare init: %d\n", BIO_get_init(e));
	printf("bare type: %d\n", BIO_method_type(e));
	r = BIO_read(e, buf, 4);
	printf("bare read: %d\n", r);
	queue("bare read");
	r = BIO_write(e, "x", 1);
	printf("bare write: %d\n", r);
	queue("bare write");
	r = BIO_read_ex(e, buf, 4, &n);
	printf("bare read_ex: %d\n", r);
	queue("bare read_ex");
	printf("free: %d\n", BIO_free(e));
	BIO_meth_free(bare);

	/* A create that fails: no BIO, destroy is not called. */
	refuse = BIO_meth_new(type, "refuse");
	BIO_meth_set_create(refuse, refuse_create);
	BIO_meth_set_destroy(refuse, wrap_destroy);
	r = n_destroy;
	e = BIO_new(refuse);
	printf("refused new: %s destroys %d\n", e != NULL ? "ok" : "NULL", n_destroy - r);
	queue("refused new");
	BIO_meth_free(refuse);

	/* A create that leaves init 0: reads and writes are refused. */
	noinit = BIO_meth_new(type, "noinit");
	BIO_meth_set_read(noinit, wrap_read);
	BIO_meth_set_write(noinit, wrap_write);
	e = BIO_new(noinit);
	BIO_set_init(e, 0);
	printf("noinit init: %d\n", BIO_get_init(e));
	r = BIO_read(e, buf, 4);
	printf("noinit read: %d\n", r);
	queue("noinit read");
	r = BIO_write(e, "x", 1);
	printf("noinit write: %d\n", r);
	queue("noinit write");
	BIO_set_shutdown(e, 0);
	printf("shutdown: %d\n", BIO_get_shutdown(e));
	printf("data: %s\n", BIO_get_data(e) == NULL ? "NULL" : "set");
	BIO_set_data(e, buf);
	printf("data: %d\n", BIO_get_data(e) == (void *)buf);
	BIO_free(e);
	BIO_meth_free(noinit);
	BIO_meth_free(ex);
	BIO_meth_free(m);
	BIO_meth_free(NULL);
	queue("method");
}

static void
chain_section(void)
{
	BIO_METHOD *m;
	BIO *a, *b, *c, *r;
	char buf[16];

	printf("== chain\n");
	m = BIO_meth_new(BIO_TYPE_FILTER | 100, "filter");
	BIO_meth_set_ctrl(m, wrap_ctrl);
	BIO_meth_set_create(m, wrap_create);
	BIO_meth_set_destroy(m, wrap_destroy);
	n_destroy = 0;
	a = BIO_new(m);
	b = BIO_new(m);
	c = BIO_new(BIO_s_mem());
	printf("next of new: %d\n", BIO_next(a) == NULL);
	r = BIO_push(a, b);
	printf("push returns head: %d\n", r == a);
	printf("next a is b: %d\n", BIO_next(a) == b);
	printf("next b: %d\n", BIO_next(b) == NULL);
	r = BIO_push(a, c);
	printf("push appends at the tail: %d %d\n", r == a, BIO_next(b) == c);
	printf("next c: %d\n", BIO_next(c) == NULL);
	printf("push onto NULL: %d\n", BIO_push(NULL, c) == c);
	r = BIO_pop(b);
	printf("pop returns next: %d\n", r == c);
	printf("after pop, a -> c: %d\n", BIO_next(a) == c);
	printf("popped b is alone: %d\n", BIO_next(b) == NULL);
	r = BIO_pop(c);
	printf("pop tail returns NULL: %d\n", r == NULL);
	printf("after popping the tail, a alone: %d\n", BIO_next(a) == NULL);
	printf("pop NULL: %d\n", BIO_pop(NULL) == NULL);
	printf("next NULL: %d\n", BIO_next(NULL) == NULL);

	/* BIO_free_all frees down the chain and stops at a shared BIO. */
	BIO_push(a, b);
	BIO_push(a, c);
	printf("up_ref c: %d\n", BIO_up_ref(c));
	BIO_free_all(a);
	printf("destroys after free_all: %d\n", n_destroy);
	printf("c still works: %d\n", BIO_write(c, "abc", 3));
	printf("c read: %d\n", BIO_read(c, buf, sizeof(buf)));
	BIO_free(c);
	BIO_free_all(NULL);

	a = BIO_new(m);
	b = BIO_new(m);
	BIO_push(a, b);
	BIO_up_ref(b);
	BIO_free_all(a);
	printf("destroys, head only: %d\n", n_destroy);
	BIO_vfree(b);
	printf("destroys after vfree: %d\n", n_destroy);
	BIO_meth_free(m);
	queue("chain");
}

static void
flags_section(void)
{
	BIO *b = BIO_new(BIO_s_mem());

	printf("== flags\n");
	BIO_set_flags(b, 0x100);
	printf("test 0x100: %d\n", BIO_test_flags(b, 0x100));
	printf("test 0x1ff: %d\n", BIO_test_flags(b, 0x1ff));
	printf("get_flags: %d\n", BIO_get_flags(b));
	BIO_set_retry_special(b);
	printf("special: %d retry %d type %d\n", BIO_should_io_special(b) != 0,
	    BIO_should_retry(b) != 0, BIO_retry_type(b));
	BIO_set_retry_write(b);
	printf("retry flags: %d\n", BIO_get_retry_flags(b));
	BIO_clear_retry_flags(b);
	printf("after clear_retry_flags: %d\n", BIO_get_flags(b));
	BIO_set_retry_read(b);
	printf("retry read: %d %d\n", BIO_should_read(b) != 0, BIO_should_write(b) != 0);
	BIO_clear_flags(b, ~0);
	printf("after clear all: %d\n", BIO_get_flags(b));
	printf("retry reason: %d\n", BIO_get_retry_reason(b));
	BIO_set_retry_reason(b, BIO_RR_CONNECT);
	printf("retry reason set: %d\n", BIO_get_retry_reason(b));
	printf("up_ref: %d\n", BIO_up_ref(b));
	printf("free: %d\n", BIO_free(b));
	printf("still usable: %d\n", BIO_write(b, "x", 1));
	printf("free: %d\n", BIO_free(b));
	printf("free NULL: %d\n", BIO_free(NULL));
	BIO_vfree(NULL);
	printf("write NULL: %d\n", BIO_write(NULL, "x", 1));
	queue("write NULL");
	printf("read NULL: %d\n", BIO_read(NULL, "x", 1));
	queue("read NULL");
	printf("ctrl NULL: %ld\n", BIO_ctrl(NULL, BIO_CTRL_PENDING, 0, NULL));
	queue("ctrl NULL");
	printf("puts NULL: %d\n", BIO_puts(NULL, "x"));
	queue("puts NULL");
}

int
main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	mem_section();
	mem_buf_section();
	pair_section();
	descriptor_section("fd");
	descriptor_section("socket");
	method_section();
	chain_section();
	flags_section();
	printf("== end\n");
	return 0;
}
