/* Claims of SSL_set_bio(3). */
#include "claims.h"

static BIO_METHOD *m;
static int dead[16];
static int flushes, flush_answer, fail_read_with_error;

static int
mark_dead(BIO *b)
{
	int *flag = BIO_get_data(b);

	if (flag != NULL)
		*flag = 1;
	return 1;
}

static BIO *
counted(int i)
{
	BIO *b = BIO_new(m);

	dead[i] = 0;
	BIO_set_data(b, &dead[i]);
	return b;
}

/* A write BIO that passes bytes on to a memory BIO and counts flushes. */
static int
fwd_write(BIO *b, const char *data, int len)
{
	BIO_clear_retry_flags(b);
	return BIO_write(BIO_next(b), data, len);
}

static int
fwd_read(BIO *b, char *data, int len)
{
	int n;
	char small[4];

	if (fail_read_with_error) {
		BIO_gets(b, small, -1);	/* leaves BIO_R_INVALID_ARGUMENT */
		return -1;
	}
	BIO_clear_retry_flags(b);
	n = BIO_read(BIO_next(b), data, len);
	if (n <= 0 && BIO_should_retry(BIO_next(b)))
		BIO_set_retry_read(b);
	return n;
}

static long
fwd_ctrl(BIO *b, int cmd, long larg, void *parg)
{
	(void)b;
	(void)larg;
	(void)parg;
	if (cmd == BIO_CTRL_FLUSH) {
		flushes++;
		return flush_answer;
	}
	return 0;
}

int
main(int argc, char *argv[])
{
	SSL_CTX *cctx, *sctx;
	SSL *ssl;
	BIO *a, *b, *x, *y;
	BIO_METHOD *fm;
	struct relay r;
	char buf[64];
	int ret;

	claims_init(argc, argv);
	cctx = SSL_CTX_new(TLS_client_method());
	sctx = server_ctx(TLS_server_method(), "ec");
	m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "counted");
	BIO_meth_set_destroy(m, mark_dead);

	/* References held. */
	ssl = SSL_new(cctx);
	a = counted(0);
	b = counted(1);
	SSL_set_bio(ssl, a, b);
	CHECK("SSL_get_rbio and SSL_get_wbio return the BIOs", SSL_get_rbio(ssl) == a && SSL_get_wbio(ssl) == b);
	SSL_free(ssl);
	CHECK("SSL_free gives up one reference to each BIO, freeing them", dead[0] && dead[1]);
	ssl = SSL_new(cctx);
	a = counted(0);
	SSL_set_bio(ssl, a, a);
	SSL_free(ssl);
	CHECK("one BIO serving both directions: the connection holds two references, both given up", dead[0]);
	ssl = SSL_new(cctx);
	a = counted(0);
	b = counted(1);
	BIO_push(a, b);
	SSL_set_bio(ssl, a, a);
	SSL_free(ssl);
	CHECK("giving up a BIO frees the BIOs after it in its chain", dead[0] && dead[1]);
	ssl = SSL_new(cctx);
	a = counted(0);
	BIO_up_ref(a);
	SSL_set_bio(ssl, a, a);
	SSL_free(ssl);
	CHECK("a BIO somebody else holds survives; a program keeps one with BIO_up_ref", !dead[0]);
	BIO_free(a);
	CHECK("... until that reference is given up", dead[0]);

	/* SSL_set0_rbio and SSL_set0_wbio. */
	ssl = SSL_new(cctx);
	a = counted(0);
	b = counted(1);
	SSL_set0_rbio(ssl, a);
	SSL_set0_wbio(ssl, b);
	CHECK("SSL_set0_rbio and SSL_set0_wbio set one direction each", SSL_get_rbio(ssl) == a && SSL_get_wbio(ssl) == b);
	x = counted(2);
	SSL_set0_rbio(ssl, x);
	CHECK("SSL_set0_rbio gives up the previous read BIO", dead[0] && !dead[2]);
	SSL_set0_wbio(ssl, NULL);
	CHECK("SSL_set0_wbio(NULL) leaves that direction without a BIO, giving up the old one",
	    SSL_get_wbio(ssl) == NULL && dead[1]);
	SSL_free(ssl);
	CHECK("SSL_set0_rbio took over the caller's reference", dead[2]);

	/* The rules of SSL_set_bio. */
	ssl = SSL_new(cctx);
	a = counted(0);
	b = counted(1);
	SSL_set_bio(ssl, a, b);
	BIO_up_ref(a);
	BIO_up_ref(b);
	SSL_set_bio(ssl, a, b);
	SSL_free(ssl);
	CHECK("rule 1: the same two BIOs again: nothing is done, no reference taken",
	    !dead[0] && !dead[1]);
	BIO_free(a);
	BIO_free(b);
	CHECK("rule 1: ... the caller's references are its own", dead[0] && dead[1]);

	ssl = SSL_new(cctx);
	a = counted(0);
	SSL_set_bio(ssl, a, a);
	SSL_free(ssl);
	CHECK("rule 2: one new BIO for both: one reference taken over, the second added", dead[0]);
	ssl = SSL_new(cctx);
	a = counted(0);
	b = counted(1);
	SSL_set_bio(ssl, a, b);
	SSL_set_bio(ssl, b, b);
	CHECK("rule 2: one BIO for both that was already in one place: none taken over, the old read BIO given up",
	    dead[0] && !dead[1]);
	SSL_free(ssl);
	CHECK("rule 2: ... and the connection gives up both its references at the end", dead[1]);

	ssl = SSL_new(cctx);
	a = counted(0);
	b = counted(1);
	SSL_set_bio(ssl, a, b);
	x = counted(2);
	SSL_set_bio(ssl, a, x);
	CHECK("rule 3: rbio is the old read BIO: only the write BIO changes", !dead[0] && dead[1] && !dead[2]);
	SSL_free(ssl);
	CHECK("rule 3: ... one reference to wbio taken over", dead[0] && dead[2]);

	ssl = SSL_new(cctx);
	a = counted(0);
	b = counted(1);
	SSL_set_bio(ssl, a, b);
	x = counted(2);
	SSL_set_bio(ssl, x, b);
	CHECK("rule 4: wbio is the old write BIO and the old ones differed: only the read BIO changes",
	    dead[0] && !dead[1] && !dead[2]);
	SSL_free(ssl);
	CHECK("rule 4: ... one reference to rbio taken over", dead[1] && dead[2]);

	ssl = SSL_new(cctx);
	a = counted(0);
	SSL_set_bio(ssl, a, a);
	x = counted(2);
	BIO_up_ref(a);		/* the caller holds one reference */
	SSL_set_bio(ssl, x, a);
	CHECK("rule 5: wbio was also the old read BIO: both references given up, one of the caller's taken",
	    !dead[0] && !dead[2] && SSL_get_rbio(ssl) == x && SSL_get_wbio(ssl) == a);
	SSL_free(ssl);
	CHECK("rule 5: ... so the connection held the BIO's last reference", dead[0] && dead[2]);
	ssl = SSL_new(cctx);
	a = counted(0);
	b = counted(1);
	SSL_set_bio(ssl, a, b);
	x = counted(2);
	y = counted(3);
	SSL_set_bio(ssl, x, y);
	CHECK("rule 5: two new BIOs: both places set, the old BIOs given up", dead[0] && dead[1] && !dead[2] && !dead[3]);
	SSL_free(ssl);
	CHECK("rule 5: ... one reference taken over for each", dead[2] && dead[3]);

	ERR_clear_error();	/* BIO_push to a method without ctrl left entries */

	/* Flushing. */
	fm = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_FILTER, "forward");
	BIO_meth_set_write(fm, fwd_write);
	BIO_meth_set_read(fm, fwd_read);
	BIO_meth_set_ctrl(fm, fwd_ctrl);
	relay_new(&r, cctx, sctx);
	{
		BIO *w = BIO_new(fm), *rd = BIO_new(fm);

		BIO_up_ref(r.c_out);
		BIO_up_ref(r.c_in);
		BIO_push(w, r.c_out);
		BIO_push(rd, r.c_in);
		SSL_set_bio(r.c, rd, w);
	}
	flush_answer = 1;
	flushes = 0;
	SSL_connect(r.c);
	CHECK("after writing a flight of handshake messages it sends BIO_CTRL_FLUSH", flushes >= 1);
	flush_answer = 0;
	OURS("a flush answered with 0 and no retry flag is ignored",
	    relay_handshake(&r, NULL, NULL));
	flush_answer = 1;
	flushes = 0;
	ERR_clear_error();
	SSL_write(r.c, "x", 1);
	OURS("after writing application data it sends BIO_CTRL_FLUSH", flushes >= 1);
	fail_read_with_error = 1;
	ERR_clear_error();
	ret = SSL_read(r.c, buf, sizeof(buf));
	CHECK("a read BIO that fails and puts an entry on the queue: -1 and SSL_ERROR_SSL",
	    ret == -1 && SSL_get_error(r.c, ret) == SSL_ERROR_SSL);
	ERR_clear_error();
	fail_read_with_error = 0;
	relay_free(&r);		/* BIO_free_all: the memory BIOs go with the filters */

	/* Replacing BIOs later. */
	{
		SSL *c = SSL_new(cctx), *s = SSL_new(sctx);
		static char big[40000];
		BIO *mem = BIO_new(BIO_s_mem());

		join_pair(c, s, 4096);
		SSL_set_connect_state(c);
		SSL_set_accept_state(s);
		handshake_both(c, s);
		ret = SSL_write(c, big, sizeof(big));
		ERR_clear_error();
		BIO_up_ref(mem);
		SSL_set0_wbio(c, mem);
		ret = SSL_write(c, big, sizeof(big));
		OURS("what a connection still had to write goes to the new write BIO",
		    ret == (int)sizeof(big) && BIO_pending(mem) > 0);
		BIO_free(mem);
		SSL_free(c);
		SSL_free(s);
	}

	/* SSL_set_fd's BIO, and bad arguments. */
	{
		int fds[2];

		socketpair(AF_UNIX, SOCK_STREAM, 0, fds);
		ssl = SSL_new(cctx);
		SSL_set_fd(ssl, fds[0]);
		CHECK("the socket BIO of SSL_set_fd can be obtained; its close flag is BIO_NOCLOSE",
		    SSL_get_rbio(ssl) != NULL && BIO_get_close(SSL_get_rbio(ssl)) == BIO_NOCLOSE);
		SSL_free(ssl);
		close(fds[0]);
		close(fds[1]);
	}
	ERR_clear_error();
	ssl = SSL_new(cctx);
	CHECK("no BIO set: SSL_get_rbio and SSL_get_wbio return NULL",
	    SSL_get_rbio(ssl) == NULL && SSL_get_wbio(ssl) == NULL);
	a = counted(0);
#ifndef ORACLE
	SSL_set_bio(ssl, a, (BIO *)cctx);
#endif
	OURS("a BIO argument that is not a live BIO: ERR_R_PASSED_INVALID_ARGUMENT and nothing changed",
	    queue_is(ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT) && SSL_get_rbio(ssl) == NULL && !dead[0]);
	BIO_free(a);
	SSL_free(ssl);
#ifndef ORACLE
	SSL_set_bio(NULL, NULL, NULL);
#endif
	OURS("SSL_set_bio(NULL, ...): ERR_R_PASSED_NULL_PARAMETER", queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));
	OURS("SSL_get_rbio(NULL) is NULL", SSL_get_rbio(NULL) == NULL);
	ERR_clear_error();
	OURS("SSL_get_wbio of an object that is not live is NULL with ERR_R_PASSED_INVALID_ARGUMENT",
	    SSL_get_wbio((SSL *)cctx) == NULL && queue_is(ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT));
	ERR_clear_error();

	BIO_meth_free(m);
	BIO_meth_free(fm);
	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	return claims_end();
}
