/* Claims of BIO_new_bio_pair(3). */
#include "claims.h"

int
main(int argc, char *argv[])
{
	BIO *a, *b, *x, *y, *m;
	char buf[512];
	int ret;

	claims_init(argc, argv);

	CHECK("BIO_s_bio returns a constant", BIO_s_bio() == BIO_s_bio());
	x = BIO_new(BIO_s_bio());
	y = BIO_new(BIO_s_bio());
	CHECK("an end made with BIO_new: type BIO_TYPE_BIO, not initialised", BIO_method_type(x) == BIO_TYPE_BIO &&
	    BIO_get_init(x) == 0);
	CHECKV("the default buffer size is 17408", BIO_get_write_buf_size(x, 0), 17408);
	CHECKV("BIO_set_write_buf_size returns 1 on an end that is not connected", BIO_set_write_buf_size(x, 8), 1);
	CHECKV("BIO_get_write_buf_size returns it", BIO_get_write_buf_size(x, 12345), 8);
	CHECKV("BIO_make_bio_pair connects two ends and returns 1", BIO_make_bio_pair(x, y), 1);
	CHECK("... both are initialised", BIO_get_init(x) == 1 && BIO_get_init(y) == 1);
	CHECK("BIO_set_write_buf_size on a connected end: 0 with BIO_R_IN_USE",
	    BIO_set_write_buf_size(x, 16) == 0 && queue_is(ERR_LIB_BIO, BIO_R_IN_USE));
	CHECK("BIO_make_bio_pair on a connected end: 0 with BIO_R_IN_USE",
	    BIO_make_bio_pair(x, y) == 0 && queue_is(ERR_LIB_BIO, BIO_R_IN_USE));
	CHECKV("a write copies as many bytes as there is room for", BIO_write(x, "0123456789", 10), 8);
	CHECK("a full buffer: -1 with SHOULD_RETRY and WRITE", BIO_write(x, "x", 1) == -1 && BIO_should_retry(x) &&
	    BIO_should_write(x));
	CHECKV("a read takes the bytes waiting, up to the length asked", BIO_read(y, buf, 5), 5);
	CHECKV("BIO_ctrl_get_write_guarantee: the free room", BIO_ctrl_get_write_guarantee(x), 5);
	CHECKV("BIO_get_write_guarantee is the same as an int", BIO_get_write_guarantee(x), 5);
	BIO_read(y, buf, 3);
	CHECK("nothing waiting: -1 with SHOULD_RETRY and READ", BIO_read(y, buf, 100) == -1 && BIO_should_retry(y) &&
	    BIO_should_read(y));
	CHECKV("BIO_ctrl_get_read_request: the length the other end asked for, at most the buffer size",
	    BIO_ctrl_get_read_request(x), 8);
	BIO_read(y, buf, 3);
	CHECKV("BIO_get_read_request is the same as an int", BIO_get_read_request(x), 3);
	CHECKV("BIO_ctrl_reset_read_request returns 1", BIO_ctrl_reset_read_request(x), 1);
	CHECKV("... and sets the request back to 0", BIO_ctrl_get_read_request(x), 0);
	BIO_read(y, buf, 3);
	BIO_write(x, "a", 1);
	CHECKV("a write to the end sets it back to 0", BIO_ctrl_get_read_request(x), 0);
	BIO_read(y, buf, 10);
	BIO_read(y, buf, 4);
	BIO_read(y, buf, 2);
	CHECKV("so does the next read from the other end, successful or not", BIO_ctrl_get_read_request(x), 2);
	CHECKV("BIO_shutdown_wr returns 1", BIO_shutdown_wr(x), 1);
	CHECK("after it writes fail with BIO_R_BROKEN_PIPE", BIO_write(x, "z", 1) == -1 &&
	    queue_is(ERR_LIB_BIO, BIO_R_BROKEN_PIPE));
	CHECKV("... and the write guarantee is 0", BIO_ctrl_get_write_guarantee(x), 0);
	CHECKV("the other end then reads end of file: 0", BIO_read(y, buf, 4), 0);
	BIO_write(y, "back", 4);
	CHECKV("BIO_destroy_bio_pair returns 1", BIO_destroy_bio_pair(x), 1);
	CHECK("... both ends become not initialised, what was left is discarded",
	    BIO_get_init(x) == 0 && BIO_get_init(y) == 0 && BIO_pending(x) == 0);
	CHECKV("the write guarantee of an end that is not connected is 0", BIO_ctrl_get_write_guarantee(x), 0);
	BIO_free(x);
	BIO_free(y);

	CHECKV("BIO_new_bio_pair returns 1", BIO_new_bio_pair(&a, 0, &b, 100), 1);
	CHECK("sizes of 0 mean the default", BIO_ctrl_get_write_guarantee(a) == 17408 &&
	    BIO_ctrl_get_write_guarantee(b) == 100);
	CHECK("the two ends are connected: what is written to one is read from the other",
	    BIO_write(a, "hi", 2) == 2 && BIO_read(b, buf, sizeof(buf)) == 2 && memcmp(buf, "hi", 2) == 0);
	CHECKV("the caller gets one reference to each end", BIO_free(a), 1);
	CHECKV("... freeing one end disconnects the other", BIO_get_init(b), 0);
	BIO_free(b);

	/* Wrong arguments. */
	x = BIO_new(BIO_s_bio());
	CHECK("BIO_set_write_buf_size with 0: BIO_R_INVALID_ARGUMENT", BIO_set_write_buf_size(x, 0) == 0 &&
	    queue_is(ERR_LIB_BIO, BIO_R_INVALID_ARGUMENT));
	y = BIO_new(BIO_s_bio());
	OURS("a buffer size larger than 2147483591: the pair cannot be made, ERR_R_MALLOC_FAILURE",
	    BIO_set_write_buf_size(x, 2147483592L) == 1 && BIO_make_bio_pair(x, y) == 0 &&
	    queue_is(ERR_LIB_BIO, ERR_R_MALLOC_FAILURE));
	BIO_set_write_buf_size(x, 64);
	BIO_free(y);
	ERR_clear_error();
	m = BIO_new(BIO_s_mem());
	OURS("BIO_make_bio_pair with a second BIO that is not an end: 0 with BIO_R_INVALID_ARGUMENT",
	    BIO_make_bio_pair(x, m) == 0 && queue_is(ERR_LIB_BIO, BIO_R_INVALID_ARGUMENT));
	OURS("BIO_make_bio_pair with a NULL b2: ERR_R_PASSED_NULL_PARAMETER",
	    BIO_make_bio_pair(x, NULL) == 0 && queue_is(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER));
	CHECK("given a built-in BIO that is not an end, the functions return 0",
	    BIO_ctrl_get_write_guarantee(m) == 0 && BIO_ctrl_get_read_request(m) == 0 && BIO_shutdown_wr(m) == 0 &&
	    BIO_destroy_bio_pair(m) == 0 && BIO_set_write_buf_size(m, 10) == 0 && BIO_get_write_buf_size(m, 0) == 0);
	ERR_clear_error();
	OURS("CAVEATS: BIO_make_bio_pair accepts the same end twice; it reads back what it writes",
	    BIO_make_bio_pair(x, x) == 1 && BIO_write(x, "self", 4) == 4 && BIO_read(x, buf, 4) == 4 &&
	    memcmp(buf, "self", 4) == 0);
	BIO_free(m);
	BIO_free(x);
	a = b = (BIO *)1;
	OURS("BIO_new_bio_pair with a NULL bio1: 0, ERR_R_PASSED_NULL_PARAMETER",
	    BIO_new_bio_pair(NULL, 0, &b, 0) == 0 && queue_is(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER));
	a = b = (BIO *)1;
	OURS("on failure BIO_new_bio_pair sets both to NULL", BIO_new_bio_pair(&a, 0, &b, 2147483592UL) == 0 &&
	    a == NULL && b == NULL);
	ERR_clear_error();
	OURS("BIO_ctrl_get_write_guarantee and BIO_ctrl_get_read_request of NULL: (size_t)-1",
	    BIO_ctrl_get_write_guarantee(NULL) == (size_t)-1 && BIO_ctrl_get_read_request(NULL) == (size_t)-1);
	OURS("BIO_ctrl_reset_read_request of NULL: 1", BIO_ctrl_reset_read_request(NULL) == 1);
	OURS("the macros of NULL: -1", BIO_get_write_guarantee(NULL) == -1 && BIO_get_read_request(NULL) == -1);
	ERR_clear_error();
	(void)ret;
	return claims_end();
}
