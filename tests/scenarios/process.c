/*
 * process: the library and the life of a process -- fork(2) after the
 * library has started, the ways a process ends, and SIGPIPE.
 *
 *   process -c CERT -k KEY MODE
 *
 * fork-exit     a child that only calls _exit: its status reaches the parent
 * fork-exec     a child that only calls exec: its status reaches the parent
 * fork-use      a child that makes new connections (handshakes in memory)
 * fork-busy-exit  a child that only calls _exit, forked while another
 *               thread is inside the library
 * fork-busy-use a child that makes connections, forked while another thread
 *               is inside the library
 * fork-storm N N forks while three threads make connections, one calls cheap
 *               functions in a tight loop and one is blocked in SSL_read on a
 *               blocking socket: every child makes its connections, and no
 *               fork waits for the blocked reader
 * fork-chatter N  N forks while three threads call cheap functions in tight
 *               loops (so that they are often just entering or leaving the
 *               library); each child makes 20 000 SSL_new/SSL_free pairs
 *               (collections) and 3 connections
 * fork-churn N  N forks while a thread keeps 30 000 SSL objects alive at a
 *               time and frees them (the collector works, in the background
 *               too); each child makes 50 000 SSL_new/SSL_free pairs and 3
 *               connections
 * exit-return, exit-exit, exit-_exit, exit-thread
 *               run this program again (exec) to use the library and then
 *               end by returning 3 from main, by exit(3), by _exit(3), or by
 *               exit(3) from a second thread while the first is inside the
 *               library; the status it ends with is reported
 * new-free N    N SSL_new/SSL_free pairs after N more as a warm-up: resident growth
 * sigpipe-ignored  SIGPIPE ignored, SSL_write to a peer that has closed
 * sigpipe-default  the same without ignoring SIGPIPE (in a child, whose
 *               end is reported)
 *
 * The parent always makes a connection after its children are done, to
 * show it was not disturbed.  Every wait is bounded by alarm(2).
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

#include "common.h"

static SSL_CTX *cctx, *sctx;

/* One complete handshake and a message each way over BIO pairs; 1 if all went well. */
static int
connection(void)
{
	SSL *c = SSL_new(cctx), *s = SSL_new(sctx);
	BIO *ci, *cn, *si, *sn;
	int rc = 0, rs = 0, ok = 0;
	char got[16];

	BIO_new_bio_pair(&ci, 4096, &cn, 4096);
	BIO_new_bio_pair(&si, 4096, &sn, 4096);
	SSL_set_bio(c, ci, ci);
	SSL_set_bio(s, si, si);
	SSL_set_connect_state(c);
	SSL_set_accept_state(s);
	for (int k = 0; k < 100 && (rc != 1 || rs != 1); k++) {
		if (rc != 1)
			rc = SSL_do_handshake(c);
		pump_pair(cn, sn);
		if (rs != 1)
			rs = SSL_do_handshake(s);
		pump_pair(sn, cn);
	}
	if (rc == 1 && rs == 1 && SSL_write(c, "ping", 4) == 4) {
		pump_pair(cn, sn);
		if (SSL_read(s, got, sizeof(got)) == 4 && SSL_write(s, "pong", 4) == 4) {
			pump_pair(sn, cn);
			ok = SSL_read(c, got, sizeof(got)) == 4 && memcmp(got, "pong", 4) == 0;
		}
	}
	ERR_clear_error();
	SSL_free(c);
	SSL_free(s);
	BIO_free(cn);
	BIO_free(sn);
	return ok;
}

static int
connections(int n)
{
	int ok = 0;

	for (int i = 0; i < n; i++)
		ok += connection();
	return ok;
}

static void
new_free(int n)
{
	long before, after;

	/*
	 * A warm-up as long as the measured run: the collector's heap grows
	 * to its working size during the first hundred thousand or so
	 * objects (about 9 MiB here), which is not a leak.
	 */
	for (int i = 0; i < n; i++)
		SSL_free(SSL_new(cctx));
	before = rss_kib();
	for (int i = 0; i < n; i++)
		SSL_free(SSL_new(cctx));
	after = rss_kib();
	fprintf(stderr, "%d SSL_new/SSL_free: resident %ld KiB before, %ld KiB after (%+ld KiB)\n",
	    n, before, after, after - before);
	printf("%d SSL_new/SSL_free: resident growth %s\n", n,
	    after - before < 8192 ? "under 8 MiB" : "8 MiB or more");
}

/* How a child ended, as one line. */
static void
report_child(const char *what, pid_t pid)
{
	int status;

	if (waitpid(pid, &status, 0) != pid)
		printf("%s: waitpid failed\n", what);
	else if (WIFEXITED(status))
		printf("%s: exited %d\n", what, WEXITSTATUS(status));
	else if (WIFSIGNALED(status))
		printf("%s: killed by signal %d%s\n", what, WTERMSIG(status),
		    WTERMSIG(status) == SIGALRM ? " (it hung)" : "");
}

static volatile int busy_stop;

static void *
busy(void *arg)
{
	(void)arg;
	while (!busy_stop)
		connection();
	return NULL;
}

static void
fork_exit_busy(void)
{
	pthread_t t;
	pid_t pid;

	pthread_create(&t, NULL, busy, NULL);
	usleep(200000);
	if ((pid = fork()) == 0)
		_exit(7);
	report_child("child", pid);
	busy_stop = 1;
	pthread_join(t, NULL);
}

static void
fork_use(int with_busy_thread)
{
	pthread_t t;
	int fds[2], n = 0;
	pid_t pid;

	if (with_busy_thread) {
		pthread_create(&t, NULL, busy, NULL);
		usleep(200000);
	}
	if (pipe(fds) != 0)
		return;
	pid = fork();
	if (pid == 0) {
		close(fds[0]);
		alarm(60);
		n = connections(100);
		if (write(fds[1], &n, sizeof(n)) != sizeof(n))
			_exit(1);
		_exit(0);
	}
	close(fds[1]);
	if (read(fds[0], &n, sizeof(n)) != sizeof(n))
		n = -1;
	close(fds[0]);
	printf("child connections: %d of 100\n", n);
	report_child("child", pid);
	if (with_busy_thread) {
		busy_stop = 1;
		pthread_join(t, NULL);
	}
}

/* A thread that calls cheap functions of the library as fast as it can. */
static void *
chatter(void *arg)
{
	(void)arg;
	while (!busy_stop) {
		SSL *s = SSL_new(cctx);

		(void)SSL_get_error(s, 1);
		(void)ERR_peek_error();
		SSL_free(s);
	}
	return NULL;
}

/*
 * A reader blocked in SSL_read on a blocking socket until the server,
 * told through a pipe, finally writes.
 */
static int reader_fd[2], reader_stop[2];

static void *
slow_server(void *arg)
{
	SSL *s = SSL_new(sctx);
	char c;

	(void)arg;
	SSL_set_fd(s, reader_fd[1]);
	if (SSL_accept(s) == 1) {
		while (read(reader_stop[0], &c, 1) < 0 && errno == EINTR)
			;
		SSL_write(s, "bye", 3);
	}
	SSL_free(s);
	close(reader_fd[1]);
	return NULL;
}

static void *
blocked_reader(void *arg)
{
	SSL *c = SSL_new(cctx);
	char got[8];
	int *result = arg;

	SSL_set_fd(c, reader_fd[0]);
	if (SSL_connect(c) == 1)
		*result = SSL_read(c, got, sizeof(got)) == 3 && memcmp(got, "bye", 3) == 0;
	SSL_free(c);
	close(reader_fd[0]);
	return NULL;
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void
fork_storm(int n)
{
	pthread_t busy_t[3], chatter_t, server_t, reader_t;
	int made = 0, reader_ok = 0;
	double slowest = 0;

	if (socketpair(AF_UNIX, SOCK_STREAM, 0, reader_fd) != 0 || pipe(reader_stop) != 0)
		return;
	pthread_create(&server_t, NULL, slow_server, NULL);
	pthread_create(&reader_t, NULL, blocked_reader, &reader_ok);
	for (int i = 0; i < 3; i++)
		pthread_create(&busy_t[i], NULL, busy, NULL);
	pthread_create(&chatter_t, NULL, chatter, NULL);
	usleep(200000);
	for (int i = 0; i < n; i++) {
		double t0 = now(), took;
		pid_t pid = fork();
		int status;

		if (pid == 0) {
			alarm(10);
			_exit(connections(3) == 3 ? 0 : 1);
		}
		took = now() - t0;
		if (took > slowest)
			slowest = took;
		if (pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status) &&
		    WEXITSTATUS(status) == 0)
			made++;
		else if (pid > 0)
			fprintf(stderr, "child %d: status %#x\n", i, status);
	}
	busy_stop = 1;
	for (int i = 0; i < 3; i++)
		pthread_join(busy_t[i], NULL);
	pthread_join(chatter_t, NULL);
	close(reader_stop[1]);
	pthread_join(reader_t, NULL);
	pthread_join(server_t, NULL);
	close(reader_stop[0]);
	fprintf(stderr, "fork storm: slowest fork %.1f ms\n", slowest * 1000);
	printf("fork storm: %d of %d children made their connections\n", made, n);
	printf("every fork returned within 1 s (none waited for the blocked reader): %s\n",
	    slowest < 1.0 ? "yes" : "no");
	printf("the blocked reader read after the storm: %s\n", reader_ok ? "yes" : "no");
}

static void
fork_chatter(int n)
{
	pthread_t t[3];
	int made = 0;

	for (int i = 0; i < 3; i++)
		pthread_create(&t[i], NULL, chatter, NULL);
	usleep(100000);
	for (int i = 0; i < n; i++) {
		pid_t pid = fork();
		int status;

		if (pid == 0) {
			alarm(10);
			for (int k = 0; k < 20000; k++)
				SSL_free(SSL_new(cctx));
			_exit(connections(3) == 3 ? 0 : 1);
		}
		if (pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status) &&
		    WEXITSTATUS(status) == 0)
			made++;
		else if (pid > 0)
			fprintf(stderr, "child %d: status %#x\n", i, status);
	}
	busy_stop = 1;
	for (int i = 0; i < 3; i++)
		pthread_join(t[i], NULL);
	printf("fork chatter: %d of %d children made their connections\n", made, n);
}

static void *
churn(void *arg)
{
	enum { N = 30000 };
	static SSL *keep[N];

	(void)arg;
	while (!busy_stop) {
		for (int i = 0; i < N && !busy_stop; i++)
			keep[i] = SSL_new(cctx);
		for (int i = 0; i < N; i++) {
			SSL_free(keep[i]);
			keep[i] = NULL;
		}
	}
	return NULL;
}

static void
fork_churn(int n)
{
	pthread_t t;
	int made = 0;

	pthread_create(&t, NULL, churn, NULL);
	usleep(300000);
	for (int i = 0; i < n; i++) {
		pid_t pid = fork();
		int status;

		if (pid == 0) {
			alarm(10);
			for (int k = 0; k < 50000; k++)
				SSL_free(SSL_new(cctx));
			_exit(connections(3) == 3 ? 0 : 1);
		}
		if (pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status) &&
		    WEXITSTATUS(status) == 0)
			made++;
		else if (pid > 0)
			fprintf(stderr, "child %d: status %#x\n", i, status);
		usleep(10000);
	}
	busy_stop = 1;
	pthread_join(t, NULL);
	printf("fork churn: %d of %d children made their connections\n", made, n);
}

/* A thread that calls exit(3) while the main thread is inside the library. */
static void *
exiter(void *arg)
{
	(void)arg;
	usleep(100000);
	fflush(stdout);
	exit(3);
}

/* A client and a server over a socketpair, the server in a thread. */
static int pair_fd[2];

static void *
serve(void *arg)
{
	SSL *s = SSL_new(sctx);

	(void)arg;
	SSL_set_fd(s, pair_fd[1]);
	if (SSL_accept(s) != 1)
		printf("server accept failed\n");
	/* Gone without close_notify: the socket closes under the client. */
	SSL_free(s);
	close(pair_fd[1]);
	return NULL;
}

static void
write_to_closed_peer(void)
{
	SSL *c = SSL_new(cctx);
	pthread_t t;
	int r, e, err;

	if (socketpair(AF_UNIX, SOCK_STREAM, 0, pair_fd) != 0)
		return;
	pthread_create(&t, NULL, serve, NULL);
	SSL_set_fd(c, pair_fd[0]);
	r = SSL_connect(c);
	pthread_join(t, NULL);
	printf("connect: %d\n", r);
	fflush(stdout);
	ERR_clear_error();
	errno = 0;
	r = SSL_write(c, "hello", 5);
	e = errno;
	err = SSL_get_error(c, r);
	printf("write to a closed peer: %d, error %d, errno %s\n", r, err,
	    e == EPIPE ? "EPIPE" : e == ECONNRESET ? "ECONNRESET" : strerror(e));
	SSL_free(c);
	close(pair_fd[0]);
}

int
main(int argc, char *argv[])
{
	const char *cert = NULL, *key = NULL, *mode;
	int ch;
	pid_t pid;

	setvbuf(stdout, NULL, _IOLBF, 0);
	while ((ch = getopt(argc, argv, "c:k:p:")) != -1) {
		switch (ch) {
		case 'c': cert = optarg; break;
		case 'k': key = optarg; break;
		case 'p': break;	/* the runner gives every program a port */
		default: return 2;
		}
	}
	if (cert == NULL || key == NULL || optind >= argc)
		return 2;
	mode = argv[optind];
	alarm(120);
	if (strncmp(mode, "exit-", 5) == 0 && strstr(mode, "-child") == NULL) {
		/* A fresh program (exec), so nothing of this one is inherited. */
		char child_mode[64];

		snprintf(child_mode, sizeof(child_mode), "%s-child", mode);
		if ((pid = fork()) == 0) {
			execl("/proc/self/exe", argv[0], "-c", cert, "-k", key, child_mode, (char *)NULL);
			_exit(127);
		}
		report_child(mode, pid);
		return 0;
	}
	cctx = SSL_CTX_new(TLS_client_method());
	sctx = SSL_CTX_new(TLS_server_method());
	if (SSL_CTX_use_certificate_file(sctx, cert, SSL_FILETYPE_PEM) != 1 ||
	    SSL_CTX_use_PrivateKey_file(sctx, key, SSL_FILETYPE_PEM) != 1)
		return 1;
	/* The library has started and made connections before anything else. */
	printf("parent before: %d of 3\n", connections(3));

	if (strcmp(mode, "fork-exit") == 0) {
		if ((pid = fork()) == 0)
			_exit(7);
		report_child("child", pid);
	} else if (strcmp(mode, "fork-exec") == 0) {
		if ((pid = fork()) == 0) {
			execl("/bin/sh", "sh", "-c", "exit 5", (char *)NULL);
			_exit(127);
		}
		report_child("child", pid);
	} else if (strcmp(mode, "fork-use") == 0) {
		fork_use(0);
	} else if (strcmp(mode, "fork-busy-exit") == 0) {
		fork_exit_busy();
	} else if (strcmp(mode, "fork-busy-use") == 0) {
		fork_use(1);
	} else if (strcmp(mode, "fork-chatter") == 0) {
		fork_chatter(optind + 1 < argc ? atoi(argv[optind + 1]) : 100);
	} else if (strcmp(mode, "fork-churn") == 0) {
		fork_churn(optind + 1 < argc ? atoi(argv[optind + 1]) : 100);
	} else if (strcmp(mode, "fork-storm") == 0) {
		fork_storm(optind + 1 < argc ? atoi(argv[optind + 1]) : 100);
	} else if (strcmp(mode, "exit-return-child") == 0) {
		return 3;
	} else if (strcmp(mode, "exit-exit-child") == 0) {
		exit(3);
	} else if (strcmp(mode, "exit-_exit-child") == 0) {
		_exit(3);
	} else if (strcmp(mode, "exit-thread-child") == 0) {
		pthread_t t;

		pthread_create(&t, NULL, exiter, NULL);
		for (;;)
			connection();
	} else if (strcmp(mode, "new-free") == 0) {
		new_free(optind + 1 < argc ? atoi(argv[optind + 1]) : 100000);
	} else if (strcmp(mode, "sigpipe-ignored") == 0) {
		signal(SIGPIPE, SIG_IGN);
		write_to_closed_peer();
	} else if (strcmp(mode, "sigpipe-default") == 0) {
		if ((pid = fork()) == 0) {
			alarm(30);
			signal(SIGPIPE, SIG_DFL);
			write_to_closed_peer();
			_exit(0);
		}
		report_child("child writing to a closed peer", pid);
	} else {
		return 2;
	}
	printf("parent after: %d of 3\n", connections(3));
	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	return 0;
}
