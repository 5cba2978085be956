/* Claims of OPENSSL_init_ssl(3). */
#include <openssl/crypto.h>

#include "claims.h"

int
main(int argc, char *argv[])
{
	claims_init(argc, argv);

	/* Nothing before the first call: this is it. */
	CHECK("no initialisation call is needed", SSL_CTX_new(TLS_method()) != NULL);
	OURSV("OPENSSL_init_ssl ignores its arguments and returns 1", OPENSSL_init_ssl(~(uint64_t)0, (void *)1), 1);
	OURSV("OPENSSL_init_crypto ignores its arguments and returns 1", OPENSSL_init_crypto(~(uint64_t)0, (void *)1), 1);
	CHECKV("SSL_library_init returns 1", SSL_library_init(), 1);
	CHECKV("OpenSSL_add_ssl_algorithms is SSL_library_init", OpenSSL_add_ssl_algorithms(), 1);
	CHECKV("SSLeay_add_ssl_algorithms is SSL_library_init", SSLeay_add_ssl_algorithms(), 1);
	SSL_load_error_strings();
	CHECK("SSL_load_error_strings does nothing: the texts are always there",
	    ERR_reason_error_string(ERR_PACK(ERR_LIB_SSL, 0, SSL_R_NO_CIPHER_MATCH)) != NULL);
	OURSS("OPENSSL_VERSION", OpenSSL_version(OPENSSL_VERSION), "OpenSSL 3.0.0 compatible (libssl-cs 0.1.0)");
	OURSS("OPENSSL_VERSION is OPENSSL_VERSION_TEXT", OpenSSL_version(OPENSSL_VERSION), OPENSSL_VERSION_TEXT);
	OURSS("OPENSSL_VERSION_STRING", OpenSSL_version(OPENSSL_VERSION_STRING), "3.0.0");
	OURSS("OPENSSL_FULL_VERSION_STRING", OpenSSL_version(OPENSSL_FULL_VERSION_STRING), "3.0.0-libssl-cs-0.1.0");
	OURSS("OPENSSL_CFLAGS", OpenSSL_version(OPENSSL_CFLAGS), "compiler: .NET NativeAOT");
	OURSS("OPENSSL_BUILT_ON", OpenSSL_version(OPENSSL_BUILT_ON), "built on: reproducible build, date unspecified");
	OURSS("OPENSSL_PLATFORM: linux-x86_64 whatever the system", OpenSSL_version(OPENSSL_PLATFORM), "platform: linux-x86_64");
	OURSS("OPENSSL_DIR", OpenSSL_version(OPENSSL_DIR), "OPENSSLDIR: \"/etc/ssl\"");
	OURSS("OPENSSL_ENGINES_DIR", OpenSSL_version(OPENSSL_ENGINES_DIR), "ENGINESDIR: \"\"");
	OURSS("OPENSSL_MODULES_DIR", OpenSSL_version(OPENSSL_MODULES_DIR), "MODULESDIR: \"\"");
	OURSS("OPENSSL_CPU_INFO", OpenSSL_version(OPENSSL_CPU_INFO), "CPUINFO: N/A");
	OURSS("any other type: not available", OpenSSL_version(12345), "not available");
	OURSV("OpenSSL_version_num returns 0x30000000", OpenSSL_version_num(), 0x30000000);
	OURSV("... the value of OPENSSL_VERSION_NUMBER in this library's header", OpenSSL_version_num(), OPENSSL_VERSION_NUMBER);
	return claims_end();
}
