/*
 * tcpserve: a plain TCP peer for scenarios that need a server which is not
 * TLS at all.  It listens on 127.0.0.1 on a free port, prints "PORT n",
 * serves one connection and exits.  It never runs longer than 20 seconds.
 *
 *   tcpserve close        read the first bytes, then close (EOF mid-handshake)
 *   tcpserve say TEXT     read the first bytes, write TEXT, then close
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int
main(int argc, char *argv[])
{
	struct sockaddr_in sin;
	socklen_t len = sizeof(sin);
	char buf[4096];
	int s, c;

	if (argc < 2)
		return 2;
	signal(SIGPIPE, SIG_IGN);
	alarm(20);
	if ((s = socket(AF_INET, SOCK_STREAM, 0)) == -1)
		return 1;
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (bind(s, (struct sockaddr *)&sin, sizeof(sin)) == -1 ||
	    listen(s, 1) == -1 ||
	    getsockname(s, (struct sockaddr *)&sin, &len) == -1)
		return 1;
	printf("PORT %d\n", ntohs(sin.sin_port));
	fflush(stdout);
	if ((c = accept(s, NULL, NULL)) == -1)
		return 1;
	(void)read(c, buf, sizeof(buf));
	if (strcmp(argv[1], "say") == 0 && argc > 2)
		(void)write(c, argv[2], strlen(argv[2]));
	close(c);
	close(s);
	return 0;
}
