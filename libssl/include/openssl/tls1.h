/*
 * tls1.h: TLS versions, alerts and extensions.
 */
#ifndef OPENSSL_TLS1_H
#define OPENSSL_TLS1_H

#include <openssl/ssl3.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Protocol version numbers, as on the wire. */
#define TLS1_VERSION 0x0301
#define TLS1_1_VERSION 0x0302
#define TLS1_2_VERSION 0x0303
#define TLS1_3_VERSION 0x0304
#define DTLS1_VERSION 0xFEFF
#define DTLS1_2_VERSION 0xFEFD
#define DTLS1_BAD_VER 0x0100

/* Highest TLS version this library knows. */
#define TLS_MAX_VERSION TLS1_3_VERSION

/* The version of a method that negotiates any version. */
#define TLS_ANY_VERSION 0x10000

/* DTLS version range. */
#define DTLS_MIN_VERSION DTLS1_VERSION
#define DTLS_MAX_VERSION DTLS1_2_VERSION
#define DTLS_ANY_VERSION 0x1FFFF

/* The two bytes of each TLS version. */
#define TLS1_VERSION_MAJOR   0x03
#define TLS1_VERSION_MINOR   0x01
#define TLS1_1_VERSION_MAJOR 0x03
#define TLS1_1_VERSION_MINOR 0x02
#define TLS1_2_VERSION_MAJOR 0x03
#define TLS1_2_VERSION_MINOR 0x03

/* Alert descriptions added by TLS (SSL3_AD_* are in ssl3.h). */
#define TLS1_AD_DECRYPTION_FAILED               21
#define TLS1_AD_RECORD_OVERFLOW                 22
#define TLS1_AD_UNKNOWN_CA                      48
#define TLS1_AD_ACCESS_DENIED                   49
#define TLS1_AD_DECODE_ERROR                    50
#define TLS1_AD_DECRYPT_ERROR                   51
#define TLS1_AD_EXPORT_RESTRICTION              60
#define TLS1_AD_PROTOCOL_VERSION                70
#define TLS1_AD_INSUFFICIENT_SECURITY           71
#define TLS1_AD_INTERNAL_ERROR                  80
#define TLS1_AD_INAPPROPRIATE_FALLBACK          86
#define TLS1_AD_USER_CANCELLED                  90
#define TLS1_AD_NO_RENEGOTIATION                100
#define TLS13_AD_MISSING_EXTENSION              109
#define TLS1_AD_UNSUPPORTED_EXTENSION           110
#define TLS1_AD_CERTIFICATE_UNOBTAINABLE        111
#define TLS1_AD_UNRECOGNIZED_NAME               112
#define TLS1_AD_BAD_CERTIFICATE_STATUS_RESPONSE 113
#define TLS1_AD_BAD_CERTIFICATE_HASH_VALUE      114
#define TLS1_AD_UNKNOWN_PSK_IDENTITY            115
#define TLS13_AD_CERTIFICATE_REQUIRED           116
#define TLS1_AD_NO_APPLICATION_PROTOCOL         120

/* Extension types. */
#define TLSEXT_TYPE_server_name                      0
#define TLSEXT_TYPE_max_fragment_length              1
#define TLSEXT_TYPE_client_certificate_url           2
#define TLSEXT_TYPE_trusted_ca_keys                  3
#define TLSEXT_TYPE_truncated_hmac                   4
#define TLSEXT_TYPE_status_request                   5
#define TLSEXT_TYPE_user_mapping                     6
#define TLSEXT_TYPE_client_authz                     7
#define TLSEXT_TYPE_server_authz                     8
#define TLSEXT_TYPE_cert_type                        9
#define TLSEXT_TYPE_supported_groups                 10
#define TLSEXT_TYPE_elliptic_curves                  TLSEXT_TYPE_supported_groups
#define TLSEXT_TYPE_ec_point_formats                 11
#define TLSEXT_TYPE_srp                              12
#define TLSEXT_TYPE_signature_algorithms             13
#define TLSEXT_TYPE_use_srtp                         14
#define TLSEXT_TYPE_application_layer_protocol_negotiation 16
#define TLSEXT_TYPE_signed_certificate_timestamp     18
#define TLSEXT_TYPE_padding                          21
#define TLSEXT_TYPE_encrypt_then_mac                 22
#define TLSEXT_TYPE_extended_master_secret           23
#define TLSEXT_TYPE_session_ticket                   35
#define TLSEXT_TYPE_psk                              41
#define TLSEXT_TYPE_early_data                       42
#define TLSEXT_TYPE_supported_versions               43
#define TLSEXT_TYPE_cookie                           44
#define TLSEXT_TYPE_psk_kex_modes                    45
#define TLSEXT_TYPE_certificate_authorities          47
#define TLSEXT_TYPE_post_handshake_auth              49
#define TLSEXT_TYPE_signature_algorithms_cert        50
#define TLSEXT_TYPE_key_share                        51
#define TLSEXT_TYPE_renegotiate                      0xff01
#define TLSEXT_TYPE_next_proto_neg                   13172

/* server_name name types. */
#define TLSEXT_NAMETYPE_host_name 0

/* Longest host name in server_name, in bytes. */
#define TLSEXT_MAXLEN_host_name 255

/* status_request types. */
#define TLSEXT_STATUSTYPE_ocsp 1

/* ec_point_formats values. */
#define TLSEXT_ECPOINTFORMAT_first                   0
#define TLSEXT_ECPOINTFORMAT_uncompressed            0
#define TLSEXT_ECPOINTFORMAT_ansiX962_compressed_prime 1
#define TLSEXT_ECPOINTFORMAT_ansiX962_compressed_char2 2
#define TLSEXT_ECPOINTFORMAT_last                    2

/* Signature and hash algorithm codes of TLS 1.2 signature_algorithms. */
#define TLSEXT_signature_anonymous         0
#define TLSEXT_signature_rsa               1
#define TLSEXT_signature_dsa               2
#define TLSEXT_signature_ecdsa             3
#define TLSEXT_signature_gostr34102001     237
#define TLSEXT_signature_gostr34102012_256 238
#define TLSEXT_signature_gostr34102012_512 239
#define TLSEXT_signature_num               7
#define TLSEXT_hash_none                   0
#define TLSEXT_hash_md5                    1
#define TLSEXT_hash_sha1                   2
#define TLSEXT_hash_sha224                 3
#define TLSEXT_hash_sha256                 4
#define TLSEXT_hash_sha384                 5
#define TLSEXT_hash_sha512                 6
#define TLSEXT_hash_gostr3411              237
#define TLSEXT_hash_gostr34112012_256      238
#define TLSEXT_hash_gostr34112012_512      239
#define TLSEXT_hash_num                    10

/* Miscellaneous extension values. */
#define TLSEXT_nid_unknown 0x1000000
#define TLSEXT_curve_P_256 23
#define TLSEXT_curve_P_384 24

/* max_fragment_length codes. */
#define TLSEXT_max_fragment_length_DISABLED    0
#define TLSEXT_max_fragment_length_512         1
#define TLSEXT_max_fragment_length_1024        2
#define TLSEXT_max_fragment_length_2048        3
#define TLSEXT_max_fragment_length_4096        4
#define TLSEXT_max_fragment_length_UNSPECIFIED 255

/* Return values of a servername (SNI) callback. */
#define SSL_TLSEXT_ERR_OK            0
#define SSL_TLSEXT_ERR_ALERT_WARNING 1
#define SSL_TLSEXT_ERR_ALERT_FATAL   2
#define SSL_TLSEXT_ERR_NOACK         3

/* Client certificate types (TLS registry). */
#define TLS_CT_RSA_SIGN               1
#define TLS_CT_DSS_SIGN               2
#define TLS_CT_RSA_FIXED_DH           3
#define TLS_CT_DSS_FIXED_DH           4
#define TLS_CT_ECDSA_SIGN             64
#define TLS_CT_RSA_FIXED_ECDH         65
#define TLS_CT_ECDSA_FIXED_ECDH       66
#define TLS_CT_GOST01_SIGN            22
#define TLS_CT_GOST12_IANA_SIGN       67
#define TLS_CT_GOST12_IANA_512_SIGN   68
#define TLS_CT_GOST12_LEGACY_SIGN     238
#define TLS_CT_GOST12_LEGACY_512_SIGN 239
#define TLS_CT_GOST12_SIGN            TLS_CT_GOST12_LEGACY_SIGN
#define TLS_CT_GOST12_512_SIGN        TLS_CT_GOST12_LEGACY_512_SIGN
#define TLS_CT_NUMBER                 12

/* Length of the Finished verify_data, in bytes. */
#define TLS1_FINISH_MAC_LENGTH 12

/*
 * SSL_set_tlsext_host_name sets the server name |name| (a NUL-terminated
 * host name) that the client |s| sends in server_name.  Returns 1 on
 * success, 0 on failure.
 */
#define SSL_set_tlsext_host_name(s, name) \
    SSL_ctrl(s, SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name, \
             (void *)(name))

#ifdef __cplusplus
}
#endif

#endif /* OPENSSL_TLS1_H */
