/* Claims of BIO_s_socket(3). */
#include "claims.h"

int
main(int argc, char *argv[])
{
	BIO *a, *b;
	char buf[64];
	int s[2], p[2], ret, saved;

	claims_init(argc, argv);

	CHECK("BIO_s_socket returns a constant", BIO_s_socket() == BIO_s_socket());
	socketpair(AF_UNIX, SOCK_STREAM, 0, s);
	a = BIO_new_socket(s[0], BIO_NOCLOSE);
	b = BIO_new_socket(s[1], BIO_NOCLOSE);
	CHECK("a socket BIO sends and receives on a connected socket", BIO_write(a, "sock", 4) == 4 &&
	    BIO_read(b, buf, sizeof(buf)) == 4 && memcmp(buf, "sock", 4) == 0);
	CHECKV("its type is BIO_TYPE_SOCKET", BIO_method_type(a), BIO_TYPE_SOCKET);
	CHECK("BIO_puts sends the string", BIO_puts(a, "puts") == 4 && BIO_read(b, buf, sizeof(buf)) == 4);
	CHECKV("BIO_gets returns -2", BIO_gets(b, buf, sizeof(buf)), -2);
	ERR_clear_error();
	CHECK("BIO_get_fd works as for descriptor BIOs", BIO_get_fd(a, NULL) == s[0]);
	BIO_free(a);
	close(s[0]);
	CHECK("end of file works as for descriptor BIOs", BIO_read(b, buf, 4) == 0 && BIO_eof(b) == 1);
	BIO_free(b);
	close(s[1]);

	if (pipe(p) == 0) {
		a = BIO_new_socket(p[1], BIO_NOCLOSE);
		errno = 0;
		ret = BIO_write(a, "x", 1);
		saved = errno;
		OURS("the descriptor is not checked: on a pipe every write fails with ENOTSOCK", ret == -1 && saved == ENOTSOCK);
		BIO_free(a);
		a = BIO_new_socket(p[0], BIO_NOCLOSE);
		errno = 0;
		ret = BIO_read(a, buf, 1);
		saved = errno;
		OURS("... and every read", ret == -1 && saved == ENOTSOCK);
		BIO_free(a);
		close(p[0]);
		close(p[1]);
	}
	a = BIO_new(BIO_s_socket());
	CHECK("made with BIO_new: no socket until BIO_set_fd", BIO_get_fd(a, NULL) == -1 && BIO_get_init(a) == 0);
	BIO_free(a);

	/* SIGPIPE. */
	socketpair(AF_UNIX, SOCK_STREAM, 0, s);
	close(s[1]);
	a = BIO_new_socket(s[0], BIO_NOCLOSE);
	errno = 0;
	ret = BIO_write(a, "x", 1);
	saved = errno;
	CHECK("with SIGPIPE ignored, a write to a closed connection fails with EPIPE", ret == -1 && saved == EPIPE);
	{
		pid_t pid;
		int status = 0;

		fflush(stdout);
		if ((pid = fork()) == 0) {
			signal(SIGPIPE, SIG_DFL);
			BIO_write(a, "x", 1);
			_exit(0);
		}
		waitpid(pid, &status, 0);
		CHECK("CAVEATS: otherwise it raises SIGPIPE", WIFSIGNALED(status) && WTERMSIG(status) == SIGPIPE);
	}
	BIO_free(a);
	close(s[0]);
	return claims_end();
}
