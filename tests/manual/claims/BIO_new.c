/* Claims of BIO_new(3). */
#include <pthread.h>

#include "claims.h"

static int created, destroyed, create_answer = 1;

static int
c_create(BIO *b)
{
	created++;
	BIO_set_init(b, 1);
	return create_answer;
}

static int
c_destroy(BIO *b)
{
	(void)b;
	destroyed++;
	return 1;
}

static BIO *shared_bio;

static void *
hammer(void *arg)
{
	(void)arg;
	for (int i = 0; i < 10000; i++) {
		BIO_up_ref(shared_bio);
		BIO_free(shared_bio);
	}
	return NULL;
}

int
main(int argc, char *argv[])
{
	BIO_METHOD *m;
	BIO *b, *a, *x, *y;
	char buf[16], *data;
	int fds[2], n;

	claims_init(argc, argv);

	CHECK("the built-in methods are constants",
	    BIO_s_mem() == BIO_s_mem() && BIO_s_fd() == BIO_s_fd() && BIO_s_socket() == BIO_s_socket() &&
	    BIO_s_bio() == BIO_s_bio());
	b = BIO_new(BIO_s_mem());
	CHECK("a memory BIO is ready at once", b != NULL && BIO_get_init(b) == 1 && BIO_write(b, "hello", 5) == 5);
	CHECKV("EXAMPLES: the bytes are read back", BIO_read(b, buf, sizeof(buf)), 5);
	CHECKV("the close flag is BIO_CLOSE unless changed", BIO_get_close(b), BIO_CLOSE);
	CHECKV("BIO_method_type: BIO_TYPE_MEM", BIO_method_type(b), BIO_TYPE_MEM);
	CHECKS("BIO_method_name: memory buffer", BIO_method_name(b), "memory buffer");
	CHECKV("BIO_up_ref returns 1", BIO_up_ref(b), 1);
	CHECKV("BIO_free returns 1", BIO_free(b), 1);
	CHECK("the BIO lives while a reference remains", BIO_write(b, "x", 1) == 1);
	BIO_free(b);
	OURS("the last BIO_free destroys it: the pointer is no longer valid",
	    BIO_up_ref(b) == 0 && queue_is(ERR_LIB_BIO, ERR_R_PASSED_INVALID_ARGUMENT));

	b = BIO_new(BIO_s_mem());
	BIO_write(b, "kept", 4);
	BIO_get_mem_data(b, &data);
	BIO_set_close(b, BIO_NOCLOSE);
	BIO_free(b);
	CHECK("a memory BIO with BIO_NOCLOSE does not free its buffer", memcmp(data, "kept", 4) == 0);
	{
		static const char text[] = "caller's bytes";

		b = BIO_new_mem_buf(text, -1);
		BIO_free(b);
		CHECK("a read-only memory BIO never frees the caller's bytes", strcmp(text, "caller's bytes") == 0);
	}

	socketpair(AF_UNIX, SOCK_STREAM, 0, fds);
	b = BIO_new(BIO_s_fd());
	CHECK("a descriptor BIO made with BIO_new has no descriptor: BIO_R_UNINITIALIZED",
	    BIO_read(b, buf, 1) < 0 && queue_is(ERR_LIB_BIO, BIO_R_UNINITIALIZED));
	CHECKV("BIO_method_type: BIO_TYPE_FD", BIO_method_type(b), BIO_TYPE_FD);
	CHECKS("BIO_method_name: file descriptor", BIO_method_name(b), "file descriptor");
	BIO_free(b);
	b = BIO_new(BIO_s_socket());
	CHECK("a socket BIO made with BIO_new has no descriptor: BIO_R_UNINITIALIZED",
	    BIO_write(b, "x", 1) < 0 && queue_is(ERR_LIB_BIO, BIO_R_UNINITIALIZED));
	CHECKV("BIO_method_type: BIO_TYPE_SOCKET", BIO_method_type(b), BIO_TYPE_SOCKET);
	CHECKS("BIO_method_name: socket", BIO_method_name(b), "socket");
	BIO_free(b);
	b = BIO_new(BIO_s_bio());
	CHECK("an end of a pair made with BIO_new is not connected: BIO_R_UNINITIALIZED",
	    BIO_read(b, buf, 1) < 0 && queue_is(ERR_LIB_BIO, BIO_R_UNINITIALIZED));
	CHECKV("BIO_method_type: BIO_TYPE_BIO", BIO_method_type(b), BIO_TYPE_BIO);
	CHECKS("BIO_method_name: BIO pair", BIO_method_name(b), "BIO pair");
	BIO_free(b);
	b = BIO_new_fd(fds[0], BIO_CLOSE);
	BIO_free(b);
	CHECK("a descriptor BIO closes its descriptor when destroyed with BIO_CLOSE", fcntl(fds[0], F_GETFD) == -1);
	b = BIO_new_socket(fds[1], BIO_NOCLOSE);
	BIO_free(b);
	CHECK("... and not with BIO_NOCLOSE", fcntl(fds[1], F_GETFD) != -1);
	close(fds[1]);
	BIO_new_bio_pair(&a, 0, &b, 0);
	BIO_free(a);
	CHECKV("destroying one end of a pair disconnects the other", BIO_get_init(b), 0);
	BIO_free(b);

	/* Methods defined in C. */
	m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "my method");
	BIO_meth_set_create(m, c_create);
	BIO_meth_set_destroy(m, c_destroy);
	b = BIO_new(m);
	CHECK("BIO_new calls the create function", b != NULL && created == 1);
	CHECK("BIO_method_type and BIO_method_name: the number and name given to BIO_meth_new",
	    (BIO_method_type(b) & 0xff) > 128 && (BIO_method_type(b) & BIO_TYPE_SOURCE_SINK) &&
	    strcmp(BIO_method_name(b), "my method") == 0);
	BIO_free(b);
	CHECKV("destroying it calls the destroy function", destroyed, 1);
	b = BIO_new(m);
	BIO_vfree(b);
	CHECKV("BIO_vfree does what BIO_free does", destroyed, 2);
	create_answer = 0;
	CHECK("a create function returning 0: BIO_new fails with ERR_R_INIT_FAIL",
	    BIO_new(m) == NULL && queue_is(ERR_LIB_BIO, ERR_R_INIT_FAIL));
	CHECKV("... and the destroy function is not called", destroyed, 2);
	create_answer = 1;

	/* Chains. */
	x = BIO_new(m);
	y = BIO_new(m);
	a = BIO_new(m);
	BIO_push(x, y);
	BIO_push(x, a);
	BIO_up_ref(y);
	destroyed = 0;
	BIO_free_all(x);
	CHECK("BIO_free_all stops after the first BIO that still has other references", destroyed == 1);
	BIO_free_all(y);
	CHECKV("... the rest lives on for whoever holds those references", destroyed, 3);
	x = BIO_new(m);
	y = BIO_new(m);
	BIO_push(x, y);
	BIO_free(y);
	OURS("BIO_free does not take a BIO out of its chain: the one before still points at it", BIO_next(x) == y);
	BIO_set_next(x, NULL);
	BIO_free(x);
	ERR_clear_error();

	/* Threads. */
	shared_bio = BIO_new(BIO_s_mem());
	{
		pthread_t t[4];

		for (int i = 0; i < 4; i++)
			pthread_create(&t[i], NULL, hammer, NULL);
		for (int i = 0; i < 4; i++)
			pthread_join(t[i], NULL);
	}
	CHECK("the reference count may be changed from several threads at once",
	    BIO_write(shared_bio, "x", 1) == 1 && BIO_free(shared_bio) == 1);

	CHECK("BIO_free(NULL) is 0 without adding to the error queue", BIO_free(NULL) == 0 && queue_empty());
	OURS("BIO_new(NULL): ERR_R_PASSED_NULL_PARAMETER", BIO_new(NULL) == NULL &&
	    queue_is(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER));
	OURSV("BIO_method_type(NULL): 0", BIO_method_type(NULL), 0);
	OURS("... with ERR_R_PASSED_NULL_PARAMETER", queue_is(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER));
	OURS("BIO_method_name of a pointer that is not a live BIO: NULL with ERR_R_PASSED_INVALID_ARGUMENT",
	    BIO_method_name((BIO *)m) == NULL && queue_is(ERR_LIB_BIO, ERR_R_PASSED_INVALID_ARGUMENT));
	OURS("BIO_method_type of a pointer that is not a live BIO: 0", BIO_method_type((BIO *)m) == 0);
	ERR_clear_error();
	n = 0;
	(void)n;
	BIO_meth_free(m);
	return claims_end();
}
