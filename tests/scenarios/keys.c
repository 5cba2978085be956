/*
 * keys: certificate and key loading, good and bad, from files, BIOs and
 * FILEs (SSL_CTX_use_certificate(3), PEM_read_bio_X509(3)).  Each step
 * prints its return value and the first and last entries of the error
 * queue; the runner compares the transcript with OpenSSL's.
 *
 *   keys DIR   (DIR holds a.pem/a.key (P-256), b.pem/b.key (RSA),
 *               a.enc.key (PKCS#8, password "secret"), a.legacy.key
 *               (traditional EC key with Proc-Type encryption, same
 *               password), empty, and garbage)
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

static char dir[512];

static const char *
path(const char *name)
{
	static char buf[1024];

	snprintf(buf, sizeof(buf), "%s/%s", dir, name);
	return buf;
}

static void
report(const char *what, long ret)
{
	unsigned long first = ERR_peek_error(), last = ERR_peek_last_error();

	printf("%s: %ld", what, ret);
	if (first != 0)
		printf(" first %d/%d last %d/%d", ERR_GET_LIB(first), ERR_GET_REASON(first),
		    ERR_GET_LIB(last), ERR_GET_REASON(last));
	printf("\n");
	ERR_clear_error();
}

static int
password(char *buf, int size, int rwflag, void *u)
{
	const char *pw = u;
	int n = (int)strlen(pw);

	(void)rwflag;
	if (n > size)
		return 0;
	memcpy(buf, pw, n);
	return n;
}

int
main(int argc, char *argv[])
{
	SSL_CTX *ctx;
	BIO *bio;
	FILE *fp;
	X509 *x, *y = NULL;
	EVP_PKEY *k;

	if (argc < 2)
		return 2;
	/* The runner passes -p PORT first; the directory is the last argument. */
	snprintf(dir, sizeof(dir), "%s", argv[argc - 1]);
	ctx = SSL_CTX_new(TLS_server_method());

	report("certificate, missing file", SSL_CTX_use_certificate_file(ctx, path("missing.pem"), SSL_FILETYPE_PEM));
	report("certificate, empty file", SSL_CTX_use_certificate_file(ctx, path("empty"), SSL_FILETYPE_PEM));
	report("certificate, not PEM", SSL_CTX_use_certificate_file(ctx, path("garbage"), SSL_FILETYPE_PEM));
	report("key, missing file", SSL_CTX_use_PrivateKey_file(ctx, path("missing.key"), SSL_FILETYPE_PEM));
	report("key, not PEM", SSL_CTX_use_PrivateKey_file(ctx, path("garbage"), SSL_FILETYPE_PEM));
	report("check with nothing set", SSL_CTX_check_private_key(ctx));
	report("certificate a", SSL_CTX_use_certificate_file(ctx, path("a.pem"), SSL_FILETYPE_PEM));
	report("key b, not a's", SSL_CTX_use_PrivateKey_file(ctx, path("b.key"), SSL_FILETYPE_PEM));
	report("check without a key", SSL_CTX_check_private_key(ctx));

	SSL_CTX_set_default_passwd_cb(ctx, password);
	SSL_CTX_set_default_passwd_cb_userdata(ctx, "wrong");
	report("encrypted key, wrong password", SSL_CTX_use_PrivateKey_file(ctx, path("a.enc.key"), SSL_FILETYPE_PEM));
	SSL_CTX_set_default_passwd_cb_userdata(ctx, "secret");
	report("encrypted key, right password", SSL_CTX_use_PrivateKey_file(ctx, path("a.enc.key"), SSL_FILETYPE_PEM));
	report("check", SSL_CTX_check_private_key(ctx));
	report("legacy encrypted key", SSL_CTX_use_PrivateKey_file(ctx, path("a.legacy.key"), SSL_FILETYPE_PEM));

	/* Objects: two certificates in one BIO, then nothing. */
	bio = BIO_new(BIO_s_mem());
	fp = fopen(path("a.pem"), "r");
	{
		char buf[8192];
		size_t n = fread(buf, 1, sizeof(buf), fp);
		BIO_write(bio, buf, (int)n);
		BIO_write(bio, buf, (int)n);
		fclose(fp);
	}
	x = PEM_read_bio_X509(bio, NULL, NULL, NULL);
	report("first certificate from a BIO", x != NULL);
	report("second, through **x", PEM_read_bio_X509(bio, &y, NULL, NULL) != NULL && y != NULL);
	report("third: none left", PEM_read_bio_X509(bio, NULL, NULL, NULL) != NULL);
	report("use certificate object", SSL_CTX_use_certificate(ctx, x));
	BIO_free(bio);

	fp = fopen(path("a.enc.key"), "r");
	k = PEM_read_PrivateKey(fp, NULL, NULL, (void *)"secret");
	report("key from a FILE, password as userdata", k != NULL);
	fclose(fp);
	report("use key object", SSL_CTX_use_PrivateKey(ctx, k));
	report("check", SSL_CTX_check_private_key(ctx));
	fp = fopen(path("b.key"), "r");
	EVP_PKEY_free(k);
	k = PEM_read_PrivateKey(fp, NULL, NULL, NULL);
	fclose(fp);
	report("use key object b, not a's", SSL_CTX_use_PrivateKey(ctx, k));
	report("X509_up_ref", X509_up_ref(x));
	X509_free(x);
	X509_free(x);
	X509_free(y);
	EVP_PKEY_free(k);
	SSL_CTX_free(ctx);
	return 0;
}
