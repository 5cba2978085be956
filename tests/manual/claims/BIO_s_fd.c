/* Claims of BIO_s_fd(3). */
#include "claims.h"

int
main(int argc, char *argv[])
{
	BIO *b, *r, *w, *m;
	char buf[64];
	int p[2], q[2], fd = -5, ret;
	FILE *f;

	claims_init(argc, argv);

	CHECK("BIO_s_fd returns a constant", BIO_s_fd() == BIO_s_fd());
	pipe(p);
	r = BIO_new_fd(p[0], BIO_NOCLOSE);
	w = BIO_new_fd(p[1], BIO_NOCLOSE);
	CHECK("a descriptor BIO reads and writes a pipe", BIO_write(w, "pipe", 4) == 4 && BIO_read(r, buf, sizeof(buf)) == 4 &&
	    memcmp(buf, "pipe", 4) == 0);
	CHECKV("its type is BIO_TYPE_FD", BIO_method_type(r), BIO_TYPE_FD);
	CHECK("BIO_get_fd returns the descriptor and stores it in *c", BIO_get_fd(r, &fd) == p[0] && fd == p[0]);
	CHECK("... c may be NULL", BIO_get_fd(r, NULL) == p[0]);
	fcntl(p[1], F_SETFL, O_NONBLOCK);
	{
		static char big[1 << 20];
		int total = 0;

		while ((ret = BIO_write(w, big, 4096)) > 0)
			total += ret;
		for (int k = 0; k < 8192 / (int)sizeof(buf); k++)
			BIO_read(r, buf, sizeof(buf));
		ret = BIO_write(w, big, 65536);
		CHECK("CAVEATS: BIO_write does not loop: a short count from write(2) is returned as it is",
		    ret > 0 && ret < 65536);
	}
	BIO_free(w);
	close(p[1]);
	while (BIO_read(r, buf, sizeof(buf)) > 0)
		;
	CHECK("a read returning 0 records end of file, which BIO_eof reports from then on",
	    BIO_read(r, buf, 4) == 0 && BIO_eof(r) == 1);
	BIO_free(r);
	close(p[0]);

	f = tmpfile();
	b = BIO_new_fd(fileno(f), BIO_NOCLOSE);
	CHECK("... and a file", BIO_write(b, "file", 4) == 4 && BIO_seek(b, 0) == 0 && BIO_read(b, buf, 4) == 4);
	BIO_free(b);
	fclose(f);
	CHECK("BIO_new_fd does not check the descriptor", (b = BIO_new_fd(999, BIO_NOCLOSE)) != NULL);
	BIO_free(b);

	/* BIO_new and BIO_set_fd. */
	b = BIO_new(BIO_s_fd());
	fd = -5;
	CHECK("made with BIO_new: not initialised, BIO_get_fd -1 leaving *c alone",
	    BIO_get_init(b) == 0 && BIO_get_fd(b, &fd) == -1 && fd == -5);
	pipe(p);
	CHECKV("BIO_set_fd returns 1", BIO_set_fd(b, p[0], BIO_CLOSE), 1);
	CHECK("... the descriptor is set, the BIO initialised", BIO_get_fd(b, NULL) == p[0] && BIO_get_init(b) == 1);
	close(p[1]);
	BIO_read(b, buf, 4);
	pipe(q);
	BIO_set_fd(b, q[0], BIO_NOCLOSE);
	CHECK("BIO_set_fd with the close flag not BIO_NOCLOSE closes the descriptor held before",
	    fcntl(p[0], F_GETFD) == -1);
	CHECK("... and clears all the flags of b", BIO_test_flags(b, BIO_FLAGS_IN_EOF) == 0 && BIO_eof(b) == 0);
	close(q[1]);
	BIO_read(b, buf, 4);
	pipe(p);
	BIO_set_fd(b, p[0], BIO_NOCLOSE);
	CHECK("CAVEATS: with BIO_NOCLOSE the old descriptor stays open and all flags are kept, the end-of-file mark too",
	    fcntl(q[0], F_GETFD) != -1 && BIO_eof(b) == 1);
	BIO_free(b);
	close(q[0]);
	close(p[0]);
	close(p[1]);
	b = BIO_new(BIO_s_socket());
	CHECKV("BIO_set_fd works on socket BIOs", BIO_set_fd(b, 0, BIO_NOCLOSE), 1);
	BIO_free(b);
	m = BIO_new(BIO_s_mem());
	OURS("given a built-in BIO of another kind, BIO_set_fd returns 0", BIO_set_fd(m, 0, BIO_NOCLOSE) == 0);
	CHECKV("BIO_get_fd of a memory BIO: 0", BIO_get_fd(m, NULL), 0);
	{
		BIO *a, *c;

		BIO_new_bio_pair(&a, 0, &c, 0);
		CHECKV("BIO_get_fd of an end of a pair: 0", BIO_get_fd(a, NULL), 0);
		BIO_free(a);
		BIO_free(c);
	}
	BIO_free(m);
	b = BIO_new(BIO_s_fd());
	OURS("BIO_C_SET_FD with a NULL parg: 0 with ERR_R_PASSED_NULL_PARAMETER",
	    BIO_ctrl(b, BIO_C_SET_FD, BIO_NOCLOSE, NULL) == 0 && queue_is(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER));
	BIO_free(b);
	return claims_end();
}
