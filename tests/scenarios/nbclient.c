/*
 * nbclient: a non-blocking TLS client scenario.  The socket is O_NONBLOCK
 * from before connect(2); every SSL call that cannot finish returns -1,
 * SSL_get_error(3) says SSL_ERROR_WANT_READ or SSL_ERROR_WANT_WRITE, and
 * the program waits with poll(2) (or select(2) with -S) and calls again,
 * as SSL_connect(3) describes.  After the handshake it streams a payload
 * of 64-byte lines to an echo peer while reading the replies, and checks
 * them.  Prints what a caller can observe; the runner compares the
 * transcript of our build with OpenSSL's.
 *
 *   nbclient -p PORT [-S] [-M 1.2|1.3] [-r] [-n BYTES] [-b SNDBUF] [-P]
 *
 *   -r   the peer reverses each line (openssl s_server -rev); otherwise
 *        it echoes (gnutls-serv --echo)
 *   -b   make the socket's send buffer this small, to force
 *        SSL_ERROR_WANT_WRITE
 *   -P   strict polling: call SSL_read only when poll(2) says the socket
 *        is readable or SSL_pending(3) says bytes are buffered, and read
 *        1000 bytes at a time.  A library that took more than the record
 *        in hand from the socket would stall here.
 */
#include <sys/select.h>
#include <sys/socket.h>

#include <arpa/inet.h>
#include <netinet/in.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

static int use_select, strict;
static int fd = -1;

/* Waits until fd is readable (want == SSL_ERROR_WANT_READ) or writable. */
static int
wait_for(int want)
{
	if (use_select) {
		fd_set r, w;
		struct timeval tv = { 10, 0 };

		FD_ZERO(&r);
		FD_ZERO(&w);
		FD_SET(fd, want == SSL_ERROR_WANT_READ ? &r : &w);
		return select(fd + 1, &r, &w, NULL, &tv) == 1;
	} else {
		struct pollfd p;

		p.fd = fd;
		p.events = want == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT;
		p.revents = 0;
		return poll(&p, 1, 10000) == 1;
	}
}

static void
print_queue(void)
{
	unsigned long e = ERR_peek_error();

	if (e != 0)
		printf("queue: lib=%d reason=%d\n", ERR_GET_LIB(e), ERR_GET_REASON(e));
	ERR_clear_error();
}

/* Line i of the payload: 63 printable bytes and a newline. */
static void
make_line(char *line, long i)
{
	int k;

	snprintf(line, 64, "%08ld:", i);
	for (k = 9; k < 63; k++)
		line[k] = 'a' + (int)((i * 7 + k) % 26);
	line[63] = '\n';
}

int
main(int argc, char *argv[])
{
	int port = -1, maxv = 0, reverse = 0, sndbuf = 0, ch, ret, err;
	long total = 0, sent = 0, received = 0, bad = 0;
	int want_read_hs = 0, want_write = 0, want_read = 0, chunk;
	struct sockaddr_in sin;
	char *out = NULL, in[20000], expect[64];
	SSL_CTX *ctx;
	SSL *ssl;

	while ((ch = getopt(argc, argv, "p:SM:rn:b:P")) != -1) {
		switch (ch) {
		case 'p': port = atoi(optarg); break;
		case 'S': use_select = 1; break;
		case 'M': maxv = strcmp(optarg, "1.2") == 0 ? TLS1_2_VERSION : TLS1_3_VERSION; break;
		case 'r': reverse = 1; break;
		case 'n': total = atol(optarg) / 64 * 64; break;
		case 'b': sndbuf = atoi(optarg); break;
		case 'P': strict = 1; break;
		default: return 2;
		}
	}
	if (port < 0)
		return 2;
	signal(SIGPIPE, SIG_IGN);

	ctx = SSL_CTX_new(TLS_client_method());
	if (maxv != 0)
		SSL_CTX_set_max_proto_version(ctx, maxv);

	fd = socket(AF_INET, SOCK_STREAM, 0);
	if (sndbuf > 0)
		setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &sndbuf, sizeof(sndbuf));
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_port = htons(port);
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	ret = connect(fd, (struct sockaddr *)&sin, sizeof(sin));
	printf("tcp connect: %s\n", ret == 0 ? "done" :
	    errno == EINPROGRESS ? "in progress" : strerror(errno));

	ssl = SSL_new(ctx);
	SSL_set_fd(ssl, fd);
	while ((ret = SSL_connect(ssl)) != 1) {
		err = SSL_get_error(ssl, ret);
		if (err == SSL_ERROR_WANT_READ)
			want_read_hs++;
		if ((err != SSL_ERROR_WANT_READ && err != SSL_ERROR_WANT_WRITE) ||
		    !wait_for(err)) {
			printf("connect: %d error %d\n", ret, err);
			print_queue();
			return 1;
		}
	}
	printf("connect: 1\n");
	printf("version: %s\n", SSL_get_version(ssl));
	/* How often the calls had to wait depends on timing: not compared. */
	fprintf(stderr, "want read during handshake: %d\n", want_read_hs);

	/*
	 * The peer says nothing before it hears from us (at most a TLS 1.3
	 * session ticket), so a read now must ask to be called again.
	 */
	ret = SSL_read(ssl, in, sizeof(in));
	err = SSL_get_error(ssl, ret);
	printf("read before sending: %d %s\n", ret,
	    err == SSL_ERROR_WANT_READ ? "SSL_ERROR_WANT_READ" : "other");

	if (total > 0 && (out = malloc(total)) == NULL)
		return 1;
	for (long i = 0; i < total / 64; i++)
		make_line(out + i * 64, i);

	/*
	 * Write and read at once: the peer answers as it reads, so a client
	 * that only wrote would fill both directions and stall.
	 */
	while (received < total) {
		int progress = 0, need = 0;

		if (sent < total) {
			chunk = total - sent < 16384 ? (int)(total - sent) : 16384;
			ret = SSL_write(ssl, out + sent, chunk);
			if (ret > 0) {
				sent += ret;
				progress = 1;
			} else {
				err = SSL_get_error(ssl, ret);
				if (err == SSL_ERROR_WANT_WRITE)
					want_write++;
				else if (err != SSL_ERROR_WANT_READ) {
					printf("write: %d error %d\n", ret, err);
					print_queue();
					break;
				}
				need = err;
			}
		}
		if (strict && SSL_pending(ssl) == 0) {
			struct pollfd p = { fd, POLLIN, 0 };

			if (poll(&p, 1, 0) != 1) {
				if (!progress && !wait_for(need == SSL_ERROR_WANT_WRITE ?
				    SSL_ERROR_WANT_WRITE : SSL_ERROR_WANT_READ) &&
				    !wait_for(SSL_ERROR_WANT_READ)) {
					printf("stalled: not readable for 10 s (sent %ld, received %ld)\n",
					    sent, received);
					break;
				}
				continue;
			}
		}
		ret = SSL_read(ssl, in, strict ? 1000 : sizeof(in));
		if (ret > 0) {
			for (int k = 0; k < ret; k++) {
				long pos = received + k;
				if (pos % 64 == 0) {
					make_line(expect, pos / 64);
					if (reverse)
						for (int a = 0, b = 62; a < b; a++, b--) {
							char t = expect[a];
							expect[a] = expect[b];
							expect[b] = t;
						}
				}
				if (in[k] != expect[pos % 64])
					bad++;
			}
			received += ret;
			progress = 1;
		} else {
			err = SSL_get_error(ssl, ret);
			if (err == SSL_ERROR_WANT_READ)
				want_read++;
			else if (err != SSL_ERROR_WANT_WRITE) {
				printf("read: %d error %d\n", ret, err);
				print_queue();
				break;
			}
			if (need == 0)
				need = err;
		}
		if (!progress && !wait_for(need == SSL_ERROR_WANT_WRITE ?
		    SSL_ERROR_WANT_WRITE : SSL_ERROR_WANT_READ) &&
		    !wait_for(SSL_ERROR_WANT_READ)) {
			printf("stalled: nothing to do for 10 s (sent %ld, received %ld)\n",
			    sent, received);
			break;
		}
	}
	printf("sent: %ld\n", sent);
	printf("received: %ld\n", received);
	printf("data intact: %s\n", received == total && bad == 0 ? "yes" : "no");
	if (sndbuf > 0)
		printf("want write seen: %s\n", want_write > 0 ? "yes" : "no");
	fprintf(stderr, "want read during the exchange: %d\n", want_read);
	printf("pending after: %d\n", SSL_pending(ssl));

	ret = SSL_shutdown(ssl);
	while (ret < 0 && (err = SSL_get_error(ssl, ret)) == SSL_ERROR_WANT_WRITE &&
	    wait_for(err))
		ret = SSL_shutdown(ssl);
	printf("shutdown: %d\n", ret);

	SSL_free(ssl);
	SSL_CTX_free(ctx);
	close(fd);
	free(out);
	return 0;
}
