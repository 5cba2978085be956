/*
 * bench: one measurement per run, printed as one line "VALUE UNIT" (or
 * "n/a REASON").  The same source is built against our library and against
 * the system's OpenSSL 3; tests/bench/run.sh alternates the two and takes
 * medians.  Only the public libssl API is used.
 *
 *   bench hs CERT KEY SECONDS VERSION GROUP     full handshakes/s, in process
 *   bench resume CERT KEY SECONDS VERSION       resumed handshakes/s
 *   bench bulk CERT KEY SECONDS SUITE           MB/s over a BIO pair
 *   bench tcp CERT KEY SECONDS SUITE            MB/s over loopback TCP, two processes
 *   bench mem CERT KEY COUNT                    RSS bytes per idle connection
 *   bench startup PORT COUNT                    ms from exec to first handshake
 *
 * SECONDS below 0 means a fixed count instead: -SECONDS handshakes, or
 * -SECONDS 16 KiB writes (a multiple of 64), for profiling.
 * VERSION is 1.2 or 1.3; GROUP an OpenSSL group name (X25519, ...).  In
 * process, client and server talk over one BIO pair (each SSL on one end),
 * so the figures are CPU only.  Neither end verifies certificates.
 */
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

/* Big enough for two full records, so a 16 KiB SSL_write never waits. */
#define PAIR_SIZE (40 * 1024)
#define CHUNK 16384

static const char *self;

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/*
 * Whether a run is over: SECONDS of wall time, or with a negative SECONDS
 * exactly -SECONDS iterations (for instruction counts under callgrind).
 */
static int
enough(double seconds, long n, double start, double *t)
{
	*t = now() - start;
	return seconds < 0 ? n >= -seconds : *t >= seconds;
}

static void
die(const char *what)
{
	fprintf(stderr, "bench: %s\n", what);
	ERR_print_errors_fp(stderr);
	printf("n/a (failed: %s)\n", what);
	exit(1);
}

static int
version_of(const char *v)
{
	return strcmp(v, "1.2") == 0 ? TLS1_2_VERSION : TLS1_3_VERSION;
}

/* A client and a server context for VERSION; GROUP may be NULL. */
static void
contexts(const char *cert, const char *key, const char *version,
    const char *group, SSL_CTX **cctx, SSL_CTX **sctx)
{
	int v = version_of(version);

	*cctx = SSL_CTX_new(TLS_client_method());
	*sctx = SSL_CTX_new(TLS_server_method());
	if (*cctx == NULL || *sctx == NULL)
		die("SSL_CTX_new");
	if (SSL_CTX_set_min_proto_version(*cctx, v) != 1 ||
	    SSL_CTX_set_max_proto_version(*cctx, v) != 1 ||
	    SSL_CTX_set_min_proto_version(*sctx, v) != 1 ||
	    SSL_CTX_set_max_proto_version(*sctx, v) != 1)
		die("set_proto_version");
	if (group != NULL && (SSL_CTX_set1_groups_list(*cctx, group) != 1 ||
	    SSL_CTX_set1_groups_list(*sctx, group) != 1)) {
		/* The oracle (OpenSSL 3.0) lacks the hybrid ML-KEM groups. */
		printf("n/a (group %s not supported)\n", group);
		exit(0);
	}
	if (SSL_CTX_use_certificate_file(*sctx, cert, SSL_FILETYPE_PEM) != 1 ||
	    SSL_CTX_use_PrivateKey_file(*sctx, key, SSL_FILETYPE_PEM) != 1)
		die("certificate or key");
}

static int
retry(SSL *ssl, int ret)
{
	int e = SSL_get_error(ssl, ret);

	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE;
}

/* Both ends on one BIO pair, handshake driven alternately.  1 on success. */
static int
handshake(SSL *c, SSL *s)
{
	int rc = 0, rs = 0;

	for (int k = 0; k < 1000 && (rc != 1 || rs != 1); k++) {
		if (rc != 1 && (rc = SSL_do_handshake(c)) != 1 && !retry(c, rc))
			return 0;
		if (rs != 1 && (rs = SSL_do_handshake(s)) != 1 && !retry(s, rs))
			return 0;
	}
	return rc == 1 && rs == 1;
}

static void
pair(SSL_CTX *cctx, SSL_CTX *sctx, SSL **c, SSL **s, size_t size)
{
	BIO *cb, *sb;

	*c = SSL_new(cctx);
	*s = SSL_new(sctx);
	if (*c == NULL || *s == NULL || BIO_new_bio_pair(&cb, size, &sb, size) != 1)
		die("SSL_new or BIO pair");
	SSL_set_bio(*c, cb, cb);
	SSL_set_bio(*s, sb, sb);
	SSL_set_connect_state(*c);
	SSL_set_accept_state(*s);
}

#ifdef HAVE_SSL_SET_SESSION
/*
 * A connection that ends without close_notify leaves its session
 * unresumable in OpenSSL; mark both ends as shut down before freeing.
 */
static void
done(SSL *c, SSL *s)
{
	SSL_set_shutdown(c, SSL_SENT_SHUTDOWN | SSL_RECEIVED_SHUTDOWN);
	SSL_set_shutdown(s, SSL_SENT_SHUTDOWN | SSL_RECEIVED_SHUTDOWN);
	SSL_free(c);
	SSL_free(s);
}
#endif

/* Full handshakes per second: new SSLs each time, as a server would. */
static int
bench_hs(char **av)
{
	SSL_CTX *cctx, *sctx;
	double seconds = atof(av[2]), start = 0, t = 0;
	long n = 0;

	contexts(av[0], av[1], av[3], av[4], &cctx, &sctx);
	for (int warm = -2;; warm++) {
		SSL *c, *s;

		if (warm == 0)
			start = now();
		pair(cctx, sctx, &c, &s, PAIR_SIZE);
		if (!handshake(c, s))
			die("handshake");
		SSL_free(c);
		SSL_free(s);
		if (warm >= 0 && ++n % 4 == 0 && enough(seconds, n, start, &t))
			break;
	}
	printf("%.1f handshakes/s\n", n / t);
	return 0;
}

/*
 * Resumed handshakes per second: one full handshake gives the client a
 * session (for TLS 1.3 the client reads the NewSessionTicket after the
 * handshake); every later connection offers it.  Built only when the
 * library under test has SSL_set_session (run.sh checks nm -D).
 */
static int
bench_resume(char **av)
{
#ifdef HAVE_SSL_SET_SESSION
	SSL_CTX *cctx, *sctx;
	SSL_SESSION *session;
	SSL *c, *s;
	double seconds = atof(av[2]), start = 0, t = 0;
	long n = 0;
	char byte;

	contexts(av[0], av[1], av[3], NULL, &cctx, &sctx);
	pair(cctx, sctx, &c, &s, PAIR_SIZE);
	if (!handshake(c, s))
		die("first handshake");
	/* A TLS 1.3 ticket arrives after the handshake: read to take it in. */
	if (SSL_read(c, &byte, 1) > 0)
		die("unexpected data");
	session = SSL_get1_session(c);
	done(c, s);
	if (session == NULL)
		die("SSL_get1_session");
	for (int warm = -2;; warm++) {
		if (warm == 0)
			start = now();
		pair(cctx, sctx, &c, &s, PAIR_SIZE);
		if (SSL_set_session(c, session) != 1)
			die("SSL_set_session");
		if (!handshake(c, s))
			die("resumed handshake");
		if (!SSL_session_reused(c)) {
			printf("n/a (session not resumed)\n");
			return 0;
		}
		done(c, s);
		if (warm >= 0 && ++n % 4 == 0 && enough(seconds, n, start, &t))
			break;
	}
	printf("%.1f handshakes/s\n", n / t);
	SSL_SESSION_free(session);
	return 0;
#else
	(void)av;
	printf("n/a (not in this build)\n");
	return 0;
#endif
}

static void
suite_contexts(char **av, SSL_CTX **cctx, SSL_CTX **sctx)
{
	contexts(av[0], av[1], "1.3", "X25519", cctx, sctx);
	if (SSL_CTX_set_ciphersuites(*cctx, av[3]) != 1 ||
	    SSL_CTX_set_ciphersuites(*sctx, av[3]) != 1)
		die("SSL_CTX_set_ciphersuites");
}

static void
check_suite(SSL *ssl, const char *suite)
{
	const SSL_CIPHER *cipher = SSL_get_current_cipher(ssl);

	if (cipher == NULL || strcmp(SSL_CIPHER_get_name(cipher), suite) != 0)
		die("negotiated another suite");
}

/* Bulk throughput in one process: 16 KiB SSL_writes read by the peer. */
static int
bench_bulk(char **av)
{
	SSL_CTX *cctx, *sctx;
	SSL *c, *s;
	static unsigned char out[CHUNK], in[CHUNK];
	double seconds = atof(av[2]), start = 0, t = 0;
	long long sent = 0, got = 0;

	suite_contexts(av, &cctx, &sctx);
	pair(cctx, sctx, &c, &s, PAIR_SIZE);
	if (!handshake(c, s))
		die("handshake");
	check_suite(c, av[3]);
	memset(out, 'x', sizeof(out));
	for (long i = -16;; i++) {
		int w, r;

		if (i == 0) {
			start = now();
			sent = got = 0;
		}
		if ((w = SSL_write(c, out, CHUNK)) != CHUNK)
			die("SSL_write");
		sent += w;
		while (got < sent) {
			if ((r = SSL_read(s, in, sizeof(in))) <= 0)
				die("SSL_read");
			got += r;
		}
		if (i > 0 && i % 64 == 0 && enough(seconds, i, start, &t))
			break;
	}
	printf("%.1f MB/s\n", got / t / 1e6);
	return 0;
}

/*
 * Bulk throughput over loopback TCP: this process writes, a child (this
 * program again, exec'd before either side touched the library) reads and
 * answers with one plain byte after the client's close_notify, so the
 * clock stops when the last byte has been decrypted.
 */
static int
tcp_reader(char **av)
{
	SSL_CTX *cctx, *sctx;
	SSL *s;
	static unsigned char in[CHUNK];
	int lfd = atoi(av[4]), fd, r;

	suite_contexts(av, &cctx, &sctx);
	if ((fd = accept(lfd, NULL, NULL)) < 0)
		die("accept");
	s = SSL_new(sctx);
	SSL_set_fd(s, fd);
	if (SSL_accept(s) != 1)
		die("SSL_accept");
	while ((r = SSL_read(s, in, sizeof(in))) > 0)
		;
	if (SSL_get_error(s, r) != SSL_ERROR_ZERO_RETURN)
		die("reader did not see close_notify");
	if (write(fd, "k", 1) != 1)
		die("ack");
	return 0;
}

static int
bench_tcp(char **av)
{
	SSL_CTX *cctx, *sctx;
	SSL *c;
	static unsigned char out[CHUNK];
	struct sockaddr_in sin;
	socklen_t len = sizeof(sin);
	double seconds = atof(av[2]), start = 0, t = 0;
	long long sent = 0;
	int lfd, fd, status;
	char lfdarg[16], ack;
	pid_t pid;

	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if ((lfd = socket(AF_INET, SOCK_STREAM, 0)) < 0 ||
	    bind(lfd, (struct sockaddr *)&sin, sizeof(sin)) != 0 ||
	    listen(lfd, 1) != 0 ||
	    getsockname(lfd, (struct sockaddr *)&sin, &len) != 0)
		die("listen");
	snprintf(lfdarg, sizeof(lfdarg), "%d", lfd);
	/* Fork before this process has made any library call. */
	if ((pid = fork()) == 0) {
		execl(self, self, "tcp-reader", av[0], av[1], av[2], av[3], lfdarg,
		    (char *)NULL);
		_exit(127);
	}
	close(lfd);
	suite_contexts(av, &cctx, &sctx);
	if ((fd = socket(AF_INET, SOCK_STREAM, 0)) < 0 ||
	    connect(fd, (struct sockaddr *)&sin, sizeof(sin)) != 0)
		die("connect");
	c = SSL_new(cctx);
	SSL_set_fd(c, fd);
	if (SSL_connect(c) != 1)
		die("SSL_connect");
	check_suite(c, av[3]);
	memset(out, 'x', sizeof(out));
	start = now();
	for (long i = 1;; i++) {
		if (SSL_write(c, out, CHUNK) != CHUNK)
			die("SSL_write");
		sent += CHUNK;
		if (i % 64 == 0 && enough(seconds, i, start, &t))
			break;
	}
	SSL_shutdown(c);
	if (read(fd, &ack, 1) != 1)
		die("no ack from the reader");
	t = now() - start;
	waitpid(pid, &status, 0);
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		die("reader failed");
	printf("%.1f MB/s\n", sent / t / 1e6);
	return 0;
}

static long
rss_bytes(void)
{
	FILE *f = fopen("/proc/self/statm", "r");
	long pages = 0, resident = 0;

	if (f == NULL || fscanf(f, "%ld %ld", &pages, &resident) != 2)
		die("/proc/self/statm");
	fclose(f);
	return resident * sysconf(_SC_PAGESIZE);
}

/*
 * Memory per established idle connection: RSS after COUNT client+server
 * pairs (each on its own 17 KiB BIO pair, OpenSSL's default size) have
 * finished the handshake and exchanged one small message each way, minus
 * RSS after the same program set up its contexts and ran a few warm-up
 * connections.  One "connection" here is both ends and their BIO pair.
 */
static int
bench_mem(char **av)
{
	SSL_CTX *cctx, *sctx;
	int count = atoi(av[2]);
	SSL **cs = calloc(count, sizeof(SSL *)), **ss = calloc(count, sizeof(SSL *));
	long before, after;
	char buf[16];

	contexts(av[0], av[1], "1.3", "X25519", &cctx, &sctx);
	for (int i = 0; i < 8; i++) {
		SSL *c, *s;

		pair(cctx, sctx, &c, &s, 17 * 1024);
		if (!handshake(c, s))
			die("warm-up handshake");
		SSL_free(c);
		SSL_free(s);
	}
	before = rss_bytes();
	for (int i = 0; i < count; i++) {
		pair(cctx, sctx, &cs[i], &ss[i], 17 * 1024);
		if (!handshake(cs[i], ss[i]))
			die("handshake");
		if (SSL_write(cs[i], "ping", 4) != 4 || SSL_read(ss[i], buf, sizeof(buf)) != 4 ||
		    SSL_write(ss[i], "pong", 4) != 4 || SSL_read(cs[i], buf, sizeof(buf)) != 4)
			die("exchange");
	}
	after = rss_bytes();
	printf("%.0f bytes/connection\n", (double)(after - before) / count);
	for (int i = 0; i < count; i++) {
		SSL_free(cs[i]);
		SSL_free(ss[i]);
	}
	return 0;
}

/*
 * Start-up: the parent (which never calls the library) notes the time,
 * forks and execs this program as "connect-once", which connects to the
 * server already running, completes one handshake and writes the time to
 * a pipe.  The median of COUNT runs, in milliseconds.
 */
static int
connect_once(char **av)
{
	struct sockaddr_in sin;
	SSL_CTX *ctx;
	SSL *ssl;
	int fd, out = atoi(av[1]);
	double t;

	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_port = htons(atoi(av[0]));
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if ((fd = socket(AF_INET, SOCK_STREAM, 0)) < 0 ||
	    connect(fd, (struct sockaddr *)&sin, sizeof(sin)) != 0)
		die("connect");
	ctx = SSL_CTX_new(TLS_client_method());
	ssl = SSL_new(ctx);
	SSL_set_fd(ssl, fd);
	if (SSL_connect(ssl) != 1)
		die("SSL_connect");
	t = now();
	if (write(out, &t, sizeof(t)) != sizeof(t))
		die("pipe");
	SSL_shutdown(ssl);
	return 0;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static int
bench_startup(char **av)
{
	int count = atoi(av[1]);
	double *ms = calloc(count, sizeof(double));

	for (int i = 0; i < count; i++) {
		int p[2], status;
		char fdarg[16];
		double t0, t1;
		pid_t pid;

		if (pipe(p) != 0)
			die("pipe");
		snprintf(fdarg, sizeof(fdarg), "%d", p[1]);
		t0 = now();
		if ((pid = fork()) == 0) {
			close(p[0]);
			execl(self, self, "connect-once", av[0], fdarg, (char *)NULL);
			_exit(127);
		}
		close(p[1]);
		if (read(p[0], &t1, sizeof(t1)) != sizeof(t1))
			die("no handshake from connect-once");
		close(p[0]);
		waitpid(pid, &status, 0);
		ms[i] = (t1 - t0) * 1e3;
	}
	qsort(ms, count, sizeof(double), cmp_double);
	printf("%.2f ms\n", ms[count / 2]);
	return 0;
}

int
main(int argc, char *argv[])
{
	static const struct {
		const char *name;
		int args;
		int (*run)(char **);
	} modes[] = {
		{ "hs", 5, bench_hs },
		{ "resume", 4, bench_resume },
		{ "bulk", 4, bench_bulk },
		{ "tcp", 4, bench_tcp },
		{ "tcp-reader", 5, tcp_reader },
		{ "mem", 3, bench_mem },
		{ "startup", 2, bench_startup },
		{ "connect-once", 2, connect_once },
	};

	/* Re-executed for the TCP reader and the start-up client.  argv[0]
	 * when it is a path (so it also works under valgrind, where
	 * /proc/self/exe is the tool), else the kernel's name for us. */
	self = strchr(argv[0], '/') != NULL ? argv[0] : "/proc/self/exe";
	if (argc >= 2)
		for (size_t i = 0; i < sizeof(modes) / sizeof(modes[0]); i++)
			if (strcmp(argv[1], modes[i].name) == 0 && argc - 2 == modes[i].args)
				return modes[i].run(argv + 2);
	fprintf(stderr, "usage: see the comment at the top of bench.c\n");
	return 2;
}
