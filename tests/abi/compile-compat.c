/*
 * compile-compat.c: a small TLS client written the way typical programs use
 * the OpenSSL API (initialise, make a context, connect, read, write, shut
 * down, report errors).
 *
 * tests/abi/check-headers.sh compiles it against Debian's OpenSSL 3 headers
 * and against ours, with -Wall -Wextra -Werror, and checks that every
 * library symbol it needs is in libssl/Symbols.list.  It is not run there.
 *
 * Usage: compile-compat HOST [PORT]
 */
#define _POSIX_C_SOURCE 200809L

#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/opensslv.h>
#include <openssl/ssl.h>

#if OPENSSL_VERSION_NUMBER < 0x10100000L
#error "this client needs the OpenSSL 1.1.0 API or later"
#endif

/* Prints |what| and drains the error queue with ERR_error_string_n. */
static void report(const char *what)
{
    unsigned long e;
    char buf[256];

    fprintf(stderr, "%s failed\n", what);
    while ((e = ERR_get_error()) != 0) {
        ERR_error_string_n(e, buf, sizeof(buf));
        fprintf(stderr, "  %s (library %d, reason %d)\n", buf,
                ERR_GET_LIB(e), ERR_GET_REASON(e));
    }
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
    if (!SSL_set_fd(ssl, fd)) {
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
    status = 0;

done:
    ERR_print_errors_fp(stderr);
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    if (fd >= 0)
        close(fd);
    return status;
}
