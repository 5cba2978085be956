/* Claims of X509_NAME_print_ex(3), X509_get_subject_name(3), X509_get_serialNumber(3), d2i_X509(3), X509_get_pubkey(3). */
#include <openssl/pem.h>
#include <openssl/x509.h>

#include "claims.h"

static X509 *
load(const char *name)
{
	FILE *f = fopen(cert_path(name, "pem"), "r");
	X509 *x = f != NULL ? PEM_read_X509(f, NULL, NULL, NULL) : NULL;

	if (f != NULL)
		fclose(f);
	if (x == NULL) {
		fprintf(stderr, "cannot read %s\n", name);
		exit(1);
	}
	return x;
}

/* What X509_NAME_print_ex writes, and its return value in *ret. */
static const char *
printed(const X509_NAME *name, int indent, unsigned long flags, int *ret)
{
	static char text[1024];
	BIO *m = BIO_new(BIO_s_mem());
	char *data;
	long n;

	*ret = X509_NAME_print_ex(m, name, indent, flags);
	n = BIO_get_mem_data(m, &data);
	snprintf(text, sizeof(text), "%.*s", (int)n, data);
	BIO_free(m);
	return text;
}

static const char *
time_printed(const ASN1_TIME *t, int *ret)
{
	static char text[128];
	BIO *m = BIO_new(BIO_s_mem());
	char *data;
	long n;

	*ret = ASN1_TIME_print(m, t);
	n = BIO_get_mem_data(m, &data);
	snprintf(text, sizeof(text), "%.*s", (int)n, data);
	BIO_free(m);
	return text;
}

int
main(int argc, char *argv[])
{
	X509 *leaf, *ca, *expired, *rsa, *ed, *x;
	X509_NAME *name;
	char buf[64], *s;
	int r;
	unsigned char *der = NULL;
	const unsigned char *p;
	EVP_PKEY *k;

	claims_init(argc, argv);
	leaf = load("leaf");
	ca = load("ca");
	expired = load("expired");
	rsa = load("rsa");
	ed = load("ed25519");

	/* X509_get_subject_name(3) */
	name = X509_get_subject_name(leaf);
	CHECK("X509_get_subject_name returns the same pointer each time", X509_get_subject_name(leaf) == name);
	CHECK("X509_get_issuer_name: the issuer", strcmp(X509_NAME_oneline(X509_get_issuer_name(leaf), buf, sizeof(buf)), "/CN=ca.example") == 0);
	CHECKV("X509_NAME_get_text_by_NID: bytes copied", X509_NAME_get_text_by_NID(name, NID_commonName, buf, sizeof(buf)), 12);
	CHECKS("X509_NAME_get_text_by_NID: the value", buf, "leaf.example");
	CHECKV("X509_NAME_get_text_by_NID: at most len - 1 bytes", X509_NAME_get_text_by_NID(name, NID_commonName, buf, 5), 4);
	CHECKS("X509_NAME_get_text_by_NID: then a NUL", buf, "leaf");
	CHECKV("X509_NAME_get_text_by_NID: buf NULL gives the length", X509_NAME_get_text_by_NID(name, NID_commonName, NULL, 0), 12);
	CHECKV("X509_NAME_get_text_by_NID: no such entry: -1", X509_NAME_get_text_by_NID(name, NID_organizationName, buf, sizeof(buf)), -1);

	/* X509_NAME_print_ex(3) */
	CHECKS("XN_FLAG_ONELINE: short names, spaces around =", printed(name, 0, XN_FLAG_ONELINE, &r), "CN = leaf.example");
	CHECKV("returns the number of characters written", r, 17);
	CHECKS("the indent comes first", printed(name, 3, XN_FLAG_ONELINE, &r), "   CN = leaf.example");
	CHECKV("the count includes the indent", r, 20);
	CHECKS("XN_FLAG_RFC2253", printed(name, 0, XN_FLAG_RFC2253, &r), "CN=leaf.example");
	CHECKS("flags 0: the compat form", printed(name, 4, 0, &r), "CN=leaf.example");
	CHECKV("flags 0 returns 1", r, 1);
	CHECKS("XN_FLAG_MULTILINE: long names aligned", printed(name, 0, XN_FLAG_MULTILINE, &r), "commonName                = leaf.example");
	printed(name, 0, 0xb0000, &r);
	CHECKV("no valid separator: -1", r, -1);

	/* X509_NAME_oneline */
	s = X509_NAME_oneline(name, NULL, 0);
	CHECKS("X509_NAME_oneline with buf NULL: a new string", s, "/CN=leaf.example");
	OPENSSL_free(s);
	CHECK("X509_NAME_oneline returns buf", X509_NAME_oneline(name, buf, sizeof(buf)) == buf);
	CHECKS("X509_NAME_oneline: whole fields only", X509_NAME_oneline(name, buf, 10), "");
	CHECKS("X509_NAME_oneline: a field that fits with its NUL", X509_NAME_oneline(name, buf, 17), "/CN=leaf.example");
	CHECK("X509_NAME_oneline: size 0 with a buffer is NULL", X509_NAME_oneline(name, buf, 0) == NULL);
	CHECKS("X509_NAME_oneline: NULL name", X509_NAME_oneline(NULL, buf, sizeof(buf)), "NO X509_NAME");

	/* X509_get_serialNumber(3) */
	CHECK("X509_get_serialNumber returns the same pointer each time",
	    X509_get_serialNumber(expired) == X509_get_serialNumber(expired));
	CHECKV("ASN1_INTEGER_get: the serial number", ASN1_INTEGER_get(X509_get_serialNumber(expired)), 1);
	CHECKV("ASN1_INTEGER_get(NULL) is 0", ASN1_INTEGER_get(NULL), 0);
	CHECKV("ASN1_INTEGER_get: too large for a long: -1", ASN1_INTEGER_get(X509_get_serialNumber(leaf)) == -1 ||
	    ASN1_INTEGER_get(X509_get_serialNumber(leaf)) > 0, 1);
	ERR_clear_error();
	CHECKS("ASN1_TIME_print: notBefore of a UTCTime", time_printed(X509_get0_notBefore(expired), &r), "Jan  1 00:00:00 2020 GMT");
	CHECKV("ASN1_TIME_print returns 1", r, 1);
	CHECKS("ASN1_TIME_print: notAfter", time_printed(X509_get0_notAfter(expired), &r), "Jan  2 00:00:00 2020 GMT");
	CHECK("X509_getm_notBefore and X509_get_notBefore give the get0 object",
	    X509_getm_notBefore(expired) == X509_get0_notBefore(expired) && X509_get_notBefore(expired) == X509_get0_notBefore(expired));
	CHECK("X509_getm_notAfter and X509_get_notAfter give the get0 object",
	    X509_getm_notAfter(expired) == X509_get0_notAfter(expired) && X509_get_notAfter(expired) == X509_get0_notAfter(expired));

	/* d2i_X509(3) */
	r = i2d_X509(ca, &der);
	p = der;
	x = d2i_X509(NULL, &p, r);
	CHECK("d2i_X509 decodes what i2d_X509 encoded and advances *in", x != NULL && p == der + r);
	CHECKS("the decoded certificate has the same subject", X509_NAME_oneline(X509_get_subject_name(x), buf, sizeof(buf)), "/CN=ca.example");
	{
		X509 *slot = X509_dup(ca), *old = slot;

		p = der;
		OURS("BUGS: d2i_X509 into *a makes a new object and stores it there",
		    d2i_X509(&slot, &p, r) == slot && slot != old && slot != NULL);
		X509_free(slot);
	}
	X509_free(x);
	OPENSSL_free(der);
	{
		unsigned char *z = OPENSSL_zalloc(64), *m = OPENSSL_malloc(64);
		int zero = z != NULL;

		for (int i = 0; z != NULL && i < 64; i++)
			zero &= z[i] == 0;
		CHECK("OPENSSL_zalloc: memory set to zero", zero);
		CHECK("OPENSSL_malloc: memory", m != NULL);
		OPENSSL_free(z);
		OPENSSL_free(m);
		OURS("CRYPTO_malloc of 0 bytes is NULL", OPENSSL_malloc(0) == NULL);
	}
	CHECKV("i2d_X509(NULL) is 0", i2d_X509(NULL, NULL), 0);
	x = X509_dup(ca);
	CHECK("X509_dup: another object", x != NULL && x != ca);
	CHECKV("X509_dup: the same encoding length", i2d_X509(x, NULL), i2d_X509(ca, NULL));
	X509_free(x);
	{
		unsigned char junk[3] = { 4, 1, 0 };

		p = junk;
		x = X509_dup(ca);
		CHECK("d2i_X509 of junk: NULL, *in unchanged", d2i_X509(&x, &p, 3) == NULL && p == junk);
		CHECK("d2i_X509 failure frees *a and sets it to NULL", x == NULL);
		CHECK("ERRORS: not a SEQUENCE: ASN1_R_WRONG_TAG", queue_is(ERR_LIB_ASN1, 168));
	}

	/* X509_get_pubkey(3) */
	k = X509_get_pubkey(rsa);
	CHECKV("EVP_PKEY_get_id of an RSA key", EVP_PKEY_get_id(k), EVP_PKEY_RSA);
	CHECKV("EVP_PKEY_get_bits of an RSA key: the modulus", EVP_PKEY_get_bits(k), 2048);
	EVP_PKEY_free(k);
	CHECKV("EVP_PKEY_id of an EC key", EVP_PKEY_id(X509_get0_pubkey(ca)), EVP_PKEY_EC);
	CHECKV("EVP_PKEY_bits of a P-256 key", EVP_PKEY_bits(X509_get0_pubkey(ca)), 256);
	CHECKV("EVP_PKEY_get_id of an Ed25519 key", EVP_PKEY_get_id(X509_get0_pubkey(ed)), EVP_PKEY_ED25519);
	CHECKV("EVP_PKEY_get_bits of an Ed25519 key: 256", EVP_PKEY_get_bits(X509_get0_pubkey(ed)), 256);
	{
		X509 *ed448 = load("ed448");

		CHECKV("EVP_PKEY_get_id of an Ed448 key", EVP_PKEY_get_id(X509_get0_pubkey(ed448)), EVP_PKEY_ED448);
		CHECKV("EVP_PKEY_get_bits of an Ed448 key: 456", EVP_PKEY_get_bits(X509_get0_pubkey(ed448)), 456);
		X509_free(ed448);
	}
	CHECK("X509_get0_pubkey returns the same key each time", X509_get0_pubkey(ca) == X509_get0_pubkey(ca));

	/* Lifetimes: what a certificate hands out dies with it (ours: the pointers are refused after). */
	x = X509_dup(ca);
	name = X509_get_subject_name(x);
	X509_free(x);
	OURSV("a name dies with its certificate: X509_NAME_print_ex on it fails", X509_NAME_print_ex(NULL, name, 0, XN_FLAG_ONELINE), -1);
	ERR_clear_error();
	return claims_end();
}
