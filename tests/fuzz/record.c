/*
 * record: captures what a real TLS peer sends, to seed the fuzzer.
 *
 *   record -l OUT            listen on 127.0.0.1 (prints "PORT n"), accept
 *                            one client, save what it sends (its ClientHello)
 *   record -p PORT -i IN OUT connect to a server, send the bytes of IN (a
 *                            recorded ClientHello), save the server's answer
 *
 * Reading stops when the peer has been silent for half a second or closed.
 * With -P the output is written in the record target's piece format (a
 * length byte before every 200 bytes).  Never runs longer than 10 seconds.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void
save(int fd, const char *out, int pieces)
{
	static unsigned char buf[1 << 20];
	size_t have = 0;
	struct pollfd p = { fd, POLLIN, 0 };
	FILE *f;
	ssize_t n;

	while (have < sizeof(buf) && poll(&p, 1, 500) == 1 &&
	    (n = read(fd, buf + have, sizeof(buf) - have)) > 0)
		have += (size_t)n;
	if ((f = fopen(out, "wb")) == NULL)
		exit(1);
	for (size_t at = 0; at < have; at += 200) {
		size_t len = have - at < 200 ? have - at : 200;

		if (pieces)
			fputc((int)len - 1, f);
		fwrite(buf + at, 1, len, f);
	}
	fclose(f);
	fprintf(stderr, "record: %zu bytes to %s\n", have, out);
}

int
main(int argc, char *argv[])
{
	struct sockaddr_in sin;
	socklen_t len = sizeof(sin);
	const char *in = NULL;
	int ch, listen_mode = 0, pieces = 0, port = 0, s, c;

	alarm(10);
	signal(SIGPIPE, SIG_IGN);
	while ((ch = getopt(argc, argv, "lp:i:P")) != -1) {
		switch (ch) {
		case 'l': listen_mode = 1; break;
		case 'p': port = atoi(optarg); break;
		case 'i': in = optarg; break;
		case 'P': pieces = 1; break;
		default: return 2;
		}
	}
	if (optind != argc - 1)
		return 2;
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if ((s = socket(AF_INET, SOCK_STREAM, 0)) == -1)
		return 1;
	if (listen_mode) {
		if (bind(s, (struct sockaddr *)&sin, sizeof(sin)) != 0 || listen(s, 1) != 0 ||
		    getsockname(s, (struct sockaddr *)&sin, &len) != 0)
			return 1;
		printf("PORT %d\n", ntohs(sin.sin_port));
		fflush(stdout);
		if ((c = accept(s, NULL, NULL)) == -1)
			return 1;
		save(c, argv[optind], pieces);
		return 0;
	}
	sin.sin_port = htons((unsigned short)port);
	if (in == NULL || connect(s, (struct sockaddr *)&sin, sizeof(sin)) != 0)
		return 1;
	{
		unsigned char hello[65536];
		FILE *f = fopen(in, "rb");
		size_t n = f ? fread(hello, 1, sizeof(hello), f) : 0;

		if (f)
			fclose(f);
		if (n == 0 || write(s, hello, n) != (ssize_t)n)
			return 1;
	}
	save(s, argv[optind], pieces);
	return 0;
}
