/* Claims of PEM_read_bio_X509(3). */
#include <dlfcn.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include "claims.h"

static int cb_calls, cb_rwflag, cb_size;
static void *cb_u;

static int
password(char *buf, int size, int rwflag, void *u)
{
	cb_calls++;
	cb_rwflag = rwflag;
	cb_size = size;
	cb_u = u;
	memcpy(buf, "secret", 6);
	return 6;
}

static BIO *
file_bio(const char *name, const char *ext)
{
	static char text[8][16384];
	static int k;
	char *t = text[k++ % 8];
	FILE *f = fopen(cert_path(name, ext), "r");
	size_t n = f != NULL ? fread(t, 1, 16383, f) : 0;

	if (f != NULL)
		fclose(f);
	return BIO_new_mem_buf(t, (int)n);
}

int
main(int argc, char *argv[])
{
	BIO *b;
	X509 *x, *y, *old;
	EVP_PKEY *k;
	FILE *f;
	char line[128];
	int u = 0;

	claims_init(argc, argv);

	b = file_bio("chain", "pem");
	x = PEM_read_bio_X509(b, NULL, NULL, NULL);
	y = PEM_read_bio_X509(b, NULL, NULL, NULL);
	CHECK("a BIO holding several certificates yields them one per call", x != NULL && y != NULL);
	CHECK("when none is left: NULL with PEM_R_NO_START_LINE",
	    PEM_read_bio_X509(b, NULL, NULL, NULL) == NULL && queue_is(ERR_LIB_PEM, PEM_R_NO_START_LINE));
	X509_free(x);
	X509_free(y);
	BIO_free(b);
	f = fopen(cert_path("chain", "pem"), "r");
	x = PEM_read_X509(f, NULL, NULL, NULL);
	CHECK("PEM_read_X509 reads from a stream and takes nothing after the END line",
	    x != NULL && fgets(line, sizeof(line), f) != NULL && strncmp(line, "-----BEGIN CERTIFICATE-----", 27) == 0);
	X509_free(x);
	fclose(f);
	b = file_bio("keyfirst", "pem");
	x = PEM_read_bio_X509(b, NULL, NULL, NULL);
	CHECK("PEM blocks that are not certificates are skipped", x != NULL);
	X509_free(x);
	BIO_free(b);
	b = file_bio("junk", "pem");
	CHECK("input that is not PEM: NULL with PEM_R_NO_START_LINE",
	    PEM_read_bio_X509(b, NULL, NULL, NULL) == NULL && queue_is(ERR_LIB_PEM, PEM_R_NO_START_LINE));
	BIO_free(b);

	/* Keys. */
	{
		static const char *const plain[][2] = { { "ec", "key" }, { "rsa", "trad" }, { "ec", "trad" }, { "ec", "both" } };
		int all = 1;

		for (int i = 0; i < 4; i++) {
			b = file_bio(plain[i][0], plain[i][1]);
			k = PEM_read_bio_PrivateKey(b, NULL, NULL, NULL);
			all &= k != NULL;
			EVP_PKEY_free(k);
			BIO_free(b);
		}
		CHECK("PKCS#8 and traditional RSA and EC keys are read, other blocks skipped", all);
	}
	b = file_bio("ec", "enc");
	k = PEM_read_bio_PrivateKey(b, NULL, password, &u);
	CHECK("an encrypted PKCS#8 key with a callback: cb(buf, size, 0, u) returning the password's length",
	    k != NULL && cb_calls == 1 && cb_rwflag == 0 && cb_size > 6 && cb_u == &u);
	EVP_PKEY_free(k);
	BIO_free(b);
	b = file_bio("rsa", "tenc");
	k = PEM_read_bio_PrivateKey(b, NULL, NULL, (void *)"secret");
	CHECK("an encrypted traditional key, the password given as u without a callback", k != NULL);
	EVP_PKEY_free(k);
	BIO_free(b);
	b = file_bio("ec", "enc");
	/* OpenSSL would ask the terminal for a password. */
	OURS("an encrypted key and no password: NULL with PEM_R_BAD_PASSWORD_READ",
	    PEM_read_bio_PrivateKey(b, NULL, NULL, NULL) == NULL && queue_is(ERR_LIB_PEM, PEM_R_BAD_PASSWORD_READ));
	BIO_free(b);
	b = file_bio("ec", "enc");
	k = PEM_read_bio_PrivateKey(b, NULL, NULL, (void *)"wrong");
	OURS("a wrong password: NULL with PEM_R_BAD_DECRYPT", k == NULL && queue_is(ERR_LIB_PEM, PEM_R_BAD_DECRYPT));
	ERR_clear_error();
	BIO_free(b);
	f = fopen(cert_path("ec", "both"), "r");
	k = PEM_read_PrivateKey(f, NULL, NULL, NULL);
	CHECK("PEM_read_PrivateKey reads from a stream", k != NULL);
	EVP_PKEY_free(k);
	fclose(f);

	/* *x and references. */
	b = file_bio("chain", "pem");
	x = NULL;
	y = PEM_read_bio_X509(b, &x, NULL, NULL);
	CHECK("the object read is also stored in *x", y != NULL && x == y);
	old = x;
	CHECKV("X509_up_ref returns 1", X509_up_ref(old), 1);
	y = PEM_read_bio_X509(b, &x, NULL, NULL);
	OURS("a second read stores the new object in *x", y != NULL && x == y && x != old);
	X509_free(old);
	OURS("the object *x held before was freed: one reference less",
	    X509_up_ref(old) == 0 && queue_is(ERR_LIB_X509, ERR_R_PASSED_INVALID_ARGUMENT));
	X509_free(x);
	BIO_free(b);
	b = file_bio("ec", "key");
	k = PEM_read_bio_PrivateKey(b, NULL, NULL, NULL);
	CHECKV("EVP_PKEY_up_ref returns 1", EVP_PKEY_up_ref(k), 1);
	EVP_PKEY_free(k);
	CHECK("after one free of two references the key is still usable",
	    EVP_PKEY_up_ref(k) == 1);
	EVP_PKEY_free(k);
	EVP_PKEY_free(k);
	OURS("the last free frees it: EVP_PKEY_up_ref returns 0 for a pointer that is not live",
	    EVP_PKEY_up_ref(k) == 0);
	ERR_clear_error();
	BIO_free(b);
	X509_free(NULL);
	EVP_PKEY_free(NULL);
	CHECK("freeing NULL does nothing", queue_empty());
	OURS("there is no PEM_read_bio_PUBKEY", dlsym(RTLD_DEFAULT, "PEM_read_bio_PUBKEY") == NULL);
	return claims_end();
}
