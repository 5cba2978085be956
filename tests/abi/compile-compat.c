/*
 * compile-compat.c: a small TLS client written the way typical programs use
 * the OpenSSL API (initialise, make a context, connect, read, write, shut
 * down, report errors).
 *
 * tests/abi/check-headers.sh compiles it against Debian's OpenSSL 3 headers
 * and against ours, with -Wall -Wextra -Werror, and checks that every
 * library symbol it needs is in libssl/Symbols.list.  It is not run there.
 *
 * Usage: compile-compat HOST [PORT [counting]]
 *
 * The transport is a socket BIO handed to SSL_set_bio, optionally wrapped
 * in a BIO method of our own that counts bytes (as curl wraps its
 * connection filters), and errors are collected in a memory BIO.
 */
#define _POSIX_C_SOURCE 200809L

#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/opensslv.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#if OPENSSL_VERSION_NUMBER < 0x10100000L
#error "this client needs the OpenSSL 1.1.0 API or later"
#endif

/*
 * Prints |what| and drains the error queue with ERR_error_string_n,
 * collecting the text in a memory BIO first.
 */
static void report(const char *what)
{
    unsigned long e;
    char buf[256], *text = NULL;
    BIO *mem = BIO_new(BIO_s_mem());
    long len;

    if (mem == NULL)
        return;
    while ((e = ERR_get_error()) != 0) {
        ERR_error_string_n(e, buf, sizeof(buf));
        BIO_puts(mem, "  ");
        BIO_puts(mem, buf);
        BIO_write(mem, "\n", 1);
    }
    fprintf(stderr, "%s failed\n", what);
    len = BIO_get_mem_data(mem, &text);
    if (len > 0)
        fwrite(text, 1, (size_t)len, stderr);
    BIO_free(mem);
}

/*
 * A BIO method that passes everything to the BIO stored as its data and
 * counts the bytes, keeping the retry flags of the BIO below.
 */
static unsigned long counted_in, counted_out;

static int counting_write(BIO *b, const char *buf, int len)
{
    BIO *next = BIO_get_data(b);
    int n = BIO_write(next, buf, len);

    BIO_clear_retry_flags(b);
    if (n > 0)
        counted_out += (unsigned long)n;
    else if (BIO_should_retry(next))
        BIO_set_retry_write(b);
    return n;
}

static int counting_read(BIO *b, char *buf, int len)
{
    BIO *next = BIO_get_data(b);
    int n = BIO_read(next, buf, len);

    BIO_clear_retry_flags(b);
    if (n > 0)
        counted_in += (unsigned long)n;
    else if (BIO_should_retry(next))
        BIO_set_retry_read(b);
    return n;
}

static long counting_ctrl(BIO *b, int cmd, long num, void *ptr)
{
    switch (cmd) {
    case BIO_CTRL_FLUSH:
        return 1;
    case BIO_CTRL_PENDING:
        return BIO_ctrl(BIO_get_data(b), cmd, num, ptr);
    default:
        return 0;
    }
}

static int counting_create(BIO *b)
{
    BIO_set_init(b, 1);
    return 1;
}

static int counting_destroy(BIO *b)
{
    BIO_free(BIO_get_data(b));
    BIO_set_data(b, NULL);
    return 1;
}

/* A BIO that counts what passes through to |next|, taking over |next|. */
static BIO *counting_bio(BIO *next)
{
    static BIO_METHOD *method;
    BIO *b;

    if (method == NULL) {
        method = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK,
                              "counting");
        if (method == NULL
            || !BIO_meth_set_write(method, counting_write)
            || !BIO_meth_set_read(method, counting_read)
            || !BIO_meth_set_ctrl(method, counting_ctrl)
            || !BIO_meth_set_create(method, counting_create)
            || !BIO_meth_set_destroy(method, counting_destroy))
            return NULL;
    }
    b = BIO_new(method);
    if (b != NULL)
        BIO_set_data(b, next);
    return b;
}

static int tcp_connect(const char *host, const char *port)
{
    struct addrinfo hints, *res, *ai;
    int fd = -1;

    memset(&hints, 0, sizeof(hints));
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, port, &hints, &res) != 0)
        return -1;
    for (ai = res; ai != NULL; ai = ai->ai_next) {
        fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
        if (fd < 0)
            continue;
        if (connect(fd, ai->ai_addr, ai->ai_addrlen) == 0)
            break;
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

/* Returns 1 to retry an operation that returned |ret|, 0 to give up. */
static int should_retry(SSL *ssl, int ret, const char *what)
{
    switch (SSL_get_error(ssl, ret)) {
    case SSL_ERROR_WANT_READ:
    case SSL_ERROR_WANT_WRITE:
        return 1;
    case SSL_ERROR_ZERO_RETURN:
        return 0;
    case SSL_ERROR_SYSCALL:
        fprintf(stderr, "%s: transport error or EOF\n", what);
        ERR_print_errors_fp(stderr);
        return 0;
    case SSL_ERROR_SSL:
    default:
        report(what);
        return 0;
    }
}

/* Who the server says it is, the way programs log it (nginx, curl). */
static int conn_index = -1;

static void show_peer(SSL *ssl, BIO *out)
{
    X509 *cert = SSL_get1_peer_certificate(ssl);
    STACK_OF(X509) *chain = SSL_get_peer_cert_chain(ssl);
    char *subject, cn[256];
    EVP_PKEY *key;
    unsigned char *der = NULL;
    int i, len;

    if (cert == NULL)
        return;
    subject = X509_NAME_oneline(X509_get_subject_name(cert), NULL, 0);
    printf("subject: %s\n", subject != NULL ? subject : "?");
    OPENSSL_free(subject);
    if (X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_commonName, cn, sizeof(cn)) > 0)
        printf("common name: %s\n", cn);
    X509_NAME_print_ex(out, X509_get_issuer_name(cert), 0, XN_FLAG_RFC2253);
    BIO_puts(out, "\nvalid until ");
    ASN1_TIME_print(out, X509_get_notAfter(cert));
    BIO_puts(out, "\n");
    /* A serial number too large for a long leaves ASN1_R_TOO_LARGE queued. */
    printf("serial %ld\n", ASN1_INTEGER_get(X509_get_serialNumber(cert)));
    ERR_clear_error();
    key = X509_get_pubkey(cert);
    printf("key type %d, %d bits\n", EVP_PKEY_id(key), EVP_PKEY_bits(key));
    EVP_PKEY_free(key);
    len = i2d_X509(cert, &der);
    printf("%d bytes of DER\n", len);
    OPENSSL_free(der);
    for (i = 0; i < sk_X509_num(chain); i++)
        PEM_write_bio_X509(out, sk_X509_value(chain, i));
    X509_free(cert);
    if (conn_index < 0)
        conn_index = SSL_get_ex_new_index(0, NULL, NULL, NULL, NULL);
    SSL_set_ex_data(ssl, conn_index, out);
    SSL_set_app_data(ssl, out);
    if (SSL_get_ex_data(ssl, conn_index) != SSL_get_app_data(ssl))
        fprintf(stderr, "ex_data mixed up\n");
}

int main(int argc, char **argv)
{
    const char *host = argc > 1 ? argv[1] : "localhost";
    const char *port = argc > 2 ? argv[2] : "443";
    char request[512], buf[4096];
    SSL_CTX *ctx = NULL;
    SSL *ssl = NULL;
    int fd = -1, ret, n, status = 1;
    long mode;
    uint64_t options;

    /* Old programs initialise this way; newer ones call OPENSSL_init_ssl. */
    SSL_library_init();
    SSL_load_error_strings();
    if (!OPENSSL_init_ssl(OPENSSL_INIT_LOAD_SSL_STRINGS
                          | OPENSSL_INIT_LOAD_CRYPTO_STRINGS, NULL)) {
        report("OPENSSL_init_ssl");
        return 1;
    }

#if OPENSSL_VERSION_NUMBER >= 0x30000000L
    printf("built with %s, running %s (0x%lx)\n", OPENSSL_VERSION_TEXT,
           OpenSSL_version(OPENSSL_VERSION), OpenSSL_version_num());
#endif
    if ((OpenSSL_version_num() >> 28) != (OPENSSL_VERSION_NUMBER >> 28))
        fprintf(stderr, "warning: run-time major version differs\n");

    ctx = SSL_CTX_new(TLS_client_method());
    if (ctx == NULL) {
        report("SSL_CTX_new");
        goto done;
    }
    if (!SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION)) {
        report("SSL_CTX_set_min_proto_version");
        goto done;
    }
    options = SSL_CTX_set_options(ctx, SSL_OP_ALL | SSL_OP_NO_COMPRESSION
                                       | SSL_OP_NO_RENEGOTIATION);
    if ((options & SSL_OP_NO_COMPRESSION) == 0)
        fprintf(stderr, "warning: SSL_OP_NO_COMPRESSION did not stick\n");
    mode = SSL_CTX_set_mode(ctx, SSL_MODE_AUTO_RETRY);
    if ((mode & SSL_MODE_AUTO_RETRY) == 0)
        fprintf(stderr, "warning: SSL_MODE_AUTO_RETRY did not stick\n");

    fd = tcp_connect(host, port);
    if (fd < 0) {
        fprintf(stderr, "cannot connect to %s:%s\n", host, port);
        goto done;
    }

    ssl = SSL_new(ctx);
    if (ssl == NULL) {
        report("SSL_new");
        goto done;
    }
    if (argc > 3 && strcmp(argv[3], "counting") == 0) {
        BIO *sock = BIO_new_socket(fd, BIO_NOCLOSE), *bio;

        if (sock == NULL || (bio = counting_bio(sock)) == NULL) {
            BIO_free(sock);
            report("counting BIO");
            goto done;
        }
        SSL_set_bio(ssl, bio, bio);
    } else if (!SSL_set_fd(ssl, fd)) {
        report("SSL_set_fd");
        goto done;
    }
    if (!SSL_set_tlsext_host_name(ssl, host)) {
        report("SSL_set_tlsext_host_name");
        goto done;
    }

    while ((ret = SSL_connect(ssl)) != 1) {
        if (!should_retry(ssl, ret, "SSL_connect"))
            goto done;
    }
    printf("connected with %s, cipher %s\n", SSL_get_version(ssl),
           SSL_get_cipher(ssl));
    {
        BIO *out = BIO_new_fd(1, BIO_NOCLOSE);

        show_peer(ssl, out);
        BIO_free(out);
    }

    n = snprintf(request, sizeof(request),
                 "GET / HTTP/1.0\r\nHost: %s\r\n\r\n", host);
    while ((ret = SSL_write(ssl, request, n)) <= 0) {
        if (!should_retry(ssl, ret, "SSL_write"))
            goto done;
    }

    for (;;) {
        ret = SSL_read(ssl, buf, (int)sizeof(buf));
        if (ret > 0) {
            fwrite(buf, 1, (size_t)ret, stdout);
            continue;
        }
        if (SSL_get_error(ssl, ret) == SSL_ERROR_ZERO_RETURN)
            break;
        if (!should_retry(ssl, ret, "SSL_read"))
            goto done;
    }

    ret = SSL_shutdown(ssl);
    if (ret < 0)
        report("SSL_shutdown");
    if (SSL_get_rbio(ssl) != NULL && BIO_method_type(SSL_get_rbio(ssl)) != BIO_TYPE_SOCKET)
        fprintf(stderr, "%lu bytes in, %lu out\n", counted_in, counted_out);
    status = 0;

done:
    ERR_print_errors_fp(stderr);
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    if (fd >= 0)
        close(fd);
    return status;
}
