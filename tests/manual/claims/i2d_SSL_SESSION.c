/* Claims of i2d_SSL_SESSION(3). */
#include "sessions.h"

int
main(int argc, char *argv[])
{
	SSL_CTX *cctx, *sctx;
	SSL_SESSION *sess, *back, *into = NULL;
	unsigned char buf[16384], *w = buf, *nul = NULL;
	const unsigned char *r;
	unsigned int len1, len2;
	int len;

	claims_init(argc, argv);
	cctx = session_client_ctx();
	sctx = session_server_ctx();
	sess = new_session(cctx, sctx);

	len = i2d_SSL_SESSION(sess, NULL);
	CHECK("with pp NULL it returns the length of the encoding", len > 0 && len < (int)sizeof(buf));
	CHECKV("it writes the encoding at *pp and returns its length", i2d_SSL_SESSION(sess, &w), len);
	CHECK("and moves *pp past it", w == buf + len);

	r = buf;
	back = d2i_SSL_SESSION(NULL, &r, len);
	CHECK("d2i_SSL_SESSION reads it back", back != NULL);
	CHECK("and moves *pp past what it read", r == buf + len);
	CHECK("the session read has the same id and version",
	    back != NULL && SSL_SESSION_get_protocol_version(back) == SSL_SESSION_get_protocol_version(sess) &&
	    memcmp(SSL_SESSION_get_id(back, &len1), SSL_SESSION_get_id(sess, &len2), 32) == 0 && len1 == len2);
	CHECKV("and resumes", resumes(cctx, sctx, back), 1);
	SSL_SESSION_free(back);

	r = buf;
	back = d2i_SSL_SESSION(&into, &r, len);
	CHECK("with a, the session is also stored in *a", back != NULL && into == back);
	SSL_SESSION_free(back);

	r = buf;
	CHECK("a truncated encoding is refused with NULL", d2i_SSL_SESSION(NULL, &r, len - 1) == NULL);
	CHECK("and an error on the queue", !queue_empty());
	memset(buf, 0x30, 64);
	r = buf;
	CHECK("garbage is refused with NULL", d2i_SSL_SESSION(NULL, &r, 64) == NULL);
	CHECK("and an error on the queue, garbage", !queue_empty());
	CHECK("*pp does not move on failure", r == buf);

	{
		BIO *mem = BIO_new(BIO_s_mem());
		SSL_SESSION *pem, *into2 = NULL;
		char *text = NULL;
		long n;

		CHECKV("PEM_write_bio_SSL_SESSION returns 1", PEM_write_bio_SSL_SESSION(mem, sess), 1);
		n = BIO_get_mem_data(mem, &text);
		CHECK("between SSL SESSION PARAMETERS lines", n > 70 &&
		    strncmp(text, "-----BEGIN SSL SESSION PARAMETERS-----\n", 39) == 0 &&
		    strstr(text, "-----END SSL SESSION PARAMETERS-----\n") != NULL);
		pem = PEM_read_bio_SSL_SESSION(mem, &into2, NULL, NULL);
		CHECK("PEM_read_bio_SSL_SESSION reads it back, also into *x", pem != NULL && into2 == pem);
		CHECKV("and it resumes, PEM", resumes(cctx, sctx, pem), 1);
		SSL_SESSION_free(pem);
		ERR_clear_error();
		CHECK("no block left: NULL", PEM_read_bio_SSL_SESSION(mem, NULL, NULL, NULL) == NULL);
		CHECK("with PEM_R_NO_START_LINE", queue_is(ERR_LIB_PEM, PEM_R_NO_START_LINE));
		BIO_free(mem);
	}

	w = buf;
	i2d_SSL_SESSION(sess, &w);
	buf[4] ^= 0x7f;
	r = buf;
	OURS("an unknown format is refused with NULL", d2i_SSL_SESSION(NULL, &r, len) == NULL);
	ERR_clear_error();
	into = sess;
	r = buf;
	OURS("*a is left alone on failure", d2i_SSL_SESSION(&into, &r, len) == NULL && into == sess &&
	    SSL_SESSION_get_protocol_version(sess) == TLS1_2_VERSION);
	ERR_clear_error();

	{
		int r2 = i2d_SSL_SESSION(sess, &nul);
		const unsigned char *q = nul;
		SSL_SESSION *again;

		CHECK("with *pp NULL it allocates the buffer, returns the length and points *pp at it",
		    r2 == len && nul != NULL);
		again = nul != NULL ? d2i_SSL_SESSION(NULL, &q, r2) : NULL;
		CHECK("... which holds the encoding", again != NULL && q == nul + r2);
		SSL_SESSION_free(again);
		OPENSSL_free(nul);
	}

	SSL_SESSION_free(sess);
	SSL_CTX_free(cctx);
	SSL_CTX_free(sctx);
	return claims_end();
}
