/*
 * verify: a TLS client that verifies the server's certificate, printing
 * what a caller can observe: SSL_connect's return and SSL_get_error, the
 * verify result and its text, the reason SSL put last on the error queue,
 * and each call of the verify callback.  Built against our library and
 * against OpenSSL, the two transcripts are compared (tests/scenarios/run.sh).
 *
 *   verify -p PORT [-A CAFILE] [-D CADIR] [-E] [-h HOST] [-a HOST] [-f FLAGS]
 *          [-d DEPTH] [-n] [-c log|all|ERROR] [-V]
 *
 *   -A   SSL_CTX_load_verify_locations(ctx, CAFILE, NULL)
 *   -D   SSL_CTX_load_verify_locations(ctx, NULL, CADIR)
 *   -E   SSL_CTX_set_default_verify_paths (SSL_CERT_FILE etc. from the environment)
 *   -h   SSL_set1_host; -a SSL_add1_host; -f SSL_set_hostflags
 *   -d   SSL_CTX_set_verify_depth
 *   -n   SSL_VERIFY_NONE instead of SSL_VERIFY_PEER
 *   -c   a verify callback: "log" answers preverify_ok, "all" accepts
 *        everything, a number accepts that X509_V_* error only
 *   -e   NAME=VALUE: setenv(3) before the first library call (SSL_CERT_FILE)
 *   -V   print SSL_get0_verified_chain before and after SSL_connect
 *   -C   CHAINFILE, -K KEYFILE: the client's own certificate chain and key
 *        (SSL_CTX_use_certificate_chain_file, SSL_CTX_use_PrivateKey_file)
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

static const char *cbmode;
static SSL *the_ssl;

static int
callback(int ok, X509_STORE_CTX *store)
{
	int err = X509_STORE_CTX_get_error(store);
	int depth = X509_STORE_CTX_get_error_depth(store);
	SSL *ssl = X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx());
	int answer = ok;

	if (strcmp(cbmode, "all") == 0)
		answer = 1;
	else if (strcmp(cbmode, "log") != 0 && !ok && err == atoi(cbmode))
		answer = 1;
	printf("callback: ok=%d depth=%d error=%d cert=%s ssl=%s -> %d\n", ok, depth, err,
	    X509_STORE_CTX_get_current_cert(store) != NULL ? "yes" : "no",
	    ssl == the_ssl ? "ours" : "other", answer);
	return answer;
}

/* SSL_get0_verified_chain: its length and each subject, leaf first. */
static void
print_verified_chain(const char *when)
{
	STACK_OF(X509) *chain = SSL_get0_verified_chain(the_ssl);
	char name[256];
	int i;

	if (chain == NULL) {
		printf("verified chain %s: none\n", when);
		return;
	}
	printf("verified chain %s: %d\n", when, sk_X509_num(chain));
	for (i = 0; i < sk_X509_num(chain); i++)
		printf("  %d %s\n", i, X509_NAME_oneline(X509_get_subject_name(sk_X509_value(chain, i)),
		    name, sizeof(name)));
}

static void
print_last_error(void)
{
	unsigned long e = ERR_peek_last_error();

	if (e == 0)
		printf("queue: empty\n");
	else
		printf("queue last: lib=%d reason=%d \"%s\"\n", ERR_GET_LIB(e), ERR_GET_REASON(e),
		    ERR_reason_error_string(e) != NULL ? ERR_reason_error_string(e) : "(null)");
	ERR_clear_error();
}

int
main(int argc, char *argv[])
{
	const char *cafile = NULL, *cadir = NULL, *host = NULL, *addhost = NULL;
	const char *mycert = NULL, *mykey = NULL;
	int port = -1, depth = -2, mode = SSL_VERIFY_PEER, defaults = 0, verified = 0, ch, fd, ret;
	unsigned int hostflags = 0;
	struct sockaddr_in sin;
	long result;
	char buf[64];
	SSL_CTX *ctx;

	while ((ch = getopt(argc, argv, "p:A:D:Eh:a:f:d:nc:e:C:K:V")) != -1) {
		switch (ch) {
		case 'p': port = atoi(optarg); break;
		case 'A': cafile = optarg; break;
		case 'D': cadir = optarg; break;
		case 'E': defaults = 1; break;
		case 'h': host = optarg; break;
		case 'a': addhost = optarg; break;
		case 'f': hostflags = (unsigned int)strtoul(optarg, NULL, 0); break;
		case 'd': depth = atoi(optarg); break;
		case 'n': mode = SSL_VERIFY_NONE; break;
		case 'c': cbmode = optarg; break;
		case 'C': mycert = optarg; break;
		case 'K': mykey = optarg; break;
		case 'V': verified = 1; break;
		case 'e':
			if (strchr(optarg, '=') == NULL)
				return 2;
			*strchr(optarg, '=') = 0;
			setenv(optarg, optarg + strlen(optarg) + 1, 1);
			break;
		default: return 2;
		}
	}
	if (port < 0)
		return 2;

	ctx = SSL_CTX_new(TLS_client_method());
	if (mycert != NULL)
		printf("own certificate: %d %d\n", SSL_CTX_use_certificate_chain_file(ctx, mycert),
		    SSL_CTX_use_PrivateKey_file(ctx, mykey, SSL_FILETYPE_PEM));
	if (cafile != NULL || cadir != NULL)
		printf("load verify locations: %d\n", SSL_CTX_load_verify_locations(ctx, cafile, cadir));
	if (defaults)
		printf("set default verify paths: %d\n", SSL_CTX_set_default_verify_paths(ctx));
	SSL_CTX_set_verify(ctx, mode, cbmode != NULL ? callback : NULL);
	if (depth != -2)
		SSL_CTX_set_verify_depth(ctx, depth);
	printf("verify mode: %d depth: %d\n", SSL_CTX_get_verify_mode(ctx), SSL_CTX_get_verify_depth(ctx));

	fd = socket(AF_INET, SOCK_STREAM, 0);
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_port = htons((unsigned short)port);
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (connect(fd, (struct sockaddr *)&sin, sizeof(sin)) != 0) {
		perror("connect");
		return 1;
	}
	the_ssl = SSL_new(ctx);
	SSL_set_fd(the_ssl, fd);
	if (host != NULL)
		printf("set1 host: %d\n", SSL_set1_host(the_ssl, host));
	if (addhost != NULL)
		printf("add1 host: %d\n", SSL_add1_host(the_ssl, addhost));
	if (hostflags != 0)
		SSL_set_hostflags(the_ssl, hostflags);
	printf("verify result before: %ld\n", SSL_get_verify_result(the_ssl));

	if (verified)
		print_verified_chain("before");
	ret = SSL_connect(the_ssl);
	printf("connect: %d\n", ret);
	if (verified)
		print_verified_chain("after");
	printf("connect error: %d\n", SSL_get_error(the_ssl, ret));
	result = SSL_get_verify_result(the_ssl);
	printf("verify result: %ld \"%s\"\n", result, X509_verify_cert_error_string(result));
	print_last_error();
	if (ret == 1) {
		if (SSL_get0_peername(the_ssl) != NULL)
			printf("peername: %s\n", SSL_get0_peername(the_ssl));
		ret = SSL_write(the_ssl, "hello\n", 6);
		printf("write: %d\n", ret);
		ret = SSL_read(the_ssl, buf, sizeof(buf) - 1);
		if (ret > 0) {
			buf[ret] = 0;
			buf[strcspn(buf, "\n")] = 0;
		}
		printf("read: %d%s%s\n", ret, ret > 0 ? " " : "", ret > 0 ? buf : "");
		if (ret <= 0) {
			printf("read error: %d\n", SSL_get_error(the_ssl, ret));
			print_last_error();
		}
		SSL_shutdown(the_ssl);
	}
	SSL_free(the_ssl);
	SSL_CTX_free(ctx);
	/*
	 * Send FIN and drain what the server sent before closing: closing with
	 * unread data makes the kernel reset the connection, and the server
	 * could lose the alert a failed verification sent.
	 */
	shutdown(fd, SHUT_WR);
	while (read(fd, buf, sizeof(buf)) > 0)
		continue;
	close(fd);
	return 0;
}
