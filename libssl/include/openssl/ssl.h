/*
 * ssl.h: the TLS library.
 *
 * An SSL_CTX holds configuration shared by many connections; an SSL is one
 * connection made from it.  Calls follow OpenSSL 3's documented contracts;
 * where LibreSSL documents a different behaviour, LibreSSL's wins (see
 * the project's design notes).  Everything here that is not declared as a
 * function is a constant or a macro over the functions that are.
 */
#ifndef OPENSSL_SSL_H
#define OPENSSL_SSL_H

#include <stddef.h>
#include <stdint.h>
#include <openssl/e_os2.h>
#include <openssl/types.h>
#include <openssl/safestack.h>
#include <openssl/crypto.h>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/pem.h>
#include <openssl/sslerr.h>
#include <openssl/ssl3.h>
#include <openssl/tls1.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Sizes, in bytes. */
#define SSL_SESSION_ASN1_VERSION 0x0001
#define SSL_MAX_SSL_SESSION_ID_LENGTH 32
#define SSL_MAX_SID_CTX_LENGTH 32
#define SSL_MIN_RSA_MODULUS_LENGTH_IN_BYTES (512 / 8)
#define SSL_MAX_KEY_ARG_LENGTH 8
#define SSL_MAX_MASTER_KEY_LENGTH 48
#define SSL_MAX_PIPELINES 32
#define SSL_MAX_CERT_LIST_DEFAULT (1024 * 100)
#define SSL_SESSION_CACHE_MAX_SIZE_DEFAULT (1024 * 20)
#define SSL_COOKIE_LENGTH 4096

/* Words of cipher list strings (SSL_CTX_set_cipher_list()). */
#define SSL_TXT_LOW                        "LOW"
#define SSL_TXT_MEDIUM                     "MEDIUM"
#define SSL_TXT_HIGH                       "HIGH"
#define SSL_TXT_FIPS                       "FIPS"
#define SSL_TXT_aNULL                      "aNULL"
#define SSL_TXT_eNULL                      "eNULL"
#define SSL_TXT_NULL                       "NULL"
#define SSL_TXT_kRSA                       "kRSA"
#define SSL_TXT_kDHr                       "kDHr"
#define SSL_TXT_kDHd                       "kDHd"
#define SSL_TXT_kDH                        "kDH"
#define SSL_TXT_kEDH                       "kEDH"
#define SSL_TXT_kDHE                       "kDHE"
#define SSL_TXT_kECDHr                     "kECDHr"
#define SSL_TXT_kECDHe                     "kECDHe"
#define SSL_TXT_kECDH                      "kECDH"
#define SSL_TXT_kEECDH                     "kEECDH"
#define SSL_TXT_kECDHE                     "kECDHE"
#define SSL_TXT_kPSK                       "kPSK"
#define SSL_TXT_kRSAPSK                    "kRSAPSK"
#define SSL_TXT_kECDHEPSK                  "kECDHEPSK"
#define SSL_TXT_kDHEPSK                    "kDHEPSK"
#define SSL_TXT_kGOST                      "kGOST"
#define SSL_TXT_kGOST18                    "kGOST18"
#define SSL_TXT_kSRP                       "kSRP"
#define SSL_TXT_aRSA                       "aRSA"
#define SSL_TXT_aDSS                       "aDSS"
#define SSL_TXT_aDH                        "aDH"
#define SSL_TXT_aECDH                      "aECDH"
#define SSL_TXT_aECDSA                     "aECDSA"
#define SSL_TXT_aPSK                       "aPSK"
#define SSL_TXT_aGOST94                    "aGOST94"
#define SSL_TXT_aGOST01                    "aGOST01"
#define SSL_TXT_aGOST12                    "aGOST12"
#define SSL_TXT_aGOST                      "aGOST"
#define SSL_TXT_aSRP                       "aSRP"
#define SSL_TXT_DSS                        "DSS"
#define SSL_TXT_DH                         "DH"
#define SSL_TXT_DHE                        "DHE"
#define SSL_TXT_EDH                        "EDH"
#define SSL_TXT_ADH                        "ADH"
#define SSL_TXT_RSA                        "RSA"
#define SSL_TXT_ECDH                       "ECDH"
#define SSL_TXT_EECDH                      "EECDH"
#define SSL_TXT_ECDHE                      "ECDHE"
#define SSL_TXT_AECDH                      "AECDH"
#define SSL_TXT_ECDSA                      "ECDSA"
#define SSL_TXT_PSK                        "PSK"
#define SSL_TXT_SRP                        "SRP"
#define SSL_TXT_DES                        "DES"
#define SSL_TXT_3DES                       "3DES"
#define SSL_TXT_RC4                        "RC4"
#define SSL_TXT_RC2                        "RC2"
#define SSL_TXT_IDEA                       "IDEA"
#define SSL_TXT_SEED                       "SEED"
#define SSL_TXT_AES128                     "AES128"
#define SSL_TXT_AES256                     "AES256"
#define SSL_TXT_AES                        "AES"
#define SSL_TXT_AES_GCM                    "AESGCM"
#define SSL_TXT_AES_CCM                    "AESCCM"
#define SSL_TXT_AES_CCM_8                  "AESCCM8"
#define SSL_TXT_CAMELLIA128                "CAMELLIA128"
#define SSL_TXT_CAMELLIA256                "CAMELLIA256"
#define SSL_TXT_CAMELLIA                   "CAMELLIA"
#define SSL_TXT_CHACHA20                   "CHACHA20"
#define SSL_TXT_GOST                       "GOST89"
#define SSL_TXT_ARIA                       "ARIA"
#define SSL_TXT_ARIA_GCM                   "ARIAGCM"
#define SSL_TXT_ARIA128                    "ARIA128"
#define SSL_TXT_ARIA256                    "ARIA256"
#define SSL_TXT_GOST2012_GOST8912_GOST8912 "GOST2012-GOST8912-GOST8912"
#define SSL_TXT_CBC                        "CBC"
#define SSL_TXT_MD5                        "MD5"
#define SSL_TXT_SHA1                       "SHA1"
#define SSL_TXT_SHA                        "SHA"
#define SSL_TXT_GOST94                     "GOST94"
#define SSL_TXT_GOST89MAC                  "GOST89MAC"
#define SSL_TXT_GOST12                     "GOST12"
#define SSL_TXT_GOST89MAC12                "GOST89MAC12"
#define SSL_TXT_SHA256                     "SHA256"
#define SSL_TXT_SHA384                     "SHA384"
#define SSL_TXT_SSLV3                      "SSLv3"
#define SSL_TXT_TLSV1                      "TLSv1"
#define SSL_TXT_TLSV1_1                    "TLSv1.1"
#define SSL_TXT_TLSV1_2                    "TLSv1.2"
#define SSL_TXT_ALL                        "ALL"
#define SSL_TXT_CMPALL                     "COMPLEMENTOFALL"
#define SSL_TXT_CMPDEF                     "COMPLEMENTOFDEFAULT"

/* The cipher list "DEFAULT" stands for (TLS 1.2 and below). */
#define SSL_DEFAULT_CIPHER_LIST "ALL:!COMPLEMENTOFDEFAULT:!eNULL"

/* The default TLS 1.3 suites, in order of preference. */
#define TLS_DEFAULT_CIPHERSUITES \
    "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256"

/* Bits of SSL_get_shutdown(). */
#define SSL_SENT_SHUTDOWN 1
#define SSL_RECEIVED_SHUTDOWN 2

/* Encodings of certificate and key files. */
#define SSL_FILETYPE_ASN1 X509_FILETYPE_ASN1
#define SSL_FILETYPE_PEM X509_FILETYPE_PEM

/*
 * Options (SSL_CTX_set_options()).  Each is one bit of a uint64_t;
 * SSL_OP_BIT(n) is bit n.
 */
#define SSL_OP_BIT(n) ((uint64_t)1 << (uint64_t)(n))
#define SSL_OP_NO_EXTENDED_MASTER_SECRET             SSL_OP_BIT(0)
#define SSL_OP_CLEANSE_PLAINTEXT                     SSL_OP_BIT(1)
#define SSL_OP_LEGACY_SERVER_CONNECT                 SSL_OP_BIT(2)
#define SSL_OP_ENABLE_KTLS                           SSL_OP_BIT(3)
#define SSL_OP_TLSEXT_PADDING                        SSL_OP_BIT(4)
#define SSL_OP_SAFARI_ECDHE_ECDSA_BUG                SSL_OP_BIT(6)
#define SSL_OP_IGNORE_UNEXPECTED_EOF                 SSL_OP_BIT(7)
#define SSL_OP_ALLOW_CLIENT_RENEGOTIATION            SSL_OP_BIT(8)
#define SSL_OP_DISABLE_TLSEXT_CA_NAMES               SSL_OP_BIT(9)
#define SSL_OP_ALLOW_NO_DHE_KEX                      SSL_OP_BIT(10)
#define SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS           SSL_OP_BIT(11)
#define SSL_OP_NO_QUERY_MTU                          SSL_OP_BIT(12)
#define SSL_OP_COOKIE_EXCHANGE                       SSL_OP_BIT(13)
#define SSL_OP_NO_TICKET                             SSL_OP_BIT(14)
#define SSL_OP_CISCO_ANYCONNECT                      SSL_OP_BIT(15)
#define SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION SSL_OP_BIT(16)
#define SSL_OP_NO_COMPRESSION                        SSL_OP_BIT(17)
#define SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION     SSL_OP_BIT(18)
#define SSL_OP_NO_ENCRYPT_THEN_MAC                   SSL_OP_BIT(19)
#define SSL_OP_ENABLE_MIDDLEBOX_COMPAT               SSL_OP_BIT(20)
#define SSL_OP_PRIORITIZE_CHACHA                     SSL_OP_BIT(21)
#define SSL_OP_CIPHER_SERVER_PREFERENCE              SSL_OP_BIT(22)
#define SSL_OP_TLS_ROLLBACK_BUG                      SSL_OP_BIT(23)
#define SSL_OP_NO_ANTI_REPLAY                        SSL_OP_BIT(24)
#define SSL_OP_NO_SSLv3                              SSL_OP_BIT(25)
#define SSL_OP_NO_TLSv1                              SSL_OP_BIT(26)
#define SSL_OP_NO_TLSv1_2                            SSL_OP_BIT(27)
#define SSL_OP_NO_TLSv1_1                            SSL_OP_BIT(28)
#define SSL_OP_NO_TLSv1_3                            SSL_OP_BIT(29)
#define SSL_OP_NO_DTLSv1                             SSL_OP_BIT(26)
#define SSL_OP_NO_DTLSv1_2                           SSL_OP_BIT(27)
#define SSL_OP_NO_RENEGOTIATION                      SSL_OP_BIT(30)
#define SSL_OP_CRYPTOPRO_TLSEXT_BUG                  SSL_OP_BIT(31)

/* Every protocol-version option. */
#define SSL_OP_NO_SSL_MASK                                              \
    (SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1              \
     | SSL_OP_NO_TLSv1_2 | SSL_OP_NO_TLSv1_3)
#define SSL_OP_NO_DTLS_MASK (SSL_OP_NO_DTLSv1 | SSL_OP_NO_DTLSv1_2)

/* Interoperability workarounds that are safe to enable. */
#define SSL_OP_ALL                                                      \
    (SSL_OP_CRYPTOPRO_TLSEXT_BUG | SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS   \
     | SSL_OP_TLSEXT_PADDING | SSL_OP_SAFARI_ECDHE_ECDSA_BUG)

/* Options that no longer do anything; they are 0 so old code still builds. */
#define SSL_OP_MICROSOFT_SESS_ID_BUG            0x0
#define SSL_OP_NETSCAPE_CHALLENGE_BUG           0x0
#define SSL_OP_NETSCAPE_REUSE_CIPHER_CHANGE_BUG 0x0
#define SSL_OP_SSLREF2_REUSE_CERT_TYPE_BUG      0x0
#define SSL_OP_MICROSOFT_BIG_SSLV3_BUFFER       0x0
#define SSL_OP_MSIE_SSLV2_RSA_PADDING           0x0
#define SSL_OP_SSLEAY_080_CLIENT_DH_BUG         0x0
#define SSL_OP_TLS_D5_BUG                       0x0
#define SSL_OP_TLS_BLOCK_PADDING_BUG            0x0
#define SSL_OP_SINGLE_ECDH_USE                  0x0
#define SSL_OP_SINGLE_DH_USE                    0x0
#define SSL_OP_EPHEMERAL_RSA                    0x0
#define SSL_OP_NO_SSLv2                         0x0
#define SSL_OP_PKCS1_CHECK_1                    0x0
#define SSL_OP_PKCS1_CHECK_2                    0x0
#define SSL_OP_NETSCAPE_CA_DN_BUG               0x0
#define SSL_OP_NETSCAPE_DEMO_CIPHER_CHANGE_BUG  0x0

/* Modes (SSL_CTX_set_mode()). */
#define SSL_MODE_ENABLE_PARTIAL_WRITE       0x00000001U
#define SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER 0x00000002U
#define SSL_MODE_AUTO_RETRY                 0x00000004U
#define SSL_MODE_NO_AUTO_CHAIN              0x00000008U
#define SSL_MODE_RELEASE_BUFFERS            0x00000010U
#define SSL_MODE_SEND_CLIENTHELLO_TIME      0x00000020U
#define SSL_MODE_SEND_SERVERHELLO_TIME      0x00000040U
#define SSL_MODE_SEND_FALLBACK_SCSV         0x00000080U
#define SSL_MODE_ASYNC                      0x00000100U
#define SSL_MODE_DTLS_SCTP_LABEL_LENGTH_BUG 0x00000400U

/* Certificate flags (SSL_CTX_set_cert_flags()). */
#define SSL_CERT_FLAG_TLS_STRICT          0x00000001U
#define SSL_CERT_FLAG_SUITEB_128_LOS_ONLY 0x10000
#define SSL_CERT_FLAG_SUITEB_192_LOS      0x20000
#define SSL_CERT_FLAG_SUITEB_128_LOS      0x30000
#define SSL_CERT_FLAG_BROKEN_PROTOCOL     0x10000000

/* Flags for SSL_CTX_build_cert_chain(). */
#define SSL_BUILD_CHAIN_FLAG_UNTRUSTED    0x1
#define SSL_BUILD_CHAIN_FLAG_NO_ROOT      0x2
#define SSL_BUILD_CHAIN_FLAG_CHECK        0x4
#define SSL_BUILD_CHAIN_FLAG_IGNORE_ERROR 0x8
#define SSL_BUILD_CHAIN_FLAG_CLEAR_ERROR  0x10

/* Results of SSL_check_chain(). */
#define CERT_PKEY_VALID         0x1
#define CERT_PKEY_SIGN          0x2
#define CERT_PKEY_EE_SIGNATURE  0x10
#define CERT_PKEY_CA_SIGNATURE  0x20
#define CERT_PKEY_EE_PARAM      0x40
#define CERT_PKEY_CA_PARAM      0x80
#define CERT_PKEY_EXPLICIT_SIGN 0x100
#define CERT_PKEY_ISSUER_NAME   0x200
#define CERT_PKEY_CERT_TYPE     0x400
#define CERT_PKEY_SUITEB        0x800

/* Flags and value types of SSL_CONF. */
#define SSL_CONF_FLAG_CMDLINE         0x1
#define SSL_CONF_FLAG_FILE            0x2
#define SSL_CONF_FLAG_CLIENT          0x4
#define SSL_CONF_FLAG_SERVER          0x8
#define SSL_CONF_FLAG_SHOW_ERRORS     0x10
#define SSL_CONF_FLAG_CERTIFICATE     0x20
#define SSL_CONF_FLAG_REQUIRE_PRIVATE 0x40
#define SSL_CONF_TYPE_UNKNOWN         0x0
#define SSL_CONF_TYPE_STRING          0x1
#define SSL_CONF_TYPE_FILE            0x2
#define SSL_CONF_TYPE_DIR             0x3
#define SSL_CONF_TYPE_NONE            0x4
#define SSL_CONF_TYPE_STORE           0x5

/* Where a custom extension may appear. */
#define SSL_EXT_TLS_ONLY                    0x0001
#define SSL_EXT_DTLS_ONLY                   0x0002
#define SSL_EXT_TLS_IMPLEMENTATION_ONLY     0x0004
#define SSL_EXT_SSL3_ALLOWED                0x0008
#define SSL_EXT_TLS1_2_AND_BELOW_ONLY       0x0010
#define SSL_EXT_TLS1_3_ONLY                 0x0020
#define SSL_EXT_IGNORE_ON_RESUMPTION        0x0040
#define SSL_EXT_CLIENT_HELLO                0x0080
#define SSL_EXT_TLS1_2_SERVER_HELLO         0x0100
#define SSL_EXT_TLS1_3_SERVER_HELLO         0x0200
#define SSL_EXT_TLS1_3_ENCRYPTED_EXTENSIONS 0x0400
#define SSL_EXT_TLS1_3_HELLO_RETRY_REQUEST  0x0800
#define SSL_EXT_TLS1_3_CERTIFICATE          0x1000
#define SSL_EXT_TLS1_3_NEW_SESSION_TICKET   0x2000
#define SSL_EXT_TLS1_3_CERTIFICATE_REQUEST  0x4000

/* Session cache modes (SSL_CTX_set_session_cache_mode()). */
#define SSL_SESS_CACHE_OFF 0x0000
#define SSL_SESS_CACHE_CLIENT 0x0001
#define SSL_SESS_CACHE_SERVER 0x0002
#define SSL_SESS_CACHE_BOTH (SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_SERVER)
#define SSL_SESS_CACHE_NO_AUTO_CLEAR 0x0080
#define SSL_SESS_CACHE_NO_INTERNAL_LOOKUP 0x0100
#define SSL_SESS_CACHE_NO_INTERNAL_STORE 0x0200
#define SSL_SESS_CACHE_NO_INTERNAL \
    (SSL_SESS_CACHE_NO_INTERNAL_LOOKUP | SSL_SESS_CACHE_NO_INTERNAL_STORE)
#define SSL_SESS_CACHE_UPDATE_TIME 0x0400

/* Results of next protocol selection (SSL_select_next_proto()). */
#define OPENSSL_NPN_UNSUPPORTED 0
#define OPENSSL_NPN_NEGOTIATED  1
#define OPENSSL_NPN_NO_OVERLAP  2

/* Longest PSK identity and PSK, in bytes. */
#define PSK_MAX_IDENTITY_LEN 256
#define PSK_MAX_PSK_LEN 512

/* What a connection is waiting for (SSL_want()). */
#define SSL_NOTHING         1
#define SSL_WRITING         2
#define SSL_READING         3
#define SSL_X509_LOOKUP     4
#define SSL_ASYNC_PAUSED    5
#define SSL_ASYNC_NO_JOBS   6
#define SSL_CLIENT_HELLO_CB 7
#define SSL_RETRY_VERIFY    8

/* MAC flags. */
#define SSL_MAC_FLAG_READ_MAC_STREAM   1
#define SSL_MAC_FLAG_WRITE_MAC_STREAM  2
#define SSL_MAC_FLAG_READ_MAC_TLSTREE  4
#define SSL_MAC_FLAG_WRITE_MAC_TLSTREE 8

/* Key update types (SSL_key_update()). */
#define SSL_KEY_UPDATE_NONE          -1
#define SSL_KEY_UPDATE_NOT_REQUESTED 0
#define SSL_KEY_UPDATE_REQUESTED     1

/* Handshake roles and info callback events (SSL_CTX_set_info_callback()). */
#define SSL_ST_CONNECT         0x1000
#define SSL_ST_ACCEPT          0x2000
#define SSL_ST_MASK            0x0FFF
#define SSL_CB_LOOP            0x01
#define SSL_CB_EXIT            0x02
#define SSL_CB_READ            0x04
#define SSL_CB_WRITE           0x08
#define SSL_CB_ALERT           0x4000
#define SSL_CB_READ_ALERT      (SSL_CB_ALERT | SSL_CB_READ)
#define SSL_CB_WRITE_ALERT     (SSL_CB_ALERT | SSL_CB_WRITE)
#define SSL_CB_ACCEPT_LOOP     (SSL_ST_ACCEPT | SSL_CB_LOOP)
#define SSL_CB_ACCEPT_EXIT     (SSL_ST_ACCEPT | SSL_CB_EXIT)
#define SSL_CB_CONNECT_LOOP    (SSL_ST_CONNECT | SSL_CB_LOOP)
#define SSL_CB_CONNECT_EXIT    (SSL_ST_CONNECT | SSL_CB_EXIT)
#define SSL_CB_HANDSHAKE_START 0x10
#define SSL_CB_HANDSHAKE_DONE  0x20

/* Record reading states (SSL_get_state() of old). */
#define SSL_ST_READ_HEADER 0xF0
#define SSL_ST_READ_BODY   0xF1
#define SSL_ST_READ_DONE   0xF2

/* Peer verification modes (SSL_CTX_set_verify()). */
#define SSL_VERIFY_NONE                 0x00
#define SSL_VERIFY_PEER                 0x01
#define SSL_VERIFY_FAIL_IF_NO_PEER_CERT 0x02
#define SSL_VERIFY_CLIENT_ONCE          0x04
#define SSL_VERIFY_POST_HANDSHAKE       0x08

/*
 * Alert descriptions, as sent or received.  SSL_AD_REASON_OFFSET plus a
 * description is the SSL_R_* reason that reports receiving that alert.
 */
#define SSL_AD_REASON_OFFSET                   1000
#define SSL_AD_CLOSE_NOTIFY                    SSL3_AD_CLOSE_NOTIFY
#define SSL_AD_UNEXPECTED_MESSAGE              SSL3_AD_UNEXPECTED_MESSAGE
#define SSL_AD_BAD_RECORD_MAC                  SSL3_AD_BAD_RECORD_MAC
#define SSL_AD_DECRYPTION_FAILED               TLS1_AD_DECRYPTION_FAILED
#define SSL_AD_RECORD_OVERFLOW                 TLS1_AD_RECORD_OVERFLOW
#define SSL_AD_DECOMPRESSION_FAILURE           SSL3_AD_DECOMPRESSION_FAILURE
#define SSL_AD_HANDSHAKE_FAILURE               SSL3_AD_HANDSHAKE_FAILURE
#define SSL_AD_NO_CERTIFICATE                  SSL3_AD_NO_CERTIFICATE
#define SSL_AD_BAD_CERTIFICATE                 SSL3_AD_BAD_CERTIFICATE
#define SSL_AD_UNSUPPORTED_CERTIFICATE         SSL3_AD_UNSUPPORTED_CERTIFICATE
#define SSL_AD_CERTIFICATE_REVOKED             SSL3_AD_CERTIFICATE_REVOKED
#define SSL_AD_CERTIFICATE_EXPIRED             SSL3_AD_CERTIFICATE_EXPIRED
#define SSL_AD_CERTIFICATE_UNKNOWN             SSL3_AD_CERTIFICATE_UNKNOWN
#define SSL_AD_ILLEGAL_PARAMETER               SSL3_AD_ILLEGAL_PARAMETER
#define SSL_AD_UNKNOWN_CA                      TLS1_AD_UNKNOWN_CA
#define SSL_AD_ACCESS_DENIED                   TLS1_AD_ACCESS_DENIED
#define SSL_AD_DECODE_ERROR                    TLS1_AD_DECODE_ERROR
#define SSL_AD_DECRYPT_ERROR                   TLS1_AD_DECRYPT_ERROR
#define SSL_AD_EXPORT_RESTRICTION              TLS1_AD_EXPORT_RESTRICTION
#define SSL_AD_PROTOCOL_VERSION                TLS1_AD_PROTOCOL_VERSION
#define SSL_AD_INSUFFICIENT_SECURITY           TLS1_AD_INSUFFICIENT_SECURITY
#define SSL_AD_INTERNAL_ERROR                  TLS1_AD_INTERNAL_ERROR
#define SSL_AD_USER_CANCELLED                  TLS1_AD_USER_CANCELLED
#define SSL_AD_NO_RENEGOTIATION                TLS1_AD_NO_RENEGOTIATION
#define SSL_AD_MISSING_EXTENSION               TLS13_AD_MISSING_EXTENSION
#define SSL_AD_CERTIFICATE_REQUIRED            TLS13_AD_CERTIFICATE_REQUIRED
#define SSL_AD_UNSUPPORTED_EXTENSION           TLS1_AD_UNSUPPORTED_EXTENSION
#define SSL_AD_CERTIFICATE_UNOBTAINABLE        TLS1_AD_CERTIFICATE_UNOBTAINABLE
#define SSL_AD_UNRECOGNIZED_NAME               TLS1_AD_UNRECOGNIZED_NAME
#define SSL_AD_BAD_CERTIFICATE_STATUS_RESPONSE TLS1_AD_BAD_CERTIFICATE_STATUS_RESPONSE
#define SSL_AD_BAD_CERTIFICATE_HASH_VALUE      TLS1_AD_BAD_CERTIFICATE_HASH_VALUE
#define SSL_AD_UNKNOWN_PSK_IDENTITY            TLS1_AD_UNKNOWN_PSK_IDENTITY
#define SSL_AD_INAPPROPRIATE_FALLBACK          TLS1_AD_INAPPROPRIATE_FALLBACK
#define SSL_AD_NO_APPLICATION_PROTOCOL         TLS1_AD_NO_APPLICATION_PROTOCOL

/* Results of SSL_get_error(). */
#define SSL_ERROR_NONE                 0
#define SSL_ERROR_SSL                  1
#define SSL_ERROR_WANT_READ            2
#define SSL_ERROR_WANT_WRITE           3
#define SSL_ERROR_WANT_X509_LOOKUP     4
#define SSL_ERROR_SYSCALL              5
#define SSL_ERROR_ZERO_RETURN          6
#define SSL_ERROR_WANT_CONNECT         7
#define SSL_ERROR_WANT_ACCEPT          8
#define SSL_ERROR_WANT_ASYNC           9
#define SSL_ERROR_WANT_ASYNC_JOB       10
#define SSL_ERROR_WANT_CLIENT_HELLO_CB 11
#define SSL_ERROR_WANT_RETRY_VERIFY    12

/* Commands of SSL_ctrl() and SSL_CTX_ctrl(). */
#define SSL_CTRL_SET_TMP_DH                      3
#define SSL_CTRL_SET_TMP_ECDH                    4
#define SSL_CTRL_SET_TMP_DH_CB                   6
#define SSL_CTRL_GET_CLIENT_CERT_REQUEST         9
#define SSL_CTRL_GET_NUM_RENEGOTIATIONS          10
#define SSL_CTRL_CLEAR_NUM_RENEGOTIATIONS        11
#define SSL_CTRL_GET_TOTAL_RENEGOTIATIONS        12
#define SSL_CTRL_GET_FLAGS                       13
#define SSL_CTRL_EXTRA_CHAIN_CERT                14
#define SSL_CTRL_SET_MSG_CALLBACK                15
#define SSL_CTRL_SET_MSG_CALLBACK_ARG            16
#define SSL_CTRL_SET_MTU                         17
#define SSL_CTRL_SESS_NUMBER                     20
#define SSL_CTRL_SESS_CONNECT                    21
#define SSL_CTRL_SESS_CONNECT_GOOD               22
#define SSL_CTRL_SESS_CONNECT_RENEGOTIATE        23
#define SSL_CTRL_SESS_ACCEPT                     24
#define SSL_CTRL_SESS_ACCEPT_GOOD                25
#define SSL_CTRL_SESS_ACCEPT_RENEGOTIATE         26
#define SSL_CTRL_SESS_HIT                        27
#define SSL_CTRL_SESS_CB_HIT                     28
#define SSL_CTRL_SESS_MISSES                     29
#define SSL_CTRL_SESS_TIMEOUTS                   30
#define SSL_CTRL_SESS_CACHE_FULL                 31
#define SSL_CTRL_MODE                            33
#define SSL_CTRL_GET_READ_AHEAD                  40
#define SSL_CTRL_SET_READ_AHEAD                  41
#define SSL_CTRL_SET_SESS_CACHE_SIZE             42
#define SSL_CTRL_GET_SESS_CACHE_SIZE             43
#define SSL_CTRL_SET_SESS_CACHE_MODE             44
#define SSL_CTRL_GET_SESS_CACHE_MODE             45
#define SSL_CTRL_GET_MAX_CERT_LIST               50
#define SSL_CTRL_SET_MAX_CERT_LIST               51
#define SSL_CTRL_SET_MAX_SEND_FRAGMENT           52
#define SSL_CTRL_SET_TLSEXT_SERVERNAME_CB        53
#define SSL_CTRL_SET_TLSEXT_SERVERNAME_ARG       54
#define SSL_CTRL_SET_TLSEXT_HOSTNAME             55
#define SSL_CTRL_SET_TLSEXT_DEBUG_CB             56
#define SSL_CTRL_SET_TLSEXT_DEBUG_ARG            57
#define SSL_CTRL_GET_TLSEXT_TICKET_KEYS          58
#define SSL_CTRL_SET_TLSEXT_TICKET_KEYS          59
#define SSL_CTRL_SET_TLSEXT_STATUS_REQ_CB        63
#define SSL_CTRL_SET_TLSEXT_STATUS_REQ_CB_ARG    64
#define SSL_CTRL_SET_TLSEXT_STATUS_REQ_TYPE      65
#define SSL_CTRL_GET_TLSEXT_STATUS_REQ_EXTS      66
#define SSL_CTRL_SET_TLSEXT_STATUS_REQ_EXTS      67
#define SSL_CTRL_GET_TLSEXT_STATUS_REQ_IDS       68
#define SSL_CTRL_SET_TLSEXT_STATUS_REQ_IDS       69
#define SSL_CTRL_GET_TLSEXT_STATUS_REQ_OCSP_RESP 70
#define SSL_CTRL_SET_TLSEXT_STATUS_REQ_OCSP_RESP 71
#define SSL_CTRL_SET_TLSEXT_TICKET_KEY_CB        72
#define DTLS_CTRL_GET_TIMEOUT                    73
#define DTLS_CTRL_HANDLE_TIMEOUT                 74
#define SSL_CTRL_SET_TLS_EXT_SRP_USERNAME_CB     75
#define SSL_CTRL_GET_RI_SUPPORT                  76
#define SSL_CTRL_SET_SRP_VERIFY_PARAM_CB         76
#define SSL_CTRL_SET_SRP_GIVE_CLIENT_PWD_CB      77
#define SSL_CTRL_CLEAR_MODE                      78
#define SSL_CTRL_SET_SRP_ARG                     78
#define SSL_CTRL_SET_NOT_RESUMABLE_SESS_CB       79
#define SSL_CTRL_SET_TLS_EXT_SRP_USERNAME        79
#define SSL_CTRL_SET_TLS_EXT_SRP_STRENGTH        80
#define SSL_CTRL_SET_TLS_EXT_SRP_PASSWORD        81
#define SSL_CTRL_GET_EXTRA_CHAIN_CERTS           82
#define SSL_CTRL_CLEAR_EXTRA_CHAIN_CERTS         83
#define SSL_CTRL_CHAIN                           88
#define SSL_CTRL_CHAIN_CERT                      89
#define SSL_CTRL_GET_GROUPS                      90
#define SSL_CTRL_SET_GROUPS                      91
#define SSL_CTRL_SET_GROUPS_LIST                 92
#define SSL_CTRL_GET_SHARED_GROUP                93
#define SSL_CTRL_SET_SIGALGS                     97
#define SSL_CTRL_SET_SIGALGS_LIST                98
#define SSL_CTRL_CERT_FLAGS                      99
#define SSL_CTRL_CLEAR_CERT_FLAGS                100
#define SSL_CTRL_SET_CLIENT_SIGALGS              101
#define SSL_CTRL_SET_CLIENT_SIGALGS_LIST         102
#define SSL_CTRL_GET_CLIENT_CERT_TYPES           103
#define SSL_CTRL_SET_CLIENT_CERT_TYPES           104
#define SSL_CTRL_BUILD_CERT_CHAIN                105
#define SSL_CTRL_SET_VERIFY_CERT_STORE           106
#define SSL_CTRL_SET_CHAIN_CERT_STORE            107
#define SSL_CTRL_GET_PEER_SIGNATURE_NID          108
#define SSL_CTRL_GET_PEER_TMP_KEY                109
#define SSL_CTRL_GET_RAW_CIPHERLIST              110
#define SSL_CTRL_GET_EC_POINT_FORMATS            111
#define SSL_CTRL_GET_CHAIN_CERTS                 115
#define SSL_CTRL_SELECT_CURRENT_CERT             116
#define SSL_CTRL_SET_CURRENT_CERT                117
#define SSL_CTRL_SET_DH_AUTO                     118
#define DTLS_CTRL_SET_LINK_MTU                   120
#define DTLS_CTRL_GET_LINK_MIN_MTU               121
#define SSL_CTRL_GET_EXTMS_SUPPORT               122
#define SSL_CTRL_SET_MIN_PROTO_VERSION           123
#define SSL_CTRL_SET_MAX_PROTO_VERSION           124
#define SSL_CTRL_SET_SPLIT_SEND_FRAGMENT         125
#define SSL_CTRL_SET_MAX_PIPELINES               126
#define SSL_CTRL_GET_TLSEXT_STATUS_REQ_TYPE      127
#define SSL_CTRL_GET_TLSEXT_STATUS_REQ_CB        128
#define SSL_CTRL_GET_TLSEXT_STATUS_REQ_CB_ARG    129
#define SSL_CTRL_GET_MIN_PROTO_VERSION           130
#define SSL_CTRL_GET_MAX_PROTO_VERSION           131
#define SSL_CTRL_GET_SIGNATURE_NID               132
#define SSL_CTRL_GET_TMP_KEY                     133
#define SSL_CTRL_GET_NEGOTIATED_GROUP            134
#define SSL_CTRL_SET_RETRY_VERIFY                136
#define SSL_CTRL_GET_VERIFY_CERT_STORE           137
#define SSL_CTRL_GET_CHAIN_CERT_STORE            138

/* Older names of some of those commands. */
#define SSL_CTRL_GET_SERVER_TMP_KEY SSL_CTRL_GET_PEER_TMP_KEY
#define SSL_CTRL_GET_CURVES         SSL_CTRL_GET_GROUPS
#define SSL_CTRL_SET_CURVES         SSL_CTRL_SET_GROUPS
#define SSL_CTRL_SET_CURVES_LIST    SSL_CTRL_SET_GROUPS_LIST
#define SSL_CTRL_GET_SHARED_CURVE   SSL_CTRL_GET_SHARED_GROUP

/* Arguments of SSL_CTRL_SELECT_CURRENT_CERT and SSL_CTRL_SET_CURRENT_CERT. */
#define SSL_CERT_SET_FIRST  1
#define SSL_CERT_SET_NEXT   2
#define SSL_CERT_SET_SERVER 3

/* Server info formats. */
#define SSL_SERVERINFOV1 1
#define SSL_SERVERINFOV2 2

/* Return values of a client hello callback. */
#define SSL_CLIENT_HELLO_SUCCESS 1
#define SSL_CLIENT_HELLO_ERROR   0
#define SSL_CLIENT_HELLO_RETRY   (-1)

/* Early data. */
#define SSL_READ_EARLY_DATA_ERROR   0
#define SSL_READ_EARLY_DATA_SUCCESS 1
#define SSL_READ_EARLY_DATA_FINISH  2
#define SSL_EARLY_DATA_NOT_SENT     0
#define SSL_EARLY_DATA_REJECTED     1
#define SSL_EARLY_DATA_ACCEPTED     2

/* Operations and object classes passed to a security callback. */
#define SSL_SECOP_OTHER_TYPE       0xffff0000
#define SSL_SECOP_OTHER_NONE       0
#define SSL_SECOP_OTHER_CIPHER     (1 << 16)
#define SSL_SECOP_OTHER_CURVE      (2 << 16)
#define SSL_SECOP_OTHER_DH         (3 << 16)
#define SSL_SECOP_OTHER_PKEY       (4 << 16)
#define SSL_SECOP_OTHER_SIGALG     (5 << 16)
#define SSL_SECOP_OTHER_CERT       (6 << 16)
#define SSL_SECOP_PEER             0x1000
#define SSL_SECOP_CIPHER_SUPPORTED (1 | SSL_SECOP_OTHER_CIPHER)
#define SSL_SECOP_CIPHER_SHARED    (2 | SSL_SECOP_OTHER_CIPHER)
#define SSL_SECOP_CIPHER_CHECK     (3 | SSL_SECOP_OTHER_CIPHER)
#define SSL_SECOP_CURVE_SUPPORTED  (4 | SSL_SECOP_OTHER_CURVE)
#define SSL_SECOP_CURVE_SHARED     (5 | SSL_SECOP_OTHER_CURVE)
#define SSL_SECOP_CURVE_CHECK      (6 | SSL_SECOP_OTHER_CURVE)
#define SSL_SECOP_TMP_DH           (7 | SSL_SECOP_OTHER_PKEY)
#define SSL_SECOP_VERSION          (9 | SSL_SECOP_OTHER_NONE)
#define SSL_SECOP_TICKET           (10 | SSL_SECOP_OTHER_NONE)
#define SSL_SECOP_SIGALG_SUPPORTED (11 | SSL_SECOP_OTHER_SIGALG)
#define SSL_SECOP_SIGALG_SHARED    (12 | SSL_SECOP_OTHER_SIGALG)
#define SSL_SECOP_SIGALG_CHECK     (13 | SSL_SECOP_OTHER_SIGALG)
#define SSL_SECOP_SIGALG_MASK      (14 | SSL_SECOP_OTHER_SIGALG)
#define SSL_SECOP_COMPRESSION      (15 | SSL_SECOP_OTHER_NONE)
#define SSL_SECOP_EE_KEY           (16 | SSL_SECOP_OTHER_CERT)
#define SSL_SECOP_CA_KEY           (17 | SSL_SECOP_OTHER_CERT)
#define SSL_SECOP_CA_MD            (18 | SSL_SECOP_OTHER_CERT)
#define SSL_SECOP_PEER_EE_KEY      (SSL_SECOP_EE_KEY | SSL_SECOP_PEER)
#define SSL_SECOP_PEER_CA_KEY      (SSL_SECOP_CA_KEY | SSL_SECOP_PEER)
#define SSL_SECOP_PEER_CA_MD       (SSL_SECOP_CA_MD | SSL_SECOP_PEER)

/* Session ticket decryption status and callback returns. */
#define SSL_TICKET_FATAL_ERR_MALLOC    0
#define SSL_TICKET_FATAL_ERR_OTHER     1
#define SSL_TICKET_NONE                2
#define SSL_TICKET_EMPTY               3
#define SSL_TICKET_NO_DECRYPT          4
#define SSL_TICKET_SUCCESS             5
#define SSL_TICKET_SUCCESS_RENEW       6
#define SSL_TICKET_RETURN_ABORT        0
#define SSL_TICKET_RETURN_IGNORE       1
#define SSL_TICKET_RETURN_IGNORE_RENEW 2
#define SSL_TICKET_RETURN_USE          3
#define SSL_TICKET_RETURN_USE_RENEW    4

/* Flags for OPENSSL_init_ssl(); the OPENSSL_INIT_* flags of crypto.h too. */
#define OPENSSL_INIT_NO_LOAD_SSL_STRINGS 0x00100000L
#define OPENSSL_INIT_LOAD_SSL_STRINGS 0x00200000L
#define OPENSSL_INIT_SSL_DEFAULT \
    (OPENSSL_INIT_LOAD_SSL_STRINGS | OPENSSL_INIT_LOAD_CRYPTO_STRINGS)

/* Library initialisation. */

/*
 * OPENSSL_init_ssl initialises libssl and libcrypto as the OPENSSL_INIT_*
 * bits in |opts| ask; |settings| may be NULL.  Initialisation also happens
 * on first use, so calling this is optional.  Returns 1 on success, 0 on
 * failure.
 */
int OPENSSL_init_ssl(uint64_t opts, const OPENSSL_INIT_SETTINGS *settings);

/*
 * SSL_library_init initialises the library; kept for old callers.  Returns
 * 1.
 */
int SSL_library_init(void);

/*
 * SSL_load_error_strings makes the error strings available; kept for old
 * callers.
 */
void SSL_load_error_strings(void);

#define OpenSSL_add_ssl_algorithms() SSL_library_init()
#define SSLeay_add_ssl_algorithms() SSL_library_init()

/* Methods. */

/*
 * TLS_method returns the method for either role that negotiates the
 * highest protocol version both peers allow.
 */
const SSL_METHOD *TLS_method(void);

/* TLS_client_method is TLS_method for the client role only. */
const SSL_METHOD *TLS_client_method(void);

/* SSLv23_method is the old name of TLS_method. */
const SSL_METHOD *SSLv23_method(void);

/* SSLv23_client_method is the old name of TLS_client_method. */
const SSL_METHOD *SSLv23_client_method(void);

/* TLS_server_method is TLS_method for the server role only. */
const SSL_METHOD *TLS_server_method(void);

/* SSLv23_server_method is the old name of TLS_server_method. */
const SSL_METHOD *SSLv23_server_method(void);

/* Contexts. */

/*
 * SSL_CTX_new returns a new context for |meth| holding one reference, or
 * NULL on failure.
 */
SSL_CTX *SSL_CTX_new(const SSL_METHOD *meth);

/*
 * SSL_CTX_free releases one reference to |ctx| and frees it when none
 * remain.  NULL is ignored.
 */
void SSL_CTX_free(SSL_CTX *ctx);

/*
 * SSL_CTX_up_ref adds a reference to |ctx|.  Returns 1 on success, 0 on
 * failure.
 */
int SSL_CTX_up_ref(SSL_CTX *ctx);

/*
 * SSL_CTX_set_min_proto_version sets the lowest protocol version |ctx|
 * negotiates, such as TLS1_2_VERSION; 0 means the lowest supported.
 * Returns 1 on success, 0 if |version| is not valid.
 */
int SSL_CTX_set_min_proto_version(SSL_CTX *ctx, int version);

/*
 * SSL_CTX_set_max_proto_version sets the highest protocol version |ctx|
 * negotiates; 0 means the highest supported.  Returns 1 on success, 0 if
 * |version| is not valid.
 */
int SSL_CTX_set_max_proto_version(SSL_CTX *ctx, int version);

/*
 * SSL_CTX_get_min_proto_version returns the lowest version set on |ctx|,
 * or 0.
 */
int SSL_CTX_get_min_proto_version(SSL_CTX *ctx);

/*
 * SSL_CTX_get_max_proto_version returns the highest version set on |ctx|,
 * or 0.
 */
int SSL_CTX_get_max_proto_version(SSL_CTX *ctx);

/*
 * SSL_CTX_set_options adds the SSL_OP_* bits |op| to |ctx| and returns the
 * new options.
 */
uint64_t SSL_CTX_set_options(SSL_CTX *ctx, uint64_t op);

/*
 * SSL_CTX_clear_options removes the bits |op| from |ctx| and returns the
 * new options.
 */
uint64_t SSL_CTX_clear_options(SSL_CTX *ctx, uint64_t op);

/* SSL_CTX_get_options returns the SSL_OP_* options of |ctx|. */
uint64_t SSL_CTX_get_options(const SSL_CTX *ctx);

/*
 * SSL_CTX_set_cipher_list sets the TLS 1.2-and-below ciphers of |ctx| from
 * the cipher string |str|.  Returns 1 if at least one cipher was selected,
 * 0 otherwise.
 */
int SSL_CTX_set_cipher_list(SSL_CTX *ctx, const char *str);

/*
 * SSL_CTX_set_ciphersuites sets the TLS 1.3 suites of |ctx| from |str|, a
 * colon-separated list of suite names.  Returns 1 on success, 0 on failure.
 */
int SSL_CTX_set_ciphersuites(SSL_CTX *ctx, const char *str);

/*
 * SSL_CTX_ctrl performs the SSL_CTRL_* command |cmd| on |ctx| with the
 * arguments |larg| and |parg|.  The result depends on |cmd|; the macros
 * below are the usual way in.
 */
long SSL_CTX_ctrl(SSL_CTX *ctx, int cmd, long larg, void *parg);

/* Connections. */

/*
 * SSL_new returns a new connection configured from |ctx| holding one
 * reference, or NULL on failure.
 */
SSL *SSL_new(SSL_CTX *ctx);

/*
 * SSL_free releases one reference to |ssl| and, when none remain, frees it
 * together with its BIOs.  NULL is ignored.
 */
void SSL_free(SSL *ssl);

/*
 * SSL_clear makes |ssl| ready for a new connection: the state of the old
 * one goes, its settings, role and BIOs stay.  Returns 1 on success, 0 on
 * failure.
 */
int SSL_clear(SSL *ssl);

/* SSL_up_ref adds a reference to |s|.  Returns 1 on success, 0 on failure. */
int SSL_up_ref(SSL *s);

/* SSL_get_SSL_CTX returns the context of |ssl| without adding a reference. */
SSL_CTX *SSL_get_SSL_CTX(const SSL *ssl);

/*
 * SSL_ctrl performs the SSL_CTRL_* command |cmd| on |s| with the arguments
 * |larg| and |parg|.  The result depends on |cmd|.
 */
long SSL_ctrl(SSL *s, int cmd, long larg, void *parg);

/*
 * SSL_set_min_proto_version is SSL_CTX_set_min_proto_version for one
 * connection.
 */
int SSL_set_min_proto_version(SSL *ssl, int version);

/*
 * SSL_set_max_proto_version is SSL_CTX_set_max_proto_version for one
 * connection.
 */
int SSL_set_max_proto_version(SSL *ssl, int version);

/*
 * SSL_set_options adds the SSL_OP_* bits |op| to |s| and returns the new
 * options.
 */
uint64_t SSL_set_options(SSL *s, uint64_t op);

/*
 * SSL_clear_options removes the bits |op| from |s| and returns the new
 * options.
 */
uint64_t SSL_clear_options(SSL *s, uint64_t op);

/* SSL_get_options returns the SSL_OP_* options of |s|. */
uint64_t SSL_get_options(const SSL *s);

/* SSL_set_cipher_list is SSL_CTX_set_cipher_list for one connection. */
int SSL_set_cipher_list(SSL *s, const char *str);

/* SSL_set_ciphersuites is SSL_CTX_set_ciphersuites for one connection. */
int SSL_set_ciphersuites(SSL *s, const char *str);

/*
 * SSL_set_fd makes the descriptor |fd| the transport of |s| in both
 * directions, replacing any BIOs.  |fd| is not closed when |s| is freed.
 * Returns 1 on success, 0 on failure.
 */
int SSL_set_fd(SSL *s, int fd);

/* SSL_set_rfd is SSL_set_fd for the reading direction only. */
int SSL_set_rfd(SSL *s, int fd);

/* SSL_set_wfd is SSL_set_fd for the writing direction only. */
int SSL_set_wfd(SSL *s, int fd);

/* SSL_get_fd returns the descriptor |s| reads from, or -1 if there is none. */
int SSL_get_fd(const SSL *s);

/*
 * SSL_get_rfd returns the descriptor |s| reads from, or -1 if there is
 * none.
 */
int SSL_get_rfd(const SSL *s);

/* SSL_get_wfd returns the descriptor |s| writes to, or -1 if there is none. */
int SSL_get_wfd(const SSL *s);

/*
 * ALPN (RFC 7301).  Lists are in wire format: each protocol name preceded
 * by its length in one byte.  The set_alpn_protos calls give the client's
 * offer and return 0 on success, 1 for a malformed list (the reverse of
 * most setters, as in OpenSSL); NULL or length 0 clears the offer.
 */
int SSL_CTX_set_alpn_protos(SSL_CTX *ctx, const unsigned char *protos,
    unsigned int protos_len);
int SSL_set_alpn_protos(SSL *ssl, const unsigned char *protos,
    unsigned int protos_len);

/*
 * A server's choice: |cb| gets the client's list in |in| and points |*out|
 * at the chosen name, returning SSL_TLSEXT_ERR_OK, SSL_TLSEXT_ERR_NOACK
 * (answer without ALPN) or SSL_TLSEXT_ERR_ALERT_FATAL (refuse).
 */
typedef int (*SSL_CTX_alpn_select_cb_func)(SSL *ssl,
    const unsigned char **out, unsigned char *outlen,
    const unsigned char *in, unsigned int inlen, void *arg);
void SSL_CTX_set_alpn_select_cb(SSL_CTX *ctx, SSL_CTX_alpn_select_cb_func cb,
    void *arg);

/* The protocol agreed, or *data NULL and *len 0. */
void SSL_get0_alpn_selected(const SSL *ssl, const unsigned char **data,
    unsigned int *len);

/*
 * The first name of |server| that |client| also lists
 * (OPENSSL_NPN_NEGOTIATED, *out inside |server|), else the client's first
 * (OPENSSL_NPN_NO_OVERLAP); a malformed list gives NO_OVERLAP and NULL.
 */
int SSL_select_next_proto(unsigned char **out, unsigned char *outlen,
    const unsigned char *server, unsigned int server_len,
    const unsigned char *client, unsigned int client_len);

/*
 * SSL_set_bio makes |rbio| the BIO |s| reads from and |wbio| the one it
 * writes to, and takes over the caller's reference to each (one in all
 * when both are the same BIO); the BIOs it held before are released.  A
 * side passed as the BIO it already has is left as it is.
 */
void SSL_set_bio(SSL *s, BIO *rbio, BIO *wbio);

/*
 * SSL_set0_rbio makes |rbio| the read BIO of |s|, taking over the caller's
 * reference and releasing the previous read BIO.
 */
void SSL_set0_rbio(SSL *s, BIO *rbio);

/* SSL_set0_wbio is SSL_set0_rbio for the write BIO. */
void SSL_set0_wbio(SSL *s, BIO *wbio);

/*
 * SSL_get_rbio returns the BIO |s| reads from, without adding a reference,
 * or NULL.
 */
BIO *SSL_get_rbio(const SSL *s);

/*
 * SSL_get_wbio returns the BIO |s| writes to, without adding a reference,
 * or NULL.
 */
BIO *SSL_get_wbio(const SSL *s);

/*
 * SSL_set_connect_state makes |s| a client; the handshake then starts with
 * the first SSL_do_handshake(), SSL_read() or SSL_write().
 */
void SSL_set_connect_state(SSL *s);

/*
 * SSL_connect makes |ssl| a client and runs the handshake.  Returns 1 once
 * it has completed, 0 if it failed in an orderly way, and -1 on error or
 * when the transport would block; SSL_get_error() says which.
 */
int SSL_connect(SSL *ssl);

/*
 * SSL_set_accept_state makes |s| a server; the handshake then waits for the
 * client's hello.
 */
void SSL_set_accept_state(SSL *s);

/*
 * SSL_accept makes |ssl| a server and runs the handshake; returns as
 * SSL_connect().
 */
int SSL_accept(SSL *ssl);

/*
 * The certificate and private key a server presents, from a file of
 * |type| SSL_FILETYPE_PEM or SSL_FILETYPE_ASN1.  The _chain_file forms
 * read a PEM file holding the certificate followed by its chain.  Each
 * returns 1, or 0 with the reason on the error queue.  A key must belong
 * to the certificate already set (X509_R_KEY_VALUES_MISMATCH otherwise).
 */
int SSL_CTX_use_certificate_file(SSL_CTX *ctx, const char *file, int type);
int SSL_use_certificate_file(SSL *ssl, const char *file, int type);
int SSL_CTX_use_certificate_chain_file(SSL_CTX *ctx, const char *file);
int SSL_use_certificate_chain_file(SSL *ssl, const char *file);
int SSL_CTX_use_PrivateKey_file(SSL_CTX *ctx, const char *file, int type);
int SSL_use_PrivateKey_file(SSL *ssl, const char *file, int type);

/*
 * The peer's certificate, or NULL if it sent none (always NULL for a
 * server, which does not ask for client certificates).
 * SSL_get_peer_certificate (LibreSSL's name) and SSL_get1_peer_certificate
 * return a reference the caller frees with X509_free;
 * SSL_get0_peer_certificate's belongs to |s|.
 */
X509 *SSL_get_peer_certificate(const SSL *s);
X509 *SSL_get1_peer_certificate(const SSL *s);
X509 *SSL_get0_peer_certificate(const SSL *s);

/*
 * The certificates the peer sent: on a client the server's certificate
 * first, then its chain; on a server the client's chain without its own
 * certificate.  The stack and its certificates belong to |s|: do not free
 * them.  NULL if the peer sent none.
 */
STACK_OF(X509) *SSL_get_peer_cert_chain(const SSL *s);
STACK_OF(X509) *SSL_get0_verified_chain(const SSL *s);

/*
 * Application data: SSL_get_ex_new_index and SSL_CTX_get_ex_new_index
 * return a new index (1, 2, ... per class; -1 on failure), whose
 * |free_func| is called when an object of the class is freed.
 * SSL_set_ex_data stores |data| at |idx| (1, or 0 for a negative index)
 * and SSL_get_ex_data returns it (NULL if never set).  Index 0 is the
 * "app data" of SSL_set_app_data().
 */
int SSL_get_ex_new_index(long argl, void *argp, CRYPTO_EX_new *new_func,
    CRYPTO_EX_dup *dup_func, CRYPTO_EX_free *free_func);
int SSL_set_ex_data(SSL *ssl, int idx, void *data);
void *SSL_get_ex_data(const SSL *ssl, int idx);
int SSL_CTX_get_ex_new_index(long argl, void *argp, CRYPTO_EX_new *new_func,
    CRYPTO_EX_dup *dup_func, CRYPTO_EX_free *free_func);
int SSL_CTX_set_ex_data(SSL_CTX *ctx, int idx, void *data);
void *SSL_CTX_get_ex_data(const SSL_CTX *ctx, int idx);
#define SSL_set_app_data(s, arg) (SSL_set_ex_data(s, 0, (char *)(arg)))
#define SSL_get_app_data(s) (SSL_get_ex_data(s, 0))
#define SSL_CTX_set_app_data(ctx, arg) (SSL_CTX_set_ex_data(ctx, 0, (char *)(arg)))
#define SSL_CTX_get_app_data(ctx) (SSL_CTX_get_ex_data(ctx, 0))

/* The same from objects (PEM_read_bio_X509(), PEM_read_bio_PrivateKey()). */
int SSL_CTX_use_certificate(SSL_CTX *ctx, X509 *x);
int SSL_use_certificate(SSL *ssl, X509 *x);
int SSL_CTX_use_PrivateKey(SSL_CTX *ctx, EVP_PKEY *pkey);
int SSL_use_PrivateKey(SSL *ssl, EVP_PKEY *pkey);

/*
 * The password of encrypted key files: |cb| fills |buf| (at most |size|
 * bytes) and returns the length; without a callback the userdata is the
 * NUL-terminated password itself.
 */
void SSL_CTX_set_default_passwd_cb(SSL_CTX *ctx, pem_password_cb *cb);
void SSL_CTX_set_default_passwd_cb_userdata(SSL_CTX *ctx, void *u);
void SSL_set_default_passwd_cb(SSL *s, pem_password_cb *cb);
void SSL_set_default_passwd_cb_userdata(SSL *s, void *u);

/* 1 when the private key set belongs to the certificate set, else 0. */
int SSL_CTX_check_private_key(const SSL_CTX *ctx);
int SSL_check_private_key(const SSL *ssl);

/*
 * SSL_do_handshake runs the handshake in the role |s| has; returns as
 * SSL_connect().
 */
int SSL_do_handshake(SSL *s);

/*
 * SSL_read reads up to |num| bytes of application data into |buf| and
 * returns how many (> 0).  A result <= 0 means close, error or "would
 * block"; SSL_get_error() says which.
 */
int SSL_read(SSL *ssl, void *buf, int num);

/*
 * SSL_read_ex reads as SSL_read() does but returns 1 with the count in
 * |*readbytes|, or 0 (SSL_get_error() says why).  SSL_peek and SSL_peek_ex
 * return the same bytes without consuming them.
 */
int SSL_read_ex(SSL *ssl, void *buf, size_t num, size_t *readbytes);
int SSL_peek(SSL *ssl, void *buf, int num);
int SSL_peek_ex(SSL *ssl, void *buf, size_t num, size_t *readbytes);

/*
 * SSL_set_read_ahead permits reading past the record in hand; this library
 * records the setting and still reads one record at a time.
 */
void SSL_set_read_ahead(SSL *s, int yes);
int SSL_get_read_ahead(const SSL *s);

/*
 * SSL_write writes |num| bytes from |buf| and returns how many (> 0); that
 * is all of them unless SSL_MODE_ENABLE_PARTIAL_WRITE is set.  A result
 * <= 0 means error or "would block"; SSL_get_error() says which.
 */
int SSL_write(SSL *ssl, const void *buf, int num);

/* SSL_write_ex writes as SSL_write(); 1 with the count in |*written|, or 0. */
int SSL_write_ex(SSL *s, const void *buf, size_t num, size_t *written);

/*
 * SSL_pending returns the number of decrypted bytes that SSL_read() can
 * return without reading from the transport.
 */
int SSL_pending(const SSL *s);

/*
 * SSL_has_pending returns 1 if |s| holds bytes from the transport not yet
 * returned by SSL_read(): decrypted data or an unprocessed record, whole
 * or partial; else 0.
 */
int SSL_has_pending(const SSL *s);

/*
 * SSL_shutdown sends close_notify if it has not been sent.  Returns 1 once
 * close_notify has been both sent and received, 0 if only sent, and -1 on
 * error or when the transport would block; SSL_get_error() says which.
 */
int SSL_shutdown(SSL *s);

/*
 * SSL_get_shutdown returns the SSL_SENT_SHUTDOWN and SSL_RECEIVED_SHUTDOWN
 * bits of |ssl|.
 */
int SSL_get_shutdown(const SSL *ssl);

/* SSL_set_shutdown sets the SSL_SENT_SHUTDOWN/SSL_RECEIVED_SHUTDOWN bits. */
void SSL_set_shutdown(SSL *ssl, int mode);

/*
 * With quiet shutdown set, SSL_shutdown() sends no close_notify: it marks
 * the session closed both ways and returns 1.
 */
void SSL_CTX_set_quiet_shutdown(SSL_CTX *ctx, int mode);
int SSL_CTX_get_quiet_shutdown(const SSL_CTX *ctx);
void SSL_set_quiet_shutdown(SSL *ssl, int mode);
int SSL_get_quiet_shutdown(const SSL *ssl);

/*
 * SSL_get_error returns the SSL_ERROR_* reason for |ret_code|, the result of
 * the last I/O call on |s|.  It consults the calling thread's error queue,
 * so call it before any other library call on that thread.
 */
int SSL_get_error(const SSL *s, int ret_code);

/* Connection state. */

/*
 * SSL_get_version returns the protocol version of |s| as text, such as
 * "TLSv1.3".
 */
const char *SSL_get_version(const SSL *s);

/* SSL_version returns the protocol version of |s|, such as TLS1_3_VERSION. */
int SSL_version(const SSL *s);

/*
 * SSL_get_current_cipher returns the negotiated cipher of |s|, or NULL if
 * none.
 */
const SSL_CIPHER *SSL_get_current_cipher(const SSL *s);

/*
 * SSL_CIPHER_get_name returns the OpenSSL name of |c|, such as
 * "TLS_AES_128_GCM_SHA256", or "(NONE)" if |c| is NULL.
 */
const char *SSL_CIPHER_get_name(const SSL_CIPHER *c);

/* 0x03000000 | the suite's two-byte code. */
uint32_t SSL_CIPHER_get_id(const SSL_CIPHER *c);

/* The cipher's secret bits, also stored in |*alg_bits| when not NULL. */
int SSL_CIPHER_get_bits(const SSL_CIPHER *c, int *alg_bits);

/* The protocol version that introduced the suite ("TLSv1.2", ...). */
const char *SSL_CIPHER_get_version(const SSL_CIPHER *c);

/* The suite's RFC name, e.g. "TLS_AES_128_GCM_SHA256". */
const char *SSL_CIPHER_standard_name(const SSL_CIPHER *c);

/*
 * SSL_CTX_callback_ctrl passes a function pointer to a numbered command;
 * SSL_CTX_set_tlsext_servername_callback() is built on it.
 */
long SSL_CTX_callback_ctrl(SSL_CTX *ctx, int cmd, void (*fp)(void));

/*
 * SSL_set_SSL_CTX moves |ssl| to |ctx|, taking its certificate and key;
 * a servername callback uses it to serve another name.  Returns |ctx|.
 */
SSL_CTX *SSL_set_SSL_CTX(SSL *ssl, SSL_CTX *ctx);

/* Key-exchange groups by name, colon-separated: "X25519:P-256". */
#define SSL_CTX_set1_groups_list(ctx, s) \
	SSL_CTX_ctrl((ctx), SSL_CTRL_SET_GROUPS_LIST, 0, (char *)(s))
#define SSL_set1_groups_list(s, str) \
	SSL_ctrl((s), SSL_CTRL_SET_GROUPS_LIST, 0, (char *)(str))
#define SSL_CTX_set1_curves_list SSL_CTX_set1_groups_list
#define SSL_set1_curves_list SSL_set1_groups_list

/* The NID of the key-exchange group agreed. */
#define SSL_get_negotiated_group(s) \
	SSL_ctrl((s), SSL_CTRL_GET_NEGOTIATED_GROUP, 0, NULL)

/*
 * A server's hook for the client's server name: cb(SSL *, int *alert,
 * void *arg) returns SSL_TLSEXT_ERR_OK, SSL_TLSEXT_ERR_NOACK or
 * SSL_TLSEXT_ERR_ALERT_FATAL.
 */
#define SSL_CTX_set_tlsext_servername_callback(ctx, cb) \
	SSL_CTX_callback_ctrl((ctx), SSL_CTRL_SET_TLSEXT_SERVERNAME_CB, \
	    (void (*)(void))(cb))
#define SSL_CTX_set_tlsext_servername_arg(ctx, arg) \
	SSL_CTX_ctrl((ctx), SSL_CTRL_SET_TLSEXT_SERVERNAME_ARG, 0, (arg))

/*
 * SSL_get_servername returns the server name of type |type|
 * (TLSEXT_NAMETYPE_host_name) that |s| sent or received, or NULL.
 */
const char *SSL_get_servername(const SSL *s, const int type);

/* SSL_is_server returns 1 if |s| is a server, 0 if a client. */
int SSL_is_server(const SSL *s);

/*
 * SSL_is_init_finished returns 1 if the handshake of |s| has completed,
 * else 0.
 */
int SSL_is_init_finished(const SSL *s);

/* SSL_in_init returns 1 while the handshake of |s| is not complete, else 0. */
int SSL_in_init(const SSL *s);

#define SSL_in_connect_init(a) (SSL_in_init(a) && !SSL_is_server(a))
#define SSL_in_accept_init(a) (SSL_in_init(a) && SSL_is_server(a))

/* The name of the negotiated cipher of |s|, or "(NONE)". */
#define SSL_get_cipher(s) SSL_CIPHER_get_name(SSL_get_current_cipher(s))
#define SSL_get_cipher_name(s) SSL_CIPHER_get_name(SSL_get_current_cipher(s))

/*
 * Modes: set adds the SSL_MODE_* bits |op|, clear removes them; each returns
 * the resulting mode.  get returns the mode.
 */
#define SSL_CTX_set_mode(ctx, op) SSL_CTX_ctrl((ctx), SSL_CTRL_MODE, (op), NULL)
#define SSL_CTX_clear_mode(ctx, op) SSL_CTX_ctrl((ctx), SSL_CTRL_CLEAR_MODE, (op), NULL)
#define SSL_CTX_get_mode(ctx) SSL_CTX_ctrl((ctx), SSL_CTRL_MODE, 0, NULL)
#define SSL_set_mode(ssl, op) SSL_ctrl((ssl), SSL_CTRL_MODE, (op), NULL)
#define SSL_clear_mode(ssl, op) SSL_ctrl((ssl), SSL_CTRL_CLEAR_MODE, (op), NULL)
#define SSL_get_mode(ssl) SSL_ctrl((ssl), SSL_CTRL_MODE, 0, NULL)

/*
 * Read-ahead: when on, the library may read more than the current record
 * from the transport.  set returns the previous setting.
 */
#define SSL_CTX_get_read_ahead(ctx) SSL_CTX_ctrl((ctx), SSL_CTRL_GET_READ_AHEAD, 0, NULL)
#define SSL_CTX_set_read_ahead(ctx, m) SSL_CTX_ctrl((ctx), SSL_CTRL_SET_READ_AHEAD, (m), NULL)
#define SSL_CTX_get_default_read_ahead(ctx) SSL_CTX_get_read_ahead(ctx)
#define SSL_CTX_set_default_read_ahead(ctx, m) SSL_CTX_set_read_ahead(ctx, m)

/*
 * Calls for features that no longer exist (export RSA keys, compression
 * method lists) and for ECDH selection, which is always automatic.  They
 * do nothing and report what OpenSSL 3 reports.
 */
#define SSL_CTX_need_tmp_RSA(ctx) 0
#define SSL_CTX_set_tmp_rsa(ctx, rsa) 1
#define SSL_need_tmp_RSA(ssl) 0
#define SSL_set_tmp_rsa(ssl, rsa) 1
#define SSL_CTX_set_tmp_rsa_callback(ctx, cb) while (0) (cb)(NULL, 0, 0)
#define SSL_set_tmp_rsa_callback(ssl, cb) while (0) (cb)(NULL, 0, 0)
#define SSL_CTX_set_ecdh_auto(dummy, onoff) ((onoff) != 0)
#define SSL_set_ecdh_auto(dummy, onoff) ((onoff) != 0)
#define SSL_COMP_free_compression_methods() while (0) continue

/*
 * Certificate verification (SSL_CTX_set_verify(3)).  The mode is
 * SSL_VERIFY_NONE or SSL_VERIFY_PEER; the callback, if any, is called for
 * each problem found (preverify_ok 0) and for each depth of the chain that
 * passed (preverify_ok 1), from the top of the chain down, and its answer
 * replaces preverify_ok.  Under SSL_VERIFY_PEER a failure ends the
 * handshake; SSL_get_verify_result() reports the X509_V_* result either
 * way.  The depth limit counts intermediate certificates (default 100;
 * the get functions return -1 while it is unset).
 */
typedef int (*SSL_verify_cb)(int preverify_ok, X509_STORE_CTX *x509_ctx);
void SSL_CTX_set_verify(SSL_CTX *ctx, int mode, SSL_verify_cb callback);
void SSL_set_verify(SSL *s, int mode, SSL_verify_cb callback);
int SSL_CTX_get_verify_mode(const SSL_CTX *ctx);
int SSL_get_verify_mode(const SSL *s);
SSL_verify_cb SSL_CTX_get_verify_callback(const SSL_CTX *ctx);
SSL_verify_cb SSL_get_verify_callback(const SSL *s);
void SSL_CTX_set_verify_depth(SSL_CTX *ctx, int depth);
void SSL_set_verify_depth(SSL *s, int depth);
int SSL_CTX_get_verify_depth(const SSL_CTX *ctx);
int SSL_get_verify_depth(const SSL *s);
long SSL_get_verify_result(const SSL *ssl);
void SSL_set_verify_result(SSL *ssl, long v);
int SSL_get_ex_data_X509_STORE_CTX_idx(void);

/*
 * Trusted certificates: a PEM file of CA certificates (read at once) and
 * a directory of them named by subject hash as `openssl rehash` makes it
 * (the files for a name are read when a verification first looks it up); the default paths are SSL_CERT_FILE (else
 * /etc/ssl/certs/ca-certificates.crt) and SSL_CERT_DIR (else /etc/ssl/certs).
 */
int SSL_CTX_load_verify_locations(SSL_CTX *ctx, const char *CAfile, const char *CApath);
int SSL_CTX_load_verify_file(SSL_CTX *ctx, const char *CAfile);
int SSL_CTX_load_verify_dir(SSL_CTX *ctx, const char *CApath);
int SSL_CTX_set_default_verify_paths(SSL_CTX *ctx);

/*
 * The context's store of trusted certificates.  get returns it without a
 * reference; set hands the caller's reference to the context, set1 gives
 * the context a reference of its own; the old store is released.
 */
X509_STORE *SSL_CTX_get_cert_store(const SSL_CTX *ctx);
X509_VERIFY_PARAM *SSL_CTX_get0_param(SSL_CTX *ctx);
X509_VERIFY_PARAM *SSL_get0_param(SSL *ssl);
void SSL_CTX_set_cert_store(SSL_CTX *ctx, X509_STORE *store);
void SSL_CTX_set1_cert_store(SSL_CTX *ctx, X509_STORE *store);

/*
 * The name (or, for a name that is an IP address, the address) the peer's
 * certificate must carry; SSL_add1_host adds alternatives.  Flags are
 * X509_CHECK_FLAG_* of <openssl/x509v3.h>.  SSL_get0_peername is the name
 * that matched.
 */
int SSL_set1_host(SSL *s, const char *hostname);
int SSL_add1_host(SSL *s, const char *hostname);
void SSL_set_hostflags(SSL *s, unsigned int flags);
const char *SSL_get0_peername(SSL *s);

/*
 * Sessions and resumption (TLS 1.2 session ids; see SSL_get_session(3)).
 * SSL_get_session returns |ssl|'s session without a reference (NULL if
 * none); SSL_get1_session adds one for the caller.  SSL_set_session makes
 * |ssl| offer |session| in its next handshake; SSL_session_reused says
 * whether the handshake resumed one.
 */
SSL_SESSION *SSL_get_session(const SSL *ssl);
#define SSL_get0_session SSL_get_session
SSL_SESSION *SSL_get1_session(SSL *ssl);
int SSL_set_session(SSL *ssl, SSL_SESSION *session);
int SSL_session_reused(const SSL *ssl);

/* SSL_SESSION_free drops a reference; SSL_SESSION_up_ref adds one. */
void SSL_SESSION_free(SSL_SESSION *session);
int SSL_SESSION_up_ref(SSL_SESSION *session);

/* 1 if a later handshake can resume |s|: a TLS 1.2 session with an id. */
int SSL_SESSION_is_resumable(const SSL_SESSION *s);
int SSL_SESSION_get_protocol_version(const SSL_SESSION *s);
const SSL_CIPHER *SSL_SESSION_get0_cipher(const SSL_SESSION *s);
const unsigned char *SSL_SESSION_get_id(const SSL_SESSION *s, unsigned int *len);
const unsigned char *SSL_SESSION_get0_id_context(const SSL_SESSION *s,
    unsigned int *len);

/* Creation time and lifetime, in seconds. */
long SSL_SESSION_get_time(const SSL_SESSION *s);
long SSL_SESSION_set_time(SSL_SESSION *s, long t);
long SSL_SESSION_get_timeout(const SSL_SESSION *s);
long SSL_SESSION_set_timeout(SSL_SESSION *s, long t);
#define SSL_get_time(a) SSL_SESSION_get_time(a)
#define SSL_set_time(a, b) SSL_SESSION_set_time((a), (b))
#define SSL_get_timeout(a) SSL_SESSION_get_timeout(a)
#define SSL_set_timeout(a, b) SSL_SESSION_set_timeout((a), (b))

/*
 * i2d_SSL_SESSION writes |in| at *pp (if pp is not NULL) and returns the
 * length; d2i_SSL_SESSION reads one back.  The encoding is this
 * library's own: only this library reads it (i2d_SSL_SESSION(3)).
 */
int i2d_SSL_SESSION(const SSL_SESSION *in, unsigned char **pp);
SSL_SESSION *d2i_SSL_SESSION(SSL_SESSION **a, const unsigned char **pp,
    long length);
/* The same encoding in PEM, between "SSL SESSION PARAMETERS" lines. */
int PEM_write_bio_SSL_SESSION(BIO *bp, const SSL_SESSION *x);
SSL_SESSION *PEM_read_bio_SSL_SESSION(BIO *bp, SSL_SESSION **x,
    pem_password_cb *cb, void *u);

/* The server's session id context: at most SSL_MAX_SID_CTX_LENGTH bytes. */
int SSL_CTX_set_session_id_context(SSL_CTX *ctx, const unsigned char *sid_ctx,
    unsigned int sid_ctx_len);
int SSL_set_session_id_context(SSL *ssl, const unsigned char *sid_ctx,
    unsigned int sid_ctx_len);

/* Told of each new session; return 1 to keep the reference given. */
void SSL_CTX_sess_set_new_cb(SSL_CTX *ctx,
    int (*new_session_cb)(struct ssl_st *ssl, SSL_SESSION *sess));
int (*SSL_CTX_sess_get_new_cb(SSL_CTX *ctx))(struct ssl_st *ssl,
    SSL_SESSION *sess);
void SSL_CTX_sess_set_remove_cb(SSL_CTX *ctx,
    void (*remove_session_cb)(struct ssl_ctx_st *ctx, SSL_SESSION *sess));
void (*SSL_CTX_sess_get_remove_cb(SSL_CTX *ctx))(struct ssl_ctx_st *ctx,
    SSL_SESSION *sess);

/* Timeout of new sessions (set returns the previous one); flushing drops expired ones. */
long SSL_CTX_set_timeout(SSL_CTX *ctx, long t);
long SSL_CTX_get_timeout(const SSL_CTX *ctx);
void SSL_CTX_flush_sessions(SSL_CTX *ctx, long tm);

/* The session cache: mode, size and counters are SSL_CTX_ctrl commands. */
#define SSL_CTX_set_session_cache_mode(ctx, m) \
	SSL_CTX_ctrl(ctx, SSL_CTRL_SET_SESS_CACHE_MODE, m, NULL)
#define SSL_CTX_get_session_cache_mode(ctx) \
	SSL_CTX_ctrl(ctx, SSL_CTRL_GET_SESS_CACHE_MODE, 0, NULL)
#define SSL_CTX_sess_set_cache_size(ctx, t) \
	SSL_CTX_ctrl(ctx, SSL_CTRL_SET_SESS_CACHE_SIZE, t, NULL)
#define SSL_CTX_sess_get_cache_size(ctx) \
	SSL_CTX_ctrl(ctx, SSL_CTRL_GET_SESS_CACHE_SIZE, 0, NULL)
#define SSL_CTX_sess_number(ctx) \
	SSL_CTX_ctrl(ctx, SSL_CTRL_SESS_NUMBER, 0, NULL)
#define SSL_CTX_sess_connect(ctx) \
	SSL_CTX_ctrl(ctx, SSL_CTRL_SESS_CONNECT, 0, NULL)
#define SSL_CTX_sess_connect_good(ctx) \
	SSL_CTX_ctrl(ctx, SSL_CTRL_SESS_CONNECT_GOOD, 0, NULL)
#define SSL_CTX_sess_connect_renegotiate(ctx) \
	SSL_CTX_ctrl(ctx, SSL_CTRL_SESS_CONNECT_RENEGOTIATE, 0, NULL)
#define SSL_CTX_sess_accept(ctx) \
	SSL_CTX_ctrl(ctx, SSL_CTRL_SESS_ACCEPT, 0, NULL)
#define SSL_CTX_sess_accept_renegotiate(ctx) \
	SSL_CTX_ctrl(ctx, SSL_CTRL_SESS_ACCEPT_RENEGOTIATE, 0, NULL)
#define SSL_CTX_sess_accept_good(ctx) \
	SSL_CTX_ctrl(ctx, SSL_CTRL_SESS_ACCEPT_GOOD, 0, NULL)
#define SSL_CTX_sess_hits(ctx) \
	SSL_CTX_ctrl(ctx, SSL_CTRL_SESS_HIT, 0, NULL)
#define SSL_CTX_sess_cb_hits(ctx) \
	SSL_CTX_ctrl(ctx, SSL_CTRL_SESS_CB_HIT, 0, NULL)
#define SSL_CTX_sess_misses(ctx) \
	SSL_CTX_ctrl(ctx, SSL_CTRL_SESS_MISSES, 0, NULL)
#define SSL_CTX_sess_timeouts(ctx) \
	SSL_CTX_ctrl(ctx, SSL_CTRL_SESS_TIMEOUTS, 0, NULL)
#define SSL_CTX_sess_cache_full(ctx) \
	SSL_CTX_ctrl(ctx, SSL_CTRL_SESS_CACHE_FULL, 0, NULL)

/*
 * Key logging: cb is given each secret of the connections of ctx as a line
 * of the NSS key log format (no newline), for Wireshark and the like.
 */
typedef void (*SSL_CTX_keylog_cb_func)(const SSL *ssl, const char *line);
void SSL_CTX_set_keylog_callback(SSL_CTX *ctx, SSL_CTX_keylog_cb_func cb);
SSL_CTX_keylog_cb_func SSL_CTX_get_keylog_callback(const SSL_CTX *ctx);

/*
 * The peer's handshake signature: SSL_get_peer_signature_nid stores the
 * NID of its digest, SSL_get_peer_signature_type_nid that of its kind
 * (EVP_PKEY_RSA, EVP_PKEY_RSA_PSS, EVP_PKEY_EC, EVP_PKEY_ED25519); both
 * return 1, or 0 if the peer signed nothing.
 */
#define SSL_get_peer_signature_nid(s, pn) \
	SSL_ctrl(s, SSL_CTRL_GET_PEER_SIGNATURE_NID, 0, pn)
int SSL_get_peer_signature_type_nid(const SSL *s, int *pnid);

#ifdef __cplusplus
}
#endif

#endif /* OPENSSL_SSL_H */
