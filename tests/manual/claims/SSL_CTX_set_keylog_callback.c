/* Claims of SSL_CTX_set_keylog_callback(3). */
#include "claims.h"

#define MAXLINES 16

static char client_lines[MAXLINES][256], server_lines[MAXLINES][256];
static int nclient, nserver, wrong_ssl, newline;
static SSL *expect_c, *expect_s;

static void
cb(const SSL *ssl, const char *line)
{
	if (strchr(line, '\n') != NULL)
		newline = 1;
	if (ssl == expect_c && nclient < MAXLINES)
		snprintf(client_lines[nclient++], 256, "%s", line);
	else if (ssl == expect_s && nserver < MAXLINES)
		snprintf(server_lines[nserver++], 256, "%s", line);
	else
		wrong_ssl = 1;
}

static int
cmp(const void *a, const void *b)
{
	return strcmp(a, b);
}

/* Handshakes a pair limited to version; returns 1 if it succeeded. */
static int
run(SSL_CTX *cctx, SSL_CTX *sctx, int version)
{
	int ok;

	nclient = nserver = wrong_ssl = newline = 0;
	expect_c = SSL_new(cctx);
	expect_s = SSL_new(sctx);
	SSL_set_max_proto_version(expect_c, version);
	join_pair(expect_c, expect_s, 0);
	SSL_set_connect_state(expect_c);
	SSL_set_accept_state(expect_s);
	ok = handshake_both(expect_c, expect_s);
	SSL_shutdown(expect_c);
	SSL_shutdown(expect_s);
	SSL_free(expect_c);
	SSL_free(expect_s);
	qsort(client_lines, nclient, 256, cmp);
	qsort(server_lines, nserver, 256, cmp);
	return ok;
}

static int
same_lines(void)
{
	if (nclient != nserver)
		return 0;
	for (int i = 0; i < nclient; i++)
		if (strcmp(client_lines[i], server_lines[i]) != 0)
			return 0;
	return 1;
}

/* Label, 64 hex digits of client random, and a secret of hexlen digits. */
static int
well_formed(const char *line, const char *label, size_t hexlen)
{
	size_t l = strlen(label);

	return strncmp(line, label, l) == 0 && line[l] == ' ' && strspn(line + l + 1, "0123456789abcdef") == 64 &&
	    line[l + 65] == ' ' && strspn(line + l + 66, "0123456789abcdef") == hexlen && line[l + 66 + hexlen] == '\0';
}

int
main(int argc, char *argv[])
{
	SSL_CTX *cctx, *sctx;

	claims_init(argc, argv);
	cctx = SSL_CTX_new(TLS_client_method());
	sctx = server_ctx(TLS_server_method(), "ec");

	CHECK("SSL_CTX_get_keylog_callback returns NULL when none is set", SSL_CTX_get_keylog_callback(cctx) == NULL);
	SSL_CTX_set_keylog_callback(cctx, cb);
	SSL_CTX_set_keylog_callback(sctx, cb);
	CHECK("SSL_CTX_get_keylog_callback returns the callback set", SSL_CTX_get_keylog_callback(cctx) == cb);

	CHECK("a TLS 1.3 handshake", run(cctx, sctx, TLS1_3_VERSION));
	CHECKV("TLS 1.3: five lines on each end", nclient, 5);
	CHECK("TLS 1.3: both ends log the same lines", same_lines());
	CHECK("the callback is given the connection", !wrong_ssl);
	CHECK("the line has no newline", !newline);
	CHECK("TLS 1.3: CLIENT_HANDSHAKE_TRAFFIC_SECRET", well_formed(client_lines[0], "CLIENT_HANDSHAKE_TRAFFIC_SECRET", 96));
	CHECK("TLS 1.3: CLIENT_TRAFFIC_SECRET_0", well_formed(client_lines[1], "CLIENT_TRAFFIC_SECRET_0", 96));
	CHECK("TLS 1.3: EXPORTER_SECRET", well_formed(client_lines[2], "EXPORTER_SECRET", 96));
	CHECK("TLS 1.3: SERVER_HANDSHAKE_TRAFFIC_SECRET", well_formed(client_lines[3], "SERVER_HANDSHAKE_TRAFFIC_SECRET", 96));
	CHECK("TLS 1.3: SERVER_TRAFFIC_SECRET_0", well_formed(client_lines[4], "SERVER_TRAFFIC_SECRET_0", 96));

	CHECK("a TLS 1.2 handshake", run(cctx, sctx, TLS1_2_VERSION));
	CHECKV("TLS 1.2: one line on each end", nclient, 1);
	CHECK("TLS 1.2: both ends log the same line", same_lines());
	CHECK("TLS 1.2: CLIENT_RANDOM and the 48-byte master secret", well_formed(client_lines[0], "CLIENT_RANDOM", 96));

	SSL_CTX_set_keylog_callback(cctx, NULL);
	CHECK("a NULL callback removes it", SSL_CTX_get_keylog_callback(cctx) == NULL);
	run(cctx, sctx, TLS1_3_VERSION);
	CHECKV("then nothing is logged for that context", nclient, 0);

	ERR_clear_error();
	OURS("SSL_CTX_get_keylog_callback(NULL) returns NULL", SSL_CTX_get_keylog_callback(NULL) == NULL);
	OURS("and pushes ERR_R_PASSED_NULL_PARAMETER", queue_is(ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER));

	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	return claims_end();
}
