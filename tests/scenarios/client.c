/*
 * client: one blocking TLS client scenario, driven by its arguments, that
 * prints what a caller can observe (return values, SSL_get_error codes,
 * negotiated parameters, bytes moved, the first error on the queue).  The
 * test runner builds it twice, against our library and against the system
 * OpenSSL, and compares the two transcripts.
 *
 *   client -p PORT [-n SNI] [-m MINVER] [-M MAXVER] [-c CIPHERS]
 *          [-C SUITES] [-s LINE] [-x] [-k] [-q] [-a PROTOS] [-g GROUPS] [-R]
 *
 *   -x   use SSL_read_ex/SSL_write_ex instead of SSL_read/SSL_write
 *   -k   SSL_peek the reply before reading it
 *   -q   quiet shutdown (SSL_set_quiet_shutdown)
 *   -a   offer ALPN protocols, comma-separated (SSL_CTX_set_alpn_protos)
 *   -g   key-exchange groups (SSL_CTX_set1_groups_list)
 *   -R   read the server's line first, then send ours (for servers that
 *        speak first, as openssl s_server does with lines from its stdin)
 *
 * Versions are given as 1.2 or 1.3.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

static int
version(const char *s)
{
	if (strcmp(s, "1.2") == 0)
		return TLS1_2_VERSION;
	if (strcmp(s, "1.3") == 0)
		return TLS1_3_VERSION;
	fprintf(stderr, "bad version %s\n", s);
	exit(2);
}

/* Prints the error queue's first entry by library, reason and text, then empties it. */
static void
print_queue(void)
{
	unsigned long e = ERR_peek_error();
	const char *text;

	if (e == 0) {
		printf("queue: empty\n");
		return;
	}
	text = ERR_reason_error_string(e);
	printf("queue: lib=%d reason=%d \"%s\"\n", ERR_GET_LIB(e),
	    ERR_GET_REASON(e), text != NULL ? text : "(null)");
	ERR_clear_error();
}

static void
report(const char *what, SSL *ssl, int ret)
{
	int err = SSL_get_error(ssl, ret);

	printf("%s: %d\n", what, ret);
	printf("%s error: %d\n", what, err);
	if (err == SSL_ERROR_SYSCALL)
		printf("%s errno: %d\n", what, errno);
	if (ret <= 0)
		print_queue();
}

int
main(int argc, char *argv[])
{
	const char *sni = NULL, *ciphers = NULL, *suites = NULL;
	const char *line = "hello", *alpn = NULL, *groups = NULL;
	int port = -1, minv = 0, maxv = 0, ch, fd, ret;
	int use_ex = 0, peek = 0, quiet = 0, read_first = 0;
	size_t count;
	struct sockaddr_in sin;
	char buf[4096];
	SSL_CTX *ctx;
	SSL *ssl;

	while ((ch = getopt(argc, argv, "p:n:m:M:c:C:s:xkqa:g:R")) != -1) {
		switch (ch) {
		case 'p': port = atoi(optarg); break;
		case 'n': sni = optarg; break;
		case 'm': minv = version(optarg); break;
		case 'M': maxv = version(optarg); break;
		case 'c': ciphers = optarg; break;
		case 'C': suites = optarg; break;
		case 's': line = optarg; break;
		case 'x': use_ex = 1; break;
		case 'k': peek = 1; break;
		case 'q': quiet = 1; break;
		case 'a': alpn = optarg; break;
		case 'g': groups = optarg; break;
		case 'R': read_first = 1; break;
		default: return 2;
		}
	}
	if (port < 0)
		return 2;
	signal(SIGPIPE, SIG_IGN);

	if ((ctx = SSL_CTX_new(TLS_client_method())) == NULL) {
		print_queue();
		return 1;
	}
	if (minv != 0)
		printf("set min: %d\n", (int)SSL_CTX_set_min_proto_version(ctx, minv));
	if (maxv != 0)
		printf("set max: %d\n", (int)SSL_CTX_set_max_proto_version(ctx, maxv));
	if (ciphers != NULL)
		printf("set cipher list: %d\n", SSL_CTX_set_cipher_list(ctx, ciphers));
	if (suites != NULL)
		printf("set ciphersuites: %d\n", SSL_CTX_set_ciphersuites(ctx, suites));

	if (groups != NULL)
		printf("set groups: %ld\n", SSL_CTX_set1_groups_list(ctx, groups));
	if (alpn != NULL) {
		unsigned char wire[256];
		size_t n = 0;
		const char *p = alpn;

		while (*p != '\0' && n < sizeof(wire) - 1) {
			size_t len = strcspn(p, ",");
			wire[n++] = (unsigned char)len;
			memcpy(wire + n, p, len);
			n += len;
			p += len + (p[len] == ',');
		}
		printf("set alpn: %d\n", SSL_CTX_set_alpn_protos(ctx, wire, (unsigned int)n));
	}

	if ((fd = socket(AF_INET, SOCK_STREAM, 0)) == -1)
		return 1;
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_port = htons(port);
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (connect(fd, (struct sockaddr *)&sin, sizeof(sin)) == -1)
		printf("tcp connect: %s\n", strerror(errno));

	ssl = SSL_new(ctx);
	printf("set fd: %d\n", SSL_set_fd(ssl, fd));
	if (sni != NULL)
		printf("set host name: %ld\n", SSL_set_tlsext_host_name(ssl, sni));

	ERR_clear_error();
	errno = 0;
	ret = SSL_connect(ssl);
	report("connect", ssl, ret);
	if (ret == 1) {
		printf("version: %s\n", SSL_get_version(ssl));
		printf("cipher: %s\n", SSL_get_cipher_name(ssl));
		printf("init finished: %d\n", SSL_is_init_finished(ssl));
		{
			const SSL_CIPHER *c = SSL_get_current_cipher(ssl);
			int alg = -1, bits = SSL_CIPHER_get_bits(c, &alg);

			printf("cipher id: %08lx\n", (unsigned long)SSL_CIPHER_get_id(c));
			printf("cipher bits: %d %d\n", bits, alg);
			printf("cipher version: %s\n", SSL_CIPHER_get_version(c));
			printf("cipher standard name: %s\n", SSL_CIPHER_standard_name(c));
			printf("group: %ld\n", (long)SSL_get_negotiated_group(ssl));
		}
		if (alpn != NULL) {
			const unsigned char *proto;
			unsigned int len;

			SSL_get0_alpn_selected(ssl, &proto, &len);
			printf("alpn: %.*s\n", (int)len, proto != NULL ? (const char *)proto : "");
		}

		if (read_first) {
			ret = SSL_read(ssl, buf, sizeof(buf) - 1);
			report("first read", ssl, ret);
			if (ret > 0) {
				buf[ret] = '\0';
				buf[strcspn(buf, "\r\n")] = '\0';
				printf("server said: \"%s\"\n", buf);
			}
		}
		snprintf(buf, sizeof(buf), "%s\n", line);
		if (read_first) {
			ret = SSL_write(ssl, buf, (int)strlen(buf));
			report("write", ssl, ret);
		} else if (use_ex) {
			count = 99;
			ret = SSL_write_ex(ssl, buf, 0, &count);
			report("write_ex of nothing", ssl, ret);
			printf("written: %zu\n", count);
			ret = SSL_write_ex(ssl, buf, strlen(buf), &count);
			report("write_ex", ssl, ret);
			printf("written: %zu\n", count);
		} else {
			ret = SSL_write(ssl, buf, 0);
			report("write of nothing", ssl, ret);
			ret = SSL_write(ssl, buf, (int)strlen(buf));
			report("write", ssl, ret);
		}

		if (peek) {
			char first[4096];

			ret = SSL_peek(ssl, first, sizeof(first) - 1);
			report("peek", ssl, ret);
			printf("pending after peek: %d\n", SSL_pending(ssl));
			printf("has pending after peek: %d\n", SSL_has_pending(ssl));
		}
		if (read_first) {
			ret = 0;
		} else if (use_ex) {
			ret = SSL_read_ex(ssl, buf, sizeof(buf) - 1, &count);
			report("read_ex", ssl, ret);
			printf("readbytes: %zu\n", count);
			ret = ret == 1 ? (int)count : 0;
		} else {
			ret = SSL_read(ssl, buf, sizeof(buf) - 1);
			report("read", ssl, ret);
		}
		if (ret > 0) {
			buf[ret] = '\0';
			buf[strcspn(buf, "\r\n")] = '\0';
			printf("reply: \"%s\"\n", buf);
		}

		if (quiet) {
			SSL_set_quiet_shutdown(ssl, 1);
			printf("quiet shutdown: %d\n", SSL_get_quiet_shutdown(ssl));
		}
		ret = SSL_shutdown(ssl);
		report("shutdown", ssl, ret);
		printf("shutdown state: %d\n", SSL_get_shutdown(ssl));
	}

	SSL_free(ssl);
	SSL_CTX_free(ctx);
	close(fd);
	return 0;
}
