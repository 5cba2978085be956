/*
 * server: one blocking TLS server scenario.  Listens on a free port of
 * 127.0.0.1 (printed as "PORT n" on stderr), accepts one connection,
 * completes SSL_accept, reads one line and sends it back reversed (as
 * openssl s_server -rev does), then closes the session.  Prints what it
 * observes on stdout; the runner compares our build's transcript with
 * OpenSSL's and drives it with real clients (openssl s_client, gnutls-cli).
 *
 *   server -c CERT -k KEY [-M 1.2|1.3] [-C] [-a PROTOS] [-S NAME:CERT:KEY]
 *
 *   -C   load the certificate with SSL_CTX_use_certificate_chain_file
 *   -a   accept these ALPN protocols (comma-separated, in preference
 *        order), choosing with SSL_select_next_proto; no overlap is fatal
 *   -S NAME:CERT:KEY   a servername callback that serves CERT/KEY (from a
 *        second SSL_CTX, via SSL_set_SSL_CTX) to clients asking for NAME
 *        and refuses other names with a fatal unrecognized_name alert
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

static unsigned char alpn_wire[256];
static unsigned int alpn_len;

static int
select_alpn(SSL *ssl, const unsigned char **out, unsigned char *outlen,
    const unsigned char *in, unsigned int inlen, void *arg)
{
	(void)ssl;
	(void)arg;
	if (SSL_select_next_proto((unsigned char **)out, outlen, alpn_wire, alpn_len,
	    in, inlen) != OPENSSL_NPN_NEGOTIATED)
		return SSL_TLSEXT_ERR_ALERT_FATAL;
	return SSL_TLSEXT_ERR_OK;
}

static char sni_name[256];
static SSL_CTX *sni_ctx;

static int
servername(SSL *ssl, int *alert, void *arg)
{
	const char *name = SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name);

	printf("servername callback: %s, arg %s\n", name != NULL ? name : "(none)",
	    arg == (void *)sni_name ? "ok" : "wrong");
	if (name != NULL && strcmp(name, sni_name) == 0) {
		printf("switched context: %s\n",
		    SSL_set_SSL_CTX(ssl, sni_ctx) == sni_ctx ? "yes" : "no");
		return SSL_TLSEXT_ERR_OK;
	}
	*alert = SSL_AD_UNRECOGNIZED_NAME;
	return SSL_TLSEXT_ERR_ALERT_FATAL;
}

static void
print_queue(void)
{
	unsigned long e = ERR_peek_error();

	if (e == 0)
		printf("queue: empty\n");
	else
		printf("queue: lib=%d reason=%d\n", ERR_GET_LIB(e), ERR_GET_REASON(e));
	ERR_clear_error();
}

int
main(int argc, char *argv[])
{
	const char *cert = NULL, *key = NULL;
	int maxv = 0, chain = 0, ch, s, c, ret, n;
	struct sockaddr_in sin;
	socklen_t len = sizeof(sin);
	char buf[4096];
	SSL_CTX *ctx;
	SSL *ssl;

	while ((ch = getopt(argc, argv, "c:k:M:Ca:S:")) != -1) {
		switch (ch) {
		case 'c': cert = optarg; break;
		case 'k': key = optarg; break;
		case 'M': maxv = strcmp(optarg, "1.2") == 0 ? TLS1_2_VERSION : TLS1_3_VERSION; break;
		case 'C': chain = 1; break;
		case 'S': {
			char *cert2 = strchr(optarg, ':'), *key2;

			if (cert2 == NULL || (key2 = strchr(cert2 + 1, ':')) == NULL)
				return 2;
			*cert2++ = '\0';
			*key2++ = '\0';
			snprintf(sni_name, sizeof(sni_name), "%s", optarg);
			sni_ctx = SSL_CTX_new(TLS_server_method());
			if (SSL_CTX_use_certificate_file(sni_ctx, cert2, SSL_FILETYPE_PEM) != 1 ||
			    SSL_CTX_use_PrivateKey_file(sni_ctx, key2, SSL_FILETYPE_PEM) != 1)
				return 1;
			break;
		}
		case 'a':
			for (const char *p = optarg; *p != '\0' && alpn_len < sizeof(alpn_wire) - 1;) {
				size_t len = strcspn(p, ",");
				alpn_wire[alpn_len++] = (unsigned char)len;
				memcpy(alpn_wire + alpn_len, p, len);
				alpn_len += (unsigned int)len;
				p += len + (p[len] == ',');
			}
			break;
		default: return 2;
		}
	}
	signal(SIGPIPE, SIG_IGN);
	alarm(20);

	ctx = SSL_CTX_new(TLS_server_method());
	if (maxv != 0)
		SSL_CTX_set_max_proto_version(ctx, maxv);
	if (alpn_len > 0)
		SSL_CTX_set_alpn_select_cb(ctx, select_alpn, NULL);
	if (sni_ctx != NULL) {
		SSL_CTX_set_tlsext_servername_callback(ctx, servername);
		SSL_CTX_set_tlsext_servername_arg(ctx, sni_name);
	}
	if (cert != NULL)
		printf("use certificate: %d\n", chain ?
		    SSL_CTX_use_certificate_chain_file(ctx, cert) :
		    SSL_CTX_use_certificate_file(ctx, cert, SSL_FILETYPE_PEM));
	if (key != NULL)
		printf("use private key: %d\n",
		    SSL_CTX_use_PrivateKey_file(ctx, key, SSL_FILETYPE_PEM));
	printf("check private key: %d\n", SSL_CTX_check_private_key(ctx));
	print_queue();

	s = socket(AF_INET, SOCK_STREAM, 0);
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (bind(s, (struct sockaddr *)&sin, sizeof(sin)) == -1 || listen(s, 1) == -1 ||
	    getsockname(s, (struct sockaddr *)&sin, &len) == -1)
		return 1;
	fprintf(stderr, "PORT %d\n", ntohs(sin.sin_port));
	fflush(stdout);
	fflush(stderr);
	if ((c = accept(s, NULL, NULL)) == -1)
		return 1;

	ssl = SSL_new(ctx);
	SSL_set_fd(ssl, c);
	printf("is server: %d\n", SSL_is_server(ssl));
	ret = SSL_accept(ssl);
	printf("accept: %d\n", ret);
	printf("accept error: %d\n", SSL_get_error(ssl, ret));
	if (ret != 1)
		print_queue();
	if (ret == 1) {
		printf("version: %s\n", SSL_get_version(ssl));
		printf("cipher: %s\n", SSL_get_cipher_name(ssl));
		if (alpn_len > 0) {
			const unsigned char *proto;
			unsigned int len;

			SSL_get0_alpn_selected(ssl, &proto, &len);
			printf("alpn: %.*s\n", (int)len, proto != NULL ? (const char *)proto : "");
		}
		n = SSL_read(ssl, buf, sizeof(buf) - 1);
		printf("read: %d\n", n);
		if (n > 0) {
			int end = n;

			while (end > 0 && (buf[end - 1] == '\n' || buf[end - 1] == '\r'))
				end--;
			for (int a = 0, b = end - 1; a < b; a++, b--) {
				char t = buf[a];
				buf[a] = buf[b];
				buf[b] = t;
			}
			printf("write: %d\n", SSL_write(ssl, buf, n));
		}
		ret = SSL_shutdown(ssl);
		printf("shutdown: %d\n", ret);
	}
	SSL_free(ssl);
	SSL_CTX_free(ctx);
	SSL_CTX_free(sni_ctx);
	close(c);
	close(s);
	return 0;
}
