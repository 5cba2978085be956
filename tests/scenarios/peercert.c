/*
 * peercert: what a client can learn about the server's certificates
 * (SSL_get_peer_certificate(3), SSL_get_peer_cert_chain(3),
 * X509_get_subject_name(3), X509_NAME_print_ex(3), d2i_X509(3),
 * PEM_write_bio_X509(3)) and application data on SSL and SSL_CTX objects
 * (SSL_get_ex_new_index(3)).  Built against our library and against the
 * system OpenSSL; the runner compares the transcripts.  Nothing printed
 * depends on pointer values.
 *
 *   peercert -p PORT
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
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

static BIO *out;

static void
queue(const char *what)
{
	unsigned long e = ERR_peek_error();

	printf("%s queue: lib=%d reason=%d\n", what, ERR_GET_LIB(e), ERR_GET_REASON(e));
	ERR_clear_error();
}

static void
on_free(void *parent, void *ptr, CRYPTO_EX_DATA *ad, int idx, long argl, void *argp)
{
	(void)parent;
	(void)ad;
	printf("free callback: idx %d value %s argl %ld argp %s\n", idx,
	    ptr != NULL ? (const char *)ptr : "(null)", argl, argp != NULL ? (const char *)argp : "(null)");
}

static const char *
str(void *p)
{
	return p != NULL ? (const char *)p : "(null)";
}

static void
oneline(const char *what, const X509_NAME *name)
{
	char *s = X509_NAME_oneline(name, NULL, 0);

	printf("%s: %s\n", what, s != NULL ? s : "(null)");
	OPENSSL_free(s);
}

static void
print_ex(const X509_NAME *name, int indent, unsigned long flags, const char *label)
{
	int r;

	printf("print_ex %s indent %d: [", label, indent);
	fflush(stdout);
	r = X509_NAME_print_ex(out, name, indent, flags);
	printf("] -> %d\n", r);
}

static void
names(const char *who, X509 *x)
{
	X509_NAME *subject = X509_get_subject_name(x);
	char buf[512];
	int sizes[] = { 1, 2, 6, 7, 40, 41, 300 };
	size_t i;

	printf("== %s\n", who);
	oneline("subject", subject);
	oneline("issuer", X509_get_issuer_name(x));
	printf("subject pointer stable: %s\n", X509_get_subject_name(x) == subject ? "yes" : "no");
	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		char *r;

		memset(buf, '#', sizeof(buf));
		r = X509_NAME_oneline(subject, buf, sizes[i]);
		printf("oneline in %d bytes: %s [%s]\n", sizes[i], r == buf ? "buf" : "other", r == buf ? buf : "");
	}
	print_ex(subject, 0, 0, "compat");
	print_ex(subject, 4, 0, "compat");
	print_ex(subject, 0, XN_FLAG_ONELINE, "oneline");
	print_ex(subject, 3, XN_FLAG_ONELINE, "oneline");
	print_ex(subject, 0, XN_FLAG_RFC2253, "rfc2253");
	print_ex(subject, 2, XN_FLAG_MULTILINE, "multiline");
	print_ex(subject, 0, XN_FLAG_SEP_SPLUS_SPC | XN_FLAG_FN_LN, "semicolons, long names, raw");
	print_ex(subject, 0, XN_FLAG_SEP_COMMA_PLUS | XN_FLAG_FN_OID | XN_FLAG_DN_REV, "oids reversed");
	print_ex(subject, 0, XN_FLAG_SEP_COMMA_PLUS | XN_FLAG_FN_NONE | ASN1_STRFLGS_SHOW_TYPE, "types");
	print_ex(subject, 0, XN_FLAG_SEP_CPLUS_SPC | ASN1_STRFLGS_DUMP_ALL | ASN1_STRFLGS_DUMP_DER, "der dump");
	print_ex(subject, 0, XN_FLAG_SEP_CPLUS_SPC | ASN1_STRFLGS_DUMP_ALL, "content dump");
	print_ex(subject, 0, XN_FLAG_ONELINE & ~ASN1_STRFLGS_ESC_QUOTE, "oneline without quotes");
	print_ex(subject, 0, XN_FLAG_SEP_CPLUS_SPC | XN_FLAG_SPC_EQ | ASN1_STRFLGS_ESC_MSB | ASN1_STRFLGS_ESC_CTRL,
	    "msb escapes, no utf8 conversion");
	print_ex(subject, 0, XN_FLAG_SEP_CPLUS_SPC | ASN1_STRFLGS_IGNORE_TYPE | ASN1_STRFLGS_ESC_MSB, "ignore type");
	print_ex(subject, 5, 0xb0000, "unknown separator");
	print_ex(X509_get_issuer_name(x), 0, XN_FLAG_RFC2253, "issuer rfc2253");
	print_ex(X509_get_issuer_name(x), 0, XN_FLAG_ONELINE, "issuer oneline");

	printf("text CN: %d", X509_NAME_get_text_by_NID(subject, NID_commonName, buf, sizeof(buf)));
	printf(" [%s]\n", buf);
	printf("text CN in 5: %d", X509_NAME_get_text_by_NID(subject, NID_commonName, buf, 5));
	printf(" [%s]\n", buf);
	printf("text CN length: %d\n", X509_NAME_get_text_by_NID(subject, NID_commonName, NULL, 0));
	printf("text O: %d", X509_NAME_get_text_by_NID(subject, NID_organizationName, buf, sizeof(buf)));
	printf(" [%s]\n", buf);
	printf("text OU (first of two): %d", X509_NAME_get_text_by_NID(subject, NID_organizationalUnitName, buf, sizeof(buf)));
	printf(" [%s]\n", buf);
	printf("text L (absent): %d\n", X509_NAME_get_text_by_NID(subject, NID_localityName, buf, sizeof(buf)));
	queue("text L");
}

static void
numbers(X509 *x)
{
	printf("serial: %ld\n", ASN1_INTEGER_get(X509_get_serialNumber(x)));
	queue("serial");
	printf("serial get0 is the same object: %s\n",
	    (const ASN1_INTEGER *)X509_get_serialNumber(x) == X509_get0_serialNumber(x) ? "yes" : "no");
	printf("not before: ");
	fflush(stdout);
	printf(" -> %d\n", ASN1_TIME_print(out, X509_get0_notBefore(x)));
	printf("not after: ");
	fflush(stdout);
	printf(" -> %d\n", ASN1_TIME_print(out, X509_get0_notAfter(x)));
}

static void
keys(X509 *x)
{
	EVP_PKEY *k = X509_get_pubkey(x);

	printf("pubkey: id %d bits %d\n", EVP_PKEY_id(k), EVP_PKEY_bits(k));
	printf("pubkey get0: id %d bits %d\n", EVP_PKEY_get_id(X509_get0_pubkey(x)), EVP_PKEY_get_bits(X509_get0_pubkey(x)));
	EVP_PKEY_free(k);
}

static void
encodings(X509 *x)
{
	unsigned char buf[16384], *p = buf, *alloc = NULL;
	const unsigned char *q;
	int len = i2d_X509(x, NULL), n, n2, ok;
	X509 *back, *slot, *dup;
	unsigned char junk[4] = { 1, 2, 3, 4 };

	printf("i2d length: %d\n", len > 0 ? len : -1);
	n = i2d_X509(x, &p);
	printf("i2d into buffer: %s, advanced by the length: %s\n", n == len ? "length" : "other",
	    p == buf + len ? "yes" : "no");
	n2 = i2d_X509(x, &alloc);
	printf("i2d allocating: %s, same bytes: %s\n", n2 == len ? "length" : "other",
	    alloc != NULL && memcmp(alloc, buf, len) == 0 ? "yes" : "no");
	OPENSSL_free(alloc);

	/* Two encodings back to back: each d2i takes one. */
	memcpy(buf + len, buf, len);
	q = buf;
	back = d2i_X509(NULL, &q, 2L * len);
	printf("d2i: %s, advanced by the length: %s\n", back != NULL ? "certificate" : "NULL", q == buf + len ? "yes" : "no");
	alloc = NULL;
	ok = back != NULL && i2d_X509(back, &alloc) == len && memcmp(alloc, buf, len) == 0;
	printf("d2i then i2d gives the same bytes: %s\n", ok ? "yes" : "no");
	OPENSSL_free(alloc);
	slot = X509_dup(x);
	printf("second d2i into *a: %s\n", d2i_X509(&slot, &q, len) == slot && slot != NULL ? "returned *a" : "other");
	printf("advanced to the end: %s\n", q == buf + 2 * len ? "yes" : "no");
	oneline("decoded subject", X509_get_subject_name(slot));

	q = junk;
	printf("d2i of junk: %s", d2i_X509(&slot, &q, sizeof(junk)) == NULL ? "NULL" : "certificate");
	printf(", *a now %s, advanced %d\n", slot == NULL ? "NULL" : "set", (int)(q - junk));
	queue("d2i junk");
	q = buf;
	printf("d2i of a truncated encoding: %s", d2i_X509(NULL, &q, len - 1) == NULL ? "NULL" : "certificate");
	printf(", advanced %d\n", (int)(q - buf));
	queue("d2i truncated");
	X509_free(back);

	dup = X509_dup(x);
	alloc = NULL;
	printf("dup: %s object, same encoding: %s\n", dup != x ? "another" : "the same",
	    i2d_X509(dup, &alloc) == len && memcmp(alloc, buf, len) == 0 ? "yes" : "no");
	OPENSSL_free(alloc);
	X509_free(dup);
}

static void
pem(X509 *x)
{
	BIO *m = BIO_new(BIO_s_mem());
	FILE *f = tmpfile();
	char *data, text[16384];
	long n;
	size_t got;

	printf("PEM_write_bio_X509: %d\n", PEM_write_bio_X509(m, x));
	n = BIO_get_mem_data(m, &data);
	printf("%.*s", (int)n, data);
	printf("PEM_write_X509: %d\n", PEM_write_X509(f, x));
	rewind(f);
	got = fread(text, 1, sizeof(text), f);
	printf("PEM_write_X509 wrote the same text: %s\n", (long)got == n && memcmp(text, data, got) == 0 ? "yes" : "no");
	fclose(f);
	BIO_free(m);
}

static void
chain(SSL *ssl, X509 *peer)
{
	STACK_OF(X509) *sk = SSL_get_peer_cert_chain(ssl), *mine;
	int i, n = sk_X509_num(sk);

	printf("chain: %d certificates\n", n);
	printf("chain pointer stable: %s\n", SSL_get_peer_cert_chain(ssl) == sk ? "yes" : "no");
	printf("chain[0] is the peer certificate: %s\n", sk_X509_value(sk, 0) == peer ? "yes" : "no");
	for (i = 0; i < n; i++) {
		char label[32];

		snprintf(label, sizeof(label), "chain[%d]", i);
		names(label, sk_X509_value(sk, i));
		numbers(sk_X509_value(sk, i));
		keys(sk_X509_value(sk, i));
	}
	printf("value past the end: %s\n", sk_X509_value(sk, n) == NULL ? "NULL" : "set");
	printf("value at -1: %s\n", sk_X509_value(sk, -1) == NULL ? "NULL" : "set");

	mine = sk_X509_new_null();
	for (i = 0; i < n; i++)
		printf("push dup: %d\n", sk_X509_push(mine, X509_dup(sk_X509_value(sk, i))));
	printf("own stack: %d\n", sk_X509_num(mine));
	oneline("own stack [1] subject", X509_get_subject_name(sk_X509_value(mine, 1)));
	sk_X509_pop_free(mine, X509_free);
	mine = sk_X509_new_null();
	sk_X509_free(mine);
}

static void
null_arguments(void)
{
	char buf[16];
	char *s;

	printf("sk_X509_num(NULL): %d\n", sk_X509_num((STACK_OF(X509) *)NULL));
	printf("sk_X509_value(NULL, 0): %s\n", sk_X509_value((STACK_OF(X509) *)NULL, 0) == NULL ? "NULL" : "set");
	s = X509_NAME_oneline(NULL, NULL, 0);
	printf("oneline(NULL): %s\n", s);
	OPENSSL_free(s);
	s = X509_NAME_oneline(NULL, buf, 5);
	printf("oneline(NULL) in 5 bytes: %s\n", s == buf ? buf : "other");
	printf("ASN1_INTEGER_get(NULL): %ld\n", ASN1_INTEGER_get(NULL));
	printf("i2d_X509(NULL): %d\n", i2d_X509(NULL, NULL));
	X509_free(NULL);
	queue("NULL arguments");
}

static void
ex_data_before(SSL_CTX *ctx, SSL *ssl, int si1, int si2, int ci1)
{
	printf("ctx set %d: %d\n", ci1, SSL_CTX_set_ex_data(ctx, ci1, "ctx-one"));
	printf("ctx get %d: %s\n", ci1, str(SSL_CTX_get_ex_data(ctx, ci1)));
	printf("ctx get 1000: %s\n", str(SSL_CTX_get_ex_data(ctx, 1000)));
	printf("ctx set app data: %d\n", SSL_CTX_set_app_data(ctx, "ctx-app"));
	printf("ctx app data: %s, index 0: %s\n", str(SSL_CTX_get_app_data(ctx)), str(SSL_CTX_get_ex_data(ctx, 0)));

	printf("ssl get %d before set: %s\n", si1, str(SSL_get_ex_data(ssl, si1)));
	printf("ssl set %d: %d\n", si1, SSL_set_ex_data(ssl, si1, "one"));
	printf("ssl set %d: %d\n", si2, SSL_set_ex_data(ssl, si2, "two"));
	printf("ssl get %d: %s, %d: %s\n", si1, str(SSL_get_ex_data(ssl, si1)), si2, str(SSL_get_ex_data(ssl, si2)));
	printf("ssl set %d again: %d\n", si1, SSL_set_ex_data(ssl, si1, "uno"));
	printf("ssl get %d: %s\n", si1, str(SSL_get_ex_data(ssl, si1)));
	printf("ssl set -1: %d\n", SSL_set_ex_data(ssl, -1, "minus"));
	queue("ssl set -1");
	printf("ssl get -1: %s\n", str(SSL_get_ex_data(ssl, -1)));
	printf("ssl set 100 (never allocated): %d\n", SSL_set_ex_data(ssl, 100, "hundred"));
	printf("ssl get 100: %s, get 99: %s\n", str(SSL_get_ex_data(ssl, 100)), str(SSL_get_ex_data(ssl, 99)));
	printf("ssl set app data: %d\n", SSL_set_app_data(ssl, "app"));
	printf("ssl app data: %s, index 0: %s\n", str(SSL_get_app_data(ssl)), str(SSL_get_ex_data(ssl, 0)));
	queue("ex_data");
}

int
main(int argc, char *argv[])
{
	struct sockaddr_in sin;
	int port = -1, fd, ch, ret, si1, si2, ci1, ci2;
	SSL_CTX *ctx;
	SSL *ssl;
	X509 *peer, *peer_old, *peer0;

	while ((ch = getopt(argc, argv, "p:")) != -1) {
		switch (ch) {
		case 'p': port = atoi(optarg); break;
		default: return 2;
		}
	}
	if (port < 0)
		return 2;
	signal(SIGPIPE, SIG_IGN);
	/* Unbuffered, so its output falls between stdout's (flushed first). */
	out = BIO_new_fd(STDOUT_FILENO, BIO_NOCLOSE);

	si1 = SSL_get_ex_new_index(0, NULL, NULL, NULL, NULL);
	si2 = SSL_get_ex_new_index(42, "ssl-argp", NULL, NULL, on_free);
	ci1 = SSL_CTX_get_ex_new_index(0, NULL, NULL, NULL, NULL);
	ci2 = SSL_CTX_get_ex_new_index(7, NULL, NULL, NULL, on_free);
	printf("ssl indexes: %d %d\n", si1, si2);
	printf("ctx indexes: %d %d\n", ci1, ci2);

	ctx = SSL_CTX_new(TLS_client_method());
	ssl = SSL_new(ctx);
	ex_data_before(ctx, ssl, si1, si2, ci1);
	printf("before the handshake: peer %s, get0 %s, chain %s\n",
	    SSL_get1_peer_certificate(ssl) == NULL ? "NULL" : "set",
	    SSL_get0_peer_certificate(ssl) == NULL ? "NULL" : "set",
	    SSL_get_peer_cert_chain(ssl) == NULL ? "NULL" : "set");
	null_arguments();

	if ((fd = socket(AF_INET, SOCK_STREAM, 0)) == -1)
		return 1;
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_port = htons(port);
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (connect(fd, (struct sockaddr *)&sin, sizeof(sin)) == -1)
		printf("tcp connect: %s\n", strerror(errno));
	SSL_set_fd(ssl, fd);
	ret = SSL_connect(ssl);
	printf("connect: %d\n", ret);
	if (ret != 1) {
		queue("connect");
		return 1;
	}

	peer = SSL_get1_peer_certificate(ssl);
	peer_old = SSL_get_peer_certificate(ssl);
	peer0 = SSL_get0_peer_certificate(ssl);
	printf("peer certificate: %s\n", peer != NULL ? "present" : "NULL");
	printf("get1, get and get0 give one object: %s\n", peer == peer_old && peer == peer0 ? "yes" : "no");
	X509_free(peer_old);
	names("peer", peer);
	numbers(peer);
	keys(peer);
	encodings(peer);
	pem(peer);
	chain(ssl, peer);
	printf("ssl ex_data after the handshake: %s\n", str(SSL_get_ex_data(ssl, si1)));

	printf("shutdown: %d\n", SSL_shutdown(ssl));
	printf("freeing the SSL\n");
	SSL_free(ssl);
	close(fd);
	/* get1's reference outlives the connection. */
	oneline("peer subject after SSL_free", X509_get_subject_name(peer));
	X509_free(peer);
	printf("freeing the SSL_CTX\n");
	SSL_CTX_free(ctx);
	BIO_free(out);
	printf("done\n");
	return 0;
}
