/* Claims of BIO_get_data(3). */
#include "claims.h"

static int reads, ctrls;

static int
c_create(BIO *b)
{
	(void)b;
	return 1;		/* leaves init 0 */
}

static int
c_read(BIO *b, char *buf, int len)
{
	(void)b;
	(void)buf;
	(void)len;
	reads++;
	return 0;
}

static int
c_write(BIO *b, const char *buf, int len)
{
	(void)b;
	(void)buf;
	reads++;
	return len;
}

static int
c_puts(BIO *b, const char *s)
{
	(void)b;
	reads++;
	return (int)strlen(s);
}

static int
c_gets(BIO *b, char *buf, int size)
{
	(void)b;
	(void)size;
	reads++;
	buf[0] = '\0';
	return 0;
}

static long
c_ctrl(BIO *b, int cmd, long larg, void *parg)
{
	(void)parg;
	ctrls++;
	if (cmd == BIO_CTRL_GET_CLOSE)
		return BIO_get_shutdown(b);
	if (cmd == BIO_CTRL_SET_CLOSE) {
		BIO_set_shutdown(b, (int)larg);
		return 1;
	}
	return 0;
}

int
main(int argc, char *argv[])
{
	BIO_METHOD *m, *nocreate;
	BIO *b, *p1, *p2;
	char buf[8];
	static int state;
	int fds[2];

	claims_init(argc, argv);
	m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "state");
	BIO_meth_set_create(m, c_create);
	BIO_meth_set_read(m, c_read);
	BIO_meth_set_write(m, c_write);
	BIO_meth_set_puts(m, c_puts);
	BIO_meth_set_gets(m, c_gets);
	BIO_meth_set_ctrl(m, c_ctrl);
	b = BIO_new(m);
	CHECK("a new BIO holds NULL", BIO_get_data(b) == NULL);
	BIO_set_data(b, &state);
	CHECK("BIO_set_data stores the pointer and BIO_get_data returns it", BIO_get_data(b) == &state);
	CHECKV("a BIO of a method with a create function starts with the init flag at 0", BIO_get_init(b), 0);
	CHECK("while it is 0, BIO_read fails with BIO_R_UNINITIALIZED without calling the method",
	    BIO_read(b, buf, 1) < 0 && reads == 0 && queue_is(ERR_LIB_BIO, BIO_R_UNINITIALIZED));
	CHECK("... BIO_write, BIO_gets and BIO_puts too", BIO_write(b, "x", 1) < 0 && BIO_puts(b, "x") < 0 &&
	    BIO_gets(b, buf, sizeof(buf)) < 0 && reads == 0 && queue_is(ERR_LIB_BIO, BIO_R_UNINITIALIZED));
	ERR_clear_error();
	CHECK("commands sent with BIO_ctrl still reach it", (BIO_ctrl(b, 5555, 0, NULL), ctrls == 1));
	BIO_set_init(b, 7);
	OURS("BIO_set_init with a value other than 0 sets the flag to 1", BIO_get_init(b) == 1 &&
	    BIO_read(b, buf, 1) == 0 && reads == 1);
	BIO_set_init(b, 0);
	CHECKV("BIO_set_init with 0 clears it", BIO_get_init(b), 0);
	CHECKV("a new BIO has BIO_CLOSE", BIO_get_shutdown(b), BIO_CLOSE);
	BIO_set_shutdown(b, BIO_NOCLOSE);
	CHECKV("BIO_set_shutdown sets the close flag, BIO_get_shutdown returns it", BIO_get_shutdown(b), BIO_NOCLOSE);
	ctrls = 0;
	CHECK("for a method defined in C, BIO_get_close goes to its ctrl function", BIO_get_close(b) == BIO_NOCLOSE &&
	    ctrls == 1);
	BIO_free(b);
	CHECKV("destroying the BIO does not free what the pointer points to", state, 0);

	nocreate = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "plain");
	b = BIO_new(nocreate);
	CHECKV("without a create function the init flag starts at 1", BIO_get_init(b), 1);
	BIO_free(b);

	b = BIO_new(BIO_s_mem());
	CHECKV("a memory BIO always has it at 1", BIO_get_init(b), 1);
	BIO_set_shutdown(b, BIO_NOCLOSE);
	CHECKV("for a built-in BIO it is the flag BIO_get_close reads", BIO_get_close(b), BIO_NOCLOSE);
	BIO_set_close(b, BIO_CLOSE);
	CHECKV("... and BIO_set_close changes", BIO_get_shutdown(b), BIO_CLOSE);
	BIO_free(b);
	b = BIO_new(BIO_s_socket());
	socketpair(AF_UNIX, SOCK_STREAM, 0, fds);
	CHECK("a socket BIO has the flag at 1 once it has a descriptor", BIO_get_init(b) == 0 &&
	    (BIO_set_fd(b, fds[0], BIO_NOCLOSE), BIO_get_init(b) == 1));
	BIO_free(b);
	close(fds[0]);
	close(fds[1]);
	BIO_new_bio_pair(&p1, 0, &p2, 0);
	CHECK("an end of a pair while it is connected", BIO_get_init(p1) == 1 &&
	    (BIO_destroy_bio_pair(p1), BIO_get_init(p1) == 0));
	BIO_free(p1);
	BIO_free(p2);
	b = BIO_new(BIO_s_fd());
	BIO_set_init(b, 1);
	ERR_clear_error();
	errno = 0;
	OURS("CAVEATS: a descriptor BIO marked initialised without a descriptor fails with EBADF",
	    BIO_read(b, buf, 1) == -1 && errno == EBADF);
	BIO_free(b);

	OURS("BIO_get_data(NULL): NULL with ERR_R_PASSED_NULL_PARAMETER",
	    BIO_get_data(NULL) == NULL && queue_is(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER));
	OURS("BIO_get_init of a BIO that is not live: 0 with ERR_R_PASSED_INVALID_ARGUMENT",
	    BIO_get_init((BIO *)m) == 0 && queue_is(ERR_LIB_BIO, ERR_R_PASSED_INVALID_ARGUMENT));
	OURS("BIO_get_shutdown(NULL): 0", BIO_get_shutdown(NULL) == 0);
	ERR_clear_error();
#ifndef ORACLE
	BIO_set_data(NULL, &state);
#endif
	OURS("BIO_set_data(NULL, ...) does nothing but push ERR_R_PASSED_NULL_PARAMETER",
	    queue_is(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER));
	BIO_meth_free(m);
	BIO_meth_free(nocreate);
	return claims_end();
}
