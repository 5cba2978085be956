/*
 * ssl3.h: record layer, alert and handshake constants shared by SSL 3.0
 * and every TLS version.
 */
#ifndef OPENSSL_SSL3_H
#define OPENSSL_SSL3_H

#ifdef __cplusplus
extern "C" {
#endif

/* The SSL 3.0 protocol version. */
#define SSL3_VERSION 0x0300
#define SSL3_VERSION_MAJOR 0x03
#define SSL3_VERSION_MINOR 0x00

/* Signalling cipher suite values. */
#define SSL3_CK_SCSV 0x030000FF
#define SSL3_CK_FALLBACK_SCSV 0x03005600

/* Sizes of handshake values, in bytes. */
#define SSL3_SSL_SESSION_ID_LENGTH     32
#define SSL3_MAX_SSL_SESSION_ID_LENGTH 32
#define SSL3_MASTER_SECRET_SIZE        48
#define SSL3_RANDOM_SIZE               32
#define SSL3_SESSION_ID_SIZE           32

/* Header sizes of a record and of a handshake message. */
#define SSL3_RT_HEADER_LENGTH 5
#define SSL3_HM_HEADER_LENGTH 4

/* Record size limits, in bytes. */
#define SSL3_RT_MAX_MD_SIZE 64
#define SSL_RT_MAX_CIPHER_BLOCK_SIZE 16
#define SSL3_RT_MAX_EXTRA (16384)
#define SSL3_RT_MAX_PLAIN_LENGTH 16384
#define SSL3_RT_MAX_COMPRESSED_OVERHEAD 1024
#define SSL3_RT_MAX_ENCRYPTED_OVERHEAD (256 + SSL3_RT_MAX_MD_SIZE)
#define SSL3_RT_MAX_TLS13_ENCRYPTED_OVERHEAD 256
#define SSL3_RT_SEND_MAX_ENCRYPTED_OVERHEAD \
    (SSL_RT_MAX_CIPHER_BLOCK_SIZE + SSL3_RT_MAX_MD_SIZE)
#define SSL3_RT_MAX_COMPRESSED_LENGTH \
    (SSL3_RT_MAX_PLAIN_LENGTH + SSL3_RT_MAX_COMPRESSED_OVERHEAD)
#define SSL3_RT_MAX_ENCRYPTED_LENGTH \
    (SSL3_RT_MAX_ENCRYPTED_OVERHEAD + SSL3_RT_MAX_COMPRESSED_LENGTH)
#define SSL3_RT_MAX_TLS13_ENCRYPTED_LENGTH \
    (SSL3_RT_MAX_PLAIN_LENGTH + SSL3_RT_MAX_TLS13_ENCRYPTED_OVERHEAD)
#define SSL3_RT_MAX_PACKET_SIZE \
    (SSL3_RT_MAX_ENCRYPTED_LENGTH + SSL3_RT_HEADER_LENGTH)

/* Record content types. */
#define SSL3_RT_CHANGE_CIPHER_SPEC 20
#define SSL3_RT_ALERT 21
#define SSL3_RT_HANDSHAKE 22
#define SSL3_RT_APPLICATION_DATA 23

/*
 * Pseudo content types seen by a message callback: the record header, the
 * TLS 1.3 inner content type, and key material (TLS1_RT_CRYPTO_*).
 */
#define SSL3_RT_HEADER 0x100
#define SSL3_RT_INNER_CONTENT_TYPE 0x101
#define TLS1_RT_CRYPTO               0x1000
#define TLS1_RT_CRYPTO_PREMASTER     (TLS1_RT_CRYPTO | 0x1)
#define TLS1_RT_CRYPTO_CLIENT_RANDOM (TLS1_RT_CRYPTO | 0x2)
#define TLS1_RT_CRYPTO_SERVER_RANDOM (TLS1_RT_CRYPTO | 0x3)
#define TLS1_RT_CRYPTO_MASTER        (TLS1_RT_CRYPTO | 0x4)
#define TLS1_RT_CRYPTO_READ          0x0000
#define TLS1_RT_CRYPTO_WRITE         0x0100
#define TLS1_RT_CRYPTO_MAC           (TLS1_RT_CRYPTO | 0x5)
#define TLS1_RT_CRYPTO_KEY           (TLS1_RT_CRYPTO | 0x6)
#define TLS1_RT_CRYPTO_IV            (TLS1_RT_CRYPTO | 0x7)
#define TLS1_RT_CRYPTO_FIXED_IV      (TLS1_RT_CRYPTO | 0x8)

/* Alert levels. */
#define SSL3_AL_WARNING 1
#define SSL3_AL_FATAL 2

/* Alert descriptions defined by SSL 3.0 (TLS adds TLS1_AD_* in tls1.h). */
#define SSL3_AD_CLOSE_NOTIFY            0
#define SSL3_AD_UNEXPECTED_MESSAGE      10
#define SSL3_AD_BAD_RECORD_MAC          20
#define SSL3_AD_DECOMPRESSION_FAILURE   30
#define SSL3_AD_HANDSHAKE_FAILURE       40
#define SSL3_AD_NO_CERTIFICATE          41
#define SSL3_AD_BAD_CERTIFICATE         42
#define SSL3_AD_UNSUPPORTED_CERTIFICATE 43
#define SSL3_AD_CERTIFICATE_REVOKED     44
#define SSL3_AD_CERTIFICATE_EXPIRED     45
#define SSL3_AD_CERTIFICATE_UNKNOWN     46
#define SSL3_AD_ILLEGAL_PARAMETER       47

/* Heartbeat message types. */
#define TLS1_HB_REQUEST 1
#define TLS1_HB_RESPONSE 2

/* Client certificate types of a CertificateRequest. */
#define SSL3_CT_RSA_SIGN         1
#define SSL3_CT_DSS_SIGN         2
#define SSL3_CT_RSA_FIXED_DH     3
#define SSL3_CT_DSS_FIXED_DH     4
#define SSL3_CT_RSA_EPHEMERAL_DH 5
#define SSL3_CT_DSS_EPHEMERAL_DH 6
#define SSL3_CT_FORTEZZA_DMS     20
#define SSL3_CT_NUMBER           12

/* Handshake message types. */
#define SSL3_MT_HELLO_REQUEST         0
#define SSL3_MT_CLIENT_HELLO          1
#define SSL3_MT_SERVER_HELLO          2
#define SSL3_MT_NEWSESSION_TICKET     4
#define SSL3_MT_END_OF_EARLY_DATA     5
#define SSL3_MT_ENCRYPTED_EXTENSIONS  8
#define SSL3_MT_CERTIFICATE           11
#define SSL3_MT_SERVER_KEY_EXCHANGE   12
#define SSL3_MT_CERTIFICATE_REQUEST   13
#define SSL3_MT_SERVER_DONE           14
#define SSL3_MT_CERTIFICATE_VERIFY    15
#define SSL3_MT_CLIENT_KEY_EXCHANGE   16
#define SSL3_MT_FINISHED              20
#define SSL3_MT_CERTIFICATE_URL       21
#define SSL3_MT_CERTIFICATE_STATUS    22
#define SSL3_MT_SUPPLEMENTAL_DATA     23
#define SSL3_MT_KEY_UPDATE            24
#define SSL3_MT_NEXT_PROTO            67
#define SSL3_MT_MESSAGE_HASH          254
#define DTLS1_MT_HELLO_VERIFY_REQUEST 3
#define SSL3_MT_CHANGE_CIPHER_SPEC    0x0101
#define SSL3_MT_CCS                   1

#ifdef __cplusplus
}
#endif

#endif /* OPENSSL_SSL3_H */
