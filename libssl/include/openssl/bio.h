/*
 * bio.h: BIO types and constants.
 *
 * A BIO is a byte pipe (a descriptor, a socket, memory, a pair) with retry
 * flags that tell a non-blocking caller why it stopped.  No BIO functions
 * are exported yet, so only types and constants appear here.
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

#ifdef __cplusplus
}
#endif

#endif /* OPENSSL_BIO_H */
