/* Claims of BIO_push(3). */
#include "claims.h"

static int last_cmd;
static void *last_parg;
static BIO *last_bio;

static long
c_ctrl(BIO *b, int cmd, long larg, void *parg)
{
	(void)larg;
	last_bio = b;
	last_cmd = cmd;
	last_parg = parg;
	return 1;
}

int
main(int argc, char *argv[])
{
	BIO_METHOD *fm, *bare;
	BIO *a, *b, *c, *d, *e;
	char buf[16];

	claims_init(argc, argv);
	fm = BIO_meth_new(BIO_TYPE_FILTER | 110, "filter");
	BIO_meth_set_ctrl(fm, c_ctrl);
	a = BIO_new(fm);
	b = BIO_new(fm);
	c = BIO_new(BIO_s_mem());
	d = BIO_new(fm);
	e = BIO_new(fm);

	CHECK("BIO_push appends append after the last BIO of the chain and returns b",
	    BIO_push(a, b) == a && BIO_next(a) == b && BIO_push(a, c) == a && BIO_next(b) == c);
	CHECK("... then sends BIO_CTRL_PUSH to b, with the BIO append was attached to as parg",
	    last_bio == a && last_cmd == BIO_CTRL_PUSH && last_parg == b);
	BIO_push(d, e);
	BIO_push(c, d);
	CHECK("append comes with the BIOs that follow it", BIO_next(c) == d && BIO_next(d) == e);
	last_cmd = 0;
	CHECK("append NULL: nothing appended, the command still sent", BIO_push(e, NULL) == e && BIO_next(e) == NULL &&
	    last_cmd == BIO_CTRL_PUSH);
	CHECK("b NULL: append returned, nothing else", BIO_push(NULL, a) == a);
	/* OpenSSL makes the loop. */
	OURS("a loop is refused: append already in the chain of b", BIO_push(a, c) == NULL && BIO_next(c) == d);
	OURS("... with ERR_R_PASSED_INVALID_ARGUMENT", queue_is(ERR_LIB_BIO, ERR_R_PASSED_INVALID_ARGUMENT));
	OURS("a loop is refused: b follows append", BIO_push(d, a) == NULL && BIO_next(e) == NULL);
	ERR_clear_error();
	{
		char x[4];

		OURS("an operation acts on that BIO alone, never passed down the chain", BIO_read(a, x, 4) == -2);
		ERR_clear_error();
	}
	last_cmd = 0;
	CHECK("BIO_pop sends BIO_CTRL_POP with b itself as parg, and returns the BIO that followed",
	    BIO_pop(b) == c && last_bio == b && last_cmd == BIO_CTRL_POP && last_parg == b);
	CHECK("... joining the BIO before it to the BIO after it; b is alone", BIO_next(a) == c && BIO_next(b) == NULL);
	CHECK("BIO_pop of the last BIO: NULL", BIO_pop(e) == NULL && BIO_next(d) == NULL);
	CHECK("BIO_next returns the BIO after b", BIO_next(a) == c && BIO_next(c) == d);
	CHECK("BIO_next of the last BIO: NULL", BIO_next(d) == NULL);

	/* BIO_set_next. */
	last_cmd = 0;
	BIO_set_next(d, e);
	CHECK("BIO_set_next makes next the BIO after b, sending no command", BIO_next(d) == e && last_cmd == 0);
	BIO_pop(e);
	OURS("it does not tell next which BIO precedes it: a later BIO_pop of next leaves b pointing at it",
	    BIO_next(d) == e);
	BIO_set_next(d, NULL);
	CHECK("BIO_set_next with NULL makes b the last BIO", BIO_next(d) == NULL);
	BIO_push(d, b);
	OURS("BIO_set_next refuses to make a loop", (BIO_set_next(b, a), BIO_next(b) == NULL) &&
	    queue_is(ERR_LIB_BIO, ERR_R_PASSED_INVALID_ARGUMENT));
	BIO_pop(b);

	/* BIO_find_type. */
	CHECK("BIO_find_type: the first BIO of the type", BIO_find_type(a, BIO_TYPE_MEM) == c);
	CHECK("... with the low bits 0, the first with any of the class bits",
	    BIO_find_type(a, BIO_TYPE_SOURCE_SINK) == c && BIO_find_type(a, BIO_TYPE_FILTER) == a);
	CHECK("... none: NULL", BIO_find_type(a, BIO_TYPE_FD) == NULL);
	CHECK("... BIO_TYPE_NONE: NULL", BIO_find_type(a, BIO_TYPE_NONE) == NULL);
	OURS("BIO_find_type(NULL): NULL with ERR_R_PASSED_NULL_PARAMETER",
	    BIO_find_type(NULL, BIO_TYPE_MEM) == NULL && queue_is(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER));

	/* A chain holds no references. */
	BIO_free(c);
	BIO_set_next(a, NULL);
	CHECK("a chain holds no references: BIO_free destroys a BIO that is in one", BIO_next(a) == NULL);
	BIO_free_all(a);
	BIO_free(b);
	BIO_free(d);
	BIO_free(e);

	/* CAVEATS: no ctrl function. */
	bare = BIO_meth_new(BIO_TYPE_FILTER | 111, "no ctrl");
	a = BIO_new(bare);
	b = BIO_new(BIO_s_mem());
	ERR_clear_error();
	CHECK("CAVEATS: without a ctrl function BIO_push still does its work", BIO_push(a, b) == a && BIO_next(a) == b);
	CHECK("... but leaves BIO_R_UNSUPPORTED_METHOD on the queue", queue_is(ERR_LIB_BIO, BIO_R_UNSUPPORTED_METHOD));
	CHECK("... and BIO_pop too", BIO_pop(a) == b && BIO_next(a) == NULL &&
	    queue_is(ERR_LIB_BIO, BIO_R_UNSUPPORTED_METHOD));
	BIO_free(a);
	BIO_free(b);

	OURS("BIO_pop(NULL) and BIO_next(NULL): NULL", BIO_pop(NULL) == NULL && BIO_next(NULL) == NULL);
	OURS("BIO_push of a BIO that is not live: NULL", BIO_push((BIO *)fm, NULL) == NULL &&
	    queue_is(ERR_LIB_BIO, ERR_R_PASSED_INVALID_ARGUMENT));
	OURS("BIO_set_next(NULL, ...): ERR_R_PASSED_NULL_PARAMETER",
	    (BIO_set_next(NULL, NULL), queue_is(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER)));
	(void)buf;
	BIO_meth_free(fm);
	BIO_meth_free(bare);
	return claims_end();
}
