/*
 * bio.h: BIO types and constants.
 *
 * A BIO is a byte pipe (a descriptor, a socket, memory, a pair, or a
 * method written in C) with retry flags that tell a non-blocking caller why
 * it stopped.  Calls follow OpenSSL 3's documented contracts.  Many
 * operations are macros over BIO_ctrl(), as in OpenSSL: a command a BIO
 * does not know returns 0.
 */
#ifndef OPENSSL_BIO_H
#define OPENSSL_BIO_H

#include <stdio.h>
#include <stdarg.h>
#include <openssl/e_os2.h>
#include <openssl/types.h>
#include <openssl/crypto.h>
#include <openssl/bioerr.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Type bits, combined into a BIO type number below. */
#define BIO_TYPE_DESCRIPTOR 0x0100
#define BIO_TYPE_FILTER 0x0200
#define BIO_TYPE_SOURCE_SINK 0x0400

/* BIO type numbers. */
#define BIO_TYPE_NONE         0
#define BIO_TYPE_MEM          (1 | BIO_TYPE_SOURCE_SINK)
#define BIO_TYPE_FILE         (2 | BIO_TYPE_SOURCE_SINK)
#define BIO_TYPE_FD           (4 | BIO_TYPE_SOURCE_SINK | BIO_TYPE_DESCRIPTOR)
#define BIO_TYPE_SOCKET       (5 | BIO_TYPE_SOURCE_SINK | BIO_TYPE_DESCRIPTOR)
#define BIO_TYPE_NULL         (6 | BIO_TYPE_SOURCE_SINK)
#define BIO_TYPE_SSL          (7 | BIO_TYPE_FILTER)
#define BIO_TYPE_MD           (8 | BIO_TYPE_FILTER)
#define BIO_TYPE_BUFFER       (9 | BIO_TYPE_FILTER)
#define BIO_TYPE_CIPHER       (10 | BIO_TYPE_FILTER)
#define BIO_TYPE_BASE64       (11 | BIO_TYPE_FILTER)
#define BIO_TYPE_CONNECT      (12 | BIO_TYPE_SOURCE_SINK | BIO_TYPE_DESCRIPTOR)
#define BIO_TYPE_ACCEPT       (13 | BIO_TYPE_SOURCE_SINK | BIO_TYPE_DESCRIPTOR)
#define BIO_TYPE_NBIO_TEST    (16 | BIO_TYPE_FILTER)
#define BIO_TYPE_NULL_FILTER  (17 | BIO_TYPE_FILTER)
#define BIO_TYPE_BIO          (19 | BIO_TYPE_SOURCE_SINK)
#define BIO_TYPE_LINEBUFFER   (20 | BIO_TYPE_FILTER)
#define BIO_TYPE_DGRAM        (21 | BIO_TYPE_SOURCE_SINK | BIO_TYPE_DESCRIPTOR)
#define BIO_TYPE_ASN1         (22 | BIO_TYPE_FILTER)
#define BIO_TYPE_COMP         (23 | BIO_TYPE_FILTER)
#define BIO_TYPE_CORE_TO_PROV (25 | BIO_TYPE_SOURCE_SINK)
#define BIO_TYPE_START        128

/* Whether freeing a BIO also closes what it wraps. */
#define BIO_NOCLOSE 0x00
#define BIO_CLOSE 0x01

/* Commands common to all BIO types. */
#define BIO_CTRL_RESET                    1
#define BIO_CTRL_EOF                      2
#define BIO_CTRL_INFO                     3
#define BIO_CTRL_SET                      4
#define BIO_CTRL_GET                      5
#define BIO_CTRL_PUSH                     6
#define BIO_CTRL_POP                      7
#define BIO_CTRL_GET_CLOSE                8
#define BIO_CTRL_SET_CLOSE                9
#define BIO_CTRL_PENDING                  10
#define BIO_CTRL_FLUSH                    11
#define BIO_CTRL_DUP                      12
#define BIO_CTRL_WPENDING                 13
#define BIO_CTRL_SET_CALLBACK             14
#define BIO_CTRL_GET_CALLBACK             15
#define BIO_CTRL_PEEK                     29
#define BIO_CTRL_SET_FILENAME             30
#define BIO_CTRL_DGRAM_CONNECT            31
#define BIO_CTRL_DGRAM_SET_CONNECTED      32
#define BIO_CTRL_DGRAM_SET_RECV_TIMEOUT   33
#define BIO_CTRL_DGRAM_GET_RECV_TIMEOUT   34
#define BIO_CTRL_DGRAM_SET_SEND_TIMEOUT   35
#define BIO_CTRL_DGRAM_GET_SEND_TIMEOUT   36
#define BIO_CTRL_DGRAM_GET_RECV_TIMER_EXP 37
#define BIO_CTRL_DGRAM_GET_SEND_TIMER_EXP 38
#define BIO_CTRL_DGRAM_MTU_DISCOVER       39
#define BIO_CTRL_DGRAM_QUERY_MTU          40
#define BIO_CTRL_DGRAM_GET_FALLBACK_MTU   47
#define BIO_CTRL_DGRAM_GET_MTU            41
#define BIO_CTRL_DGRAM_SET_MTU            42
#define BIO_CTRL_DGRAM_MTU_EXCEEDED       43
#define BIO_CTRL_DGRAM_GET_PEER           46
#define BIO_CTRL_DGRAM_SET_PEER           44
#define BIO_CTRL_DGRAM_SET_NEXT_TIMEOUT   45
#define BIO_CTRL_DGRAM_SET_DONT_FRAG      48
#define BIO_CTRL_DGRAM_GET_MTU_OVERHEAD   49
#define BIO_CTRL_DGRAM_SET_PEEK_MODE      71
#define BIO_CTRL_GET_KTLS_SEND            73
#define BIO_CTRL_GET_KTLS_RECV            76
#define BIO_CTRL_SET_PREFIX               79
#define BIO_CTRL_SET_INDENT               80
#define BIO_CTRL_GET_INDENT               81

/* File BIO open modes. */
#define BIO_FP_READ   0x02
#define BIO_FP_WRITE  0x04
#define BIO_FP_APPEND 0x08
#define BIO_FP_TEXT   0x10

/* Retry flags: why the last operation stopped and whether to retry. */
#define BIO_FLAGS_READ         0x01
#define BIO_FLAGS_WRITE        0x02
#define BIO_FLAGS_IO_SPECIAL   0x04
#define BIO_FLAGS_RWS          (BIO_FLAGS_READ | BIO_FLAGS_WRITE | BIO_FLAGS_IO_SPECIAL)
#define BIO_FLAGS_SHOULD_RETRY 0x08
#define BIO_FLAGS_UPLINK       0
#define BIO_FLAGS_BASE64_NO_NL 0x100
#define BIO_FLAGS_MEM_RDONLY   0x200
#define BIO_FLAGS_NONCLEAR_RST 0x400
#define BIO_FLAGS_IN_EOF       0x800

/* Reasons for BIO_FLAGS_IO_SPECIAL, as returned by BIO_get_retry_reason(). */
#define BIO_RR_SSL_X509_LOOKUP 0x01
#define BIO_RR_CONNECT         0x02
#define BIO_RR_ACCEPT          0x03

/*
 * Operations reported to a BIO callback; BIO_CB_RETURN marks the after-
 * call.
 */
#define BIO_CB_FREE   0x01
#define BIO_CB_READ   0x02
#define BIO_CB_WRITE  0x03
#define BIO_CB_PUTS   0x04
#define BIO_CB_GETS   0x05
#define BIO_CB_CTRL   0x06
#define BIO_CB_RETURN 0x80
#define BIO_CB_return(a) ((a) | BIO_CB_RETURN)
#define BIO_cb_pre(a) (!((a) & BIO_CB_RETURN))
#define BIO_cb_post(a) ((a) & BIO_CB_RETURN)

/* Type-specific commands. */
#define BIO_C_SET_CONNECT                 100
#define BIO_C_DO_STATE_MACHINE            101
#define BIO_C_SET_NBIO                    102
#define BIO_C_SET_FD                      104
#define BIO_C_GET_FD                      105
#define BIO_C_SET_FILE_PTR                106
#define BIO_C_GET_FILE_PTR                107
#define BIO_C_SET_FILENAME                108
#define BIO_C_SET_SSL                     109
#define BIO_C_GET_SSL                     110
#define BIO_C_SET_MD                      111
#define BIO_C_GET_MD                      112
#define BIO_C_GET_CIPHER_STATUS           113
#define BIO_C_SET_BUF_MEM                 114
#define BIO_C_GET_BUF_MEM_PTR             115
#define BIO_C_GET_BUFF_NUM_LINES          116
#define BIO_C_SET_BUFF_SIZE               117
#define BIO_C_SET_ACCEPT                  118
#define BIO_C_SSL_MODE                    119
#define BIO_C_GET_MD_CTX                  120
#define BIO_C_SET_BUFF_READ_DATA          122
#define BIO_C_GET_CONNECT                 123
#define BIO_C_GET_ACCEPT                  124
#define BIO_C_SET_SSL_RENEGOTIATE_BYTES   125
#define BIO_C_GET_SSL_NUM_RENEGOTIATES    126
#define BIO_C_SET_SSL_RENEGOTIATE_TIMEOUT 127
#define BIO_C_FILE_SEEK                   128
#define BIO_C_GET_CIPHER_CTX              129
#define BIO_C_SET_BUF_MEM_EOF_RETURN      130
#define BIO_C_SET_BIND_MODE               131
#define BIO_C_GET_BIND_MODE               132
#define BIO_C_FILE_TELL                   133
#define BIO_C_GET_SOCKS                   134
#define BIO_C_SET_SOCKS                   135
#define BIO_C_SET_WRITE_BUF_SIZE          136
#define BIO_C_GET_WRITE_BUF_SIZE          137
#define BIO_C_MAKE_BIO_PAIR               138
#define BIO_C_DESTROY_BIO_PAIR            139
#define BIO_C_GET_WRITE_GUARANTEE         140
#define BIO_C_GET_READ_REQUEST            141
#define BIO_C_SHUTDOWN_WR                 142
#define BIO_C_NREAD0                      143
#define BIO_C_NREAD                       144
#define BIO_C_NWRITE0                     145
#define BIO_C_NWRITE                      146
#define BIO_C_RESET_READ_REQUEST          147
#define BIO_C_SET_MD_CTX                  148
#define BIO_C_SET_PREFIX                  149
#define BIO_C_GET_PREFIX                  150
#define BIO_C_SET_SUFFIX                  151
#define BIO_C_GET_SUFFIX                  152
#define BIO_C_SET_EX_ARG                  153
#define BIO_C_GET_EX_ARG                  154
#define BIO_C_SET_CONNECT_MODE            155

/* Address families for connect and accept BIOs. */
#define BIO_FAMILY_IPV4  4
#define BIO_FAMILY_IPV6  6
#define BIO_FAMILY_IPANY 256

/* Socket options. */
#define BIO_SOCK_REUSEADDR 0x01
#define BIO_SOCK_V6_ONLY   0x02
#define BIO_SOCK_KEEPALIVE 0x04
#define BIO_SOCK_NONBLOCK  0x08
#define BIO_SOCK_NODELAY   0x10

/* Old names of the bind modes. */
#define BIO_BIND_NORMAL 0
#define BIO_BIND_REUSEADDR BIO_SOCK_REUSEADDR
#define BIO_BIND_REUSEADDR_IF_UNUSED BIO_SOCK_REUSEADDR

/*
 * Callback observing state changes of an SSL BIO or connect BIO: |state|
 * says what happened and |res| its result.
 */
typedef int BIO_info_cb(BIO *b, int state, int res);
typedef BIO_info_cb bio_info_cb;

/* Retry flags (BIO_should_retry(3)). */

/* BIO_set_flags sets the bits |flags| of |b|. */
void BIO_set_flags(BIO *b, int flags);

/* BIO_test_flags returns the bits of |flags| that are set in |b|. */
int BIO_test_flags(const BIO *b, int flags);

/* BIO_clear_flags clears the bits |flags| of |b|. */
void BIO_clear_flags(BIO *b, int flags);

#define BIO_get_flags(b) BIO_test_flags(b, ~(0x0))
#define BIO_set_retry_special(b) \
    BIO_set_flags(b, (BIO_FLAGS_IO_SPECIAL | BIO_FLAGS_SHOULD_RETRY))
#define BIO_set_retry_read(b) \
    BIO_set_flags(b, (BIO_FLAGS_READ | BIO_FLAGS_SHOULD_RETRY))
#define BIO_set_retry_write(b) \
    BIO_set_flags(b, (BIO_FLAGS_WRITE | BIO_FLAGS_SHOULD_RETRY))
#define BIO_clear_retry_flags(b) \
    BIO_clear_flags(b, (BIO_FLAGS_RWS | BIO_FLAGS_SHOULD_RETRY))
#define BIO_get_retry_flags(b) \
    BIO_test_flags(b, (BIO_FLAGS_RWS | BIO_FLAGS_SHOULD_RETRY))

/*
 * After an operation returned <= 0: BIO_should_retry says whether it may
 * succeed later, and BIO_should_read, BIO_should_write or
 * BIO_should_io_special what it waits for.
 */
#define BIO_should_read(a) BIO_test_flags(a, BIO_FLAGS_READ)
#define BIO_should_write(a) BIO_test_flags(a, BIO_FLAGS_WRITE)
#define BIO_should_io_special(a) BIO_test_flags(a, BIO_FLAGS_IO_SPECIAL)
#define BIO_retry_type(a) BIO_test_flags(a, BIO_FLAGS_RWS)
#define BIO_should_retry(a) BIO_test_flags(a, BIO_FLAGS_SHOULD_RETRY)

/* BIO_get_retry_reason returns the BIO_RR_* reason of a special retry. */
int BIO_get_retry_reason(BIO *bio);

/* BIO_set_retry_reason sets the BIO_RR_* reason of a special retry. */
void BIO_set_retry_reason(BIO *bio, int reason);

/*
 * BIO_get_retry_BIO returns the BIO of |bio|'s chain that caused the retry
 * and stores its retry reason in |*reason| unless |reason| is NULL.
 */
BIO *BIO_get_retry_BIO(BIO *bio, int *reason);

/*
 * BIO_copy_next_retry copies the retry flags and reason of the BIO after
 * |b| into |b|.
 */
void BIO_copy_next_retry(BIO *b);

/* Making and freeing BIOs (BIO_new(3)). */

/*
 * BIO_new returns a new BIO of the kind |type| holding one reference, or
 * NULL on failure (also when the method's create function fails).
 */
BIO *BIO_new(const BIO_METHOD *type);

/*
 * BIO_free releases one reference to |a| and, when none remain, frees it:
 * a descriptor BIO with BIO_CLOSE closes its descriptor, a method's
 * destroy function runs.  Returns 1, or 0 if |a| is NULL.
 */
int BIO_free(BIO *a);

/* BIO_vfree is BIO_free without a result. */
void BIO_vfree(BIO *a);

/*
 * BIO_free_all calls BIO_free on each BIO of the chain starting at |a|,
 * stopping after one that had other references.  NULL is ignored.
 */
void BIO_free_all(BIO *a);

/* BIO_up_ref adds a reference to |a|.  Returns 1 on success, 0 on failure. */
int BIO_up_ref(BIO *a);

/* BIO_method_type returns the BIO_TYPE_* of |b|. */
int BIO_method_type(const BIO *b);

/* BIO_method_name returns the name of the method of |b|. */
const char *BIO_method_name(const BIO *b);

/* Reading and writing (BIO_read(3)). */

/*
 * BIO_read reads up to |dlen| bytes into |data| and returns how many
 * (> 0); 0 or -1 when nothing was read (see BIO_should_retry), -2 if |b|
 * cannot read.
 */
int BIO_read(BIO *b, void *data, int dlen);

/*
 * BIO_read_ex reads up to |dlen| bytes into |data| and stores the count in
 * |*readbytes|.  Returns 1 if at least one byte was read, else 0.
 */
int BIO_read_ex(BIO *b, void *data, size_t dlen, size_t *readbytes);

/*
 * BIO_write writes up to |dlen| bytes from |data| and returns how many
 * (> 0); 0 or -1 when nothing was written, -2 if |b| cannot write.  A NULL
 * |b| or a |dlen| <= 0 returns 0.
 */
int BIO_write(BIO *b, const void *data, int dlen);

/*
 * BIO_write_ex writes up to |dlen| bytes from |data| and stores the count
 * in |*written|.  Returns 1 if bytes were written (or |dlen| is 0), else 0.
 */
int BIO_write_ex(BIO *b, const void *data, size_t dlen, size_t *written);

/*
 * BIO_gets reads a line of at most |size| - 1 bytes, with its newline,
 * into |buf| and NUL-terminates it; returns its length, or <= 0 as
 * BIO_read.  -2 if |bp| has no line reading (sockets, pairs).
 */
int BIO_gets(BIO *bp, char *buf, int size);

/* BIO_puts writes the string |buf|; returns as BIO_write. */
int BIO_puts(BIO *bp, const char *buf);

/* Control (BIO_ctrl(3)). */

/*
 * BIO_ctrl performs the command |cmd| on |bp|; the result depends on it.
 * -1 if |bp| is NULL, -2 if its method has no ctrl, 0 for a command the
 * BIO does not know.
 */
long BIO_ctrl(BIO *bp, int cmd, long larg, void *parg);

/*
 * BIO_callback_ctrl passes the callback |fp| with the command |cmd| to a
 * method's callback_ctrl function; -2 if there is none.
 */
long BIO_callback_ctrl(BIO *b, int cmd, BIO_info_cb *fp);

/*
 * BIO_ptr_ctrl is BIO_ctrl with |parg| pointing at a pointer it returns;
 * NULL if the command returned <= 0.
 */
void *BIO_ptr_ctrl(BIO *bp, int cmd, long larg);

/* BIO_int_ctrl is BIO_ctrl with |parg| pointing at the int |iarg|. */
long BIO_int_ctrl(BIO *bp, int cmd, long larg, int iarg);

#define BIO_set_nbio(b, n) BIO_ctrl(b, BIO_C_SET_NBIO, (n), NULL)
#define BIO_set_fd(b, fd, c) BIO_int_ctrl(b, BIO_C_SET_FD, c, fd)
#define BIO_get_fd(b, c) BIO_ctrl(b, BIO_C_GET_FD, 0, (char *)(c))
#define BIO_seek(b, ofs) (int)BIO_ctrl(b, BIO_C_FILE_SEEK, ofs, NULL)
#define BIO_tell(b) (int)BIO_ctrl(b, BIO_C_FILE_TELL, 0, NULL)
#define BIO_get_mem_data(b, pp) BIO_ctrl(b, BIO_CTRL_INFO, 0, (char *)(pp))
#define BIO_set_mem_eof_return(b, v) \
    BIO_ctrl(b, BIO_C_SET_BUF_MEM_EOF_RETURN, v, NULL)
#define BIO_reset(b) (int)BIO_ctrl(b, BIO_CTRL_RESET, 0, NULL)
#define BIO_eof(b) (int)BIO_ctrl(b, BIO_CTRL_EOF, 0, NULL)
#define BIO_set_close(b, c) (int)BIO_ctrl(b, BIO_CTRL_SET_CLOSE, (c), NULL)
#define BIO_get_close(b) (int)BIO_ctrl(b, BIO_CTRL_GET_CLOSE, 0, NULL)
#define BIO_pending(b) (int)BIO_ctrl(b, BIO_CTRL_PENDING, 0, NULL)
#define BIO_wpending(b) (int)BIO_ctrl(b, BIO_CTRL_WPENDING, 0, NULL)
#define BIO_flush(b) (int)BIO_ctrl(b, BIO_CTRL_FLUSH, 0, NULL)

/* BIO_ctrl_pending is BIO_pending as a size_t (a negative answer is 0). */
size_t BIO_ctrl_pending(BIO *b);

/* BIO_ctrl_wpending is BIO_wpending as a size_t (a negative answer is 0). */
size_t BIO_ctrl_wpending(BIO *b);

/* Chains (BIO_push(3)). */

/*
 * BIO_push appends |append| to the end of the chain starting at |b| and
 * returns |b|; if |b| is NULL, returns |append|.
 */
BIO *BIO_push(BIO *b, BIO *append);

/*
 * BIO_pop takes |b| out of its chain and returns the BIO that followed it,
 * or NULL.
 */
BIO *BIO_pop(BIO *b);

/* BIO_next returns the BIO after |b| in its chain, or NULL. */
BIO *BIO_next(BIO *b);

/* BIO_set_next makes |next| the BIO after |b|. */
void BIO_set_next(BIO *b, BIO *next);

/*
 * BIO_find_type returns the first BIO of |b|'s chain of type |bio_type|
 * (or, for a bare class such as BIO_TYPE_SOURCE_SINK, of that class), or
 * NULL.
 */
BIO *BIO_find_type(BIO *b, int bio_type);

/* Memory BIOs (BIO_s_mem(3)). */

/*
 * BIO_s_mem returns the method of growable memory BIOs.  An empty one
 * reads as -1 with BIO_should_retry set, or as the value given to
 * BIO_set_mem_eof_return.
 */
const BIO_METHOD *BIO_s_mem(void);

/*
 * BIO_new_mem_buf returns a read-only memory BIO over the |len| bytes at
 * |buf| (strlen(|buf|) if |len| is negative), which are not copied and
 * must outlive it.  Writes fail.  Returns NULL if |buf| is NULL.
 */
BIO *BIO_new_mem_buf(const void *buf, int len);

/* Descriptor and socket BIOs (BIO_s_fd(3), BIO_s_socket(3)). */

/*
 * BIO_s_fd returns the method of BIOs that read(2) and write(2) a
 * descriptor; set it with BIO_set_fd.
 */
const BIO_METHOD *BIO_s_fd(void);

/*
 * BIO_new_fd returns a BIO on the descriptor |fd|; with |close_flag|
 * BIO_CLOSE, freeing the BIO closes |fd|.
 */
BIO *BIO_new_fd(int fd, int close_flag);

/* BIO_s_socket is BIO_s_fd for sockets: recv(2) and send(2). */
const BIO_METHOD *BIO_s_socket(void);

/* BIO_new_socket is BIO_new_fd for the socket |sock|. */
BIO *BIO_new_socket(int sock, int close_flag);

/* BIO pairs (BIO_s_bio(3), BIO_new_bio_pair(3)). */

/*
 * BIO_s_bio returns the method of BIO pair ends; two are joined with
 * BIO_make_bio_pair.
 */
const BIO_METHOD *BIO_s_bio(void);

/*
 * BIO_new_bio_pair makes two joined BIOs in |*bio1| and |*bio2|: what is
 * written to one is read from the other.  Each writes into a buffer of
 * |writebuf1| or |writebuf2| bytes (0 for the default, 17 KiB); a write to
 * a full buffer and a read from an empty one return -1 with
 * BIO_should_retry set.  Returns 1, or 0 with both set to NULL.
 */
int BIO_new_bio_pair(BIO **bio1, size_t writebuf1, BIO **bio2,
    size_t writebuf2);

/*
 * BIO_ctrl_get_write_guarantee returns how many bytes a write to |b| will
 * take whole now.
 */
size_t BIO_ctrl_get_write_guarantee(BIO *b);

/*
 * BIO_ctrl_get_read_request returns how many bytes the peer of |b| last
 * tried to read when |b|'s buffer was empty, or 0.
 */
size_t BIO_ctrl_get_read_request(BIO *b);

/* BIO_ctrl_reset_read_request sets the read request of |b| to 0; returns 1. */
int BIO_ctrl_reset_read_request(BIO *b);

#define BIO_set_write_buf_size(b, size) (int)BIO_ctrl(b, BIO_C_SET_WRITE_BUF_SIZE, size, NULL)
#define BIO_get_write_buf_size(b, size) (size_t)BIO_ctrl(b, BIO_C_GET_WRITE_BUF_SIZE, size, NULL)
#define BIO_make_bio_pair(b1, b2) (int)BIO_ctrl(b1, BIO_C_MAKE_BIO_PAIR, 0, b2)
#define BIO_destroy_bio_pair(b) (int)BIO_ctrl(b, BIO_C_DESTROY_BIO_PAIR, 0, NULL)
#define BIO_shutdown_wr(b) (int)BIO_ctrl(b, BIO_C_SHUTDOWN_WR, 0, NULL)
#define BIO_get_write_guarantee(b) (int)BIO_ctrl(b, BIO_C_GET_WRITE_GUARANTEE, 0, NULL)
#define BIO_get_read_request(b) (int)BIO_ctrl(b, BIO_C_GET_READ_REQUEST, 0, NULL)

/* BIOs defined in C (BIO_meth_new(3), BIO_get_data(3)). */

/*
 * BIO_get_new_index returns a new BIO type number above BIO_TYPE_START
 * (129 first), or -1 when they run out.
 */
int BIO_get_new_index(void);

/*
 * BIO_meth_new returns a new method of |type| named |name| with no
 * functions, or NULL.
 */
BIO_METHOD *BIO_meth_new(int type, const char *name);

/* BIO_meth_free frees |biom|.  NULL is ignored. */
void BIO_meth_free(BIO_METHOD *biom);

/*
 * The BIO_meth_set_* functions set a function of |biom| and return 1.
 * Each gets the BIO it serves; it clears and sets that BIO's retry flags
 * itself, and its result is what BIO_read() and the others return.  A
 * write or read function serves BIO_write_ex or BIO_read_ex too, and the
 * _ex ones serve BIO_write and BIO_read; setting one replaces the other.
 * The BIO_meth_get_* functions return what was set, or NULL.
 */
int BIO_meth_set_write(BIO_METHOD *biom,
    int (*write)(BIO *, const char *, int));
int (*BIO_meth_get_write(const BIO_METHOD *biom))(BIO *, const char *, int);
int BIO_meth_set_write_ex(BIO_METHOD *biom,
    int (*bwrite)(BIO *, const char *, size_t, size_t *));
int (*BIO_meth_get_write_ex(const BIO_METHOD *biom))(BIO *, const char *,
    size_t, size_t *);
int BIO_meth_set_read(BIO_METHOD *biom, int (*read)(BIO *, char *, int));
int (*BIO_meth_get_read(const BIO_METHOD *biom))(BIO *, char *, int);
int BIO_meth_set_read_ex(BIO_METHOD *biom,
    int (*bread)(BIO *, char *, size_t, size_t *));
int (*BIO_meth_get_read_ex(const BIO_METHOD *biom))(BIO *, char *, size_t,
    size_t *);
int BIO_meth_set_puts(BIO_METHOD *biom, int (*puts)(BIO *, const char *));
int (*BIO_meth_get_puts(const BIO_METHOD *biom))(BIO *, const char *);
int BIO_meth_set_gets(BIO_METHOD *biom, int (*gets)(BIO *, char *, int));
int (*BIO_meth_get_gets(const BIO_METHOD *biom))(BIO *, char *, int);
int BIO_meth_set_ctrl(BIO_METHOD *biom,
    long (*ctrl)(BIO *, int, long, void *));
long (*BIO_meth_get_ctrl(const BIO_METHOD *biom))(BIO *, int, long, void *);

/*
 * |create| runs in BIO_new (a result of 0 makes BIO_new fail) and must call
 * BIO_set_init(b, 1) before the BIO can be used; without one, BIO_new sets
 * init itself.  |destroy| runs when the last reference is freed.
 */
int BIO_meth_set_create(BIO_METHOD *biom, int (*create)(BIO *));
int (*BIO_meth_get_create(const BIO_METHOD *biom))(BIO *);
int BIO_meth_set_destroy(BIO_METHOD *biom, int (*destroy)(BIO *));
int (*BIO_meth_get_destroy(const BIO_METHOD *biom))(BIO *);
int BIO_meth_set_callback_ctrl(BIO_METHOD *biom,
    long (*callback_ctrl)(BIO *, int, BIO_info_cb *));
long (*BIO_meth_get_callback_ctrl(const BIO_METHOD *biom))(BIO *, int,
    BIO_info_cb *);

/* BIO_set_data stores the method's pointer |ptr| in |a|. */
void BIO_set_data(BIO *a, void *ptr);

/* BIO_get_data returns the pointer stored with BIO_set_data, or NULL. */
void *BIO_get_data(BIO *a);

/* BIO_set_init marks |a| ready (1) or not (0) for reading and writing. */
void BIO_set_init(BIO *a, int init);

/* BIO_get_init returns 1 if |a| is ready for reading and writing. */
int BIO_get_init(BIO *a);

/* BIO_set_shutdown sets the close flag of |a| (BIO_CLOSE or BIO_NOCLOSE). */
void BIO_set_shutdown(BIO *a, int shut);

/* BIO_get_shutdown returns the close flag of |a|. */
int BIO_get_shutdown(BIO *a);

#ifdef __cplusplus
}
#endif

#endif /* OPENSSL_BIO_H */
