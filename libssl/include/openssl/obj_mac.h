/*
 * obj_mac.h: short names, long names and NIDs of the object identifiers
 * the library knows: the attribute types of distinguished names
 * (X509_NAME_get_text_by_NID(), X509_NAME_print_ex()).  The values are
 * OpenSSL's.
 */
#ifndef OPENSSL_OBJ_MAC_H
#define OPENSSL_OBJ_MAC_H

#define SN_undef "UNDEF"
#define LN_undef "undefined"
#define NID_undef 0

#define SN_commonName "CN"
#define LN_commonName "commonName"
#define NID_commonName 13

#define SN_countryName "C"
#define LN_countryName "countryName"
#define NID_countryName 14

#define SN_localityName "L"
#define LN_localityName "localityName"
#define NID_localityName 15

#define SN_stateOrProvinceName "ST"
#define LN_stateOrProvinceName "stateOrProvinceName"
#define NID_stateOrProvinceName 16

#define SN_organizationName "O"
#define LN_organizationName "organizationName"
#define NID_organizationName 17

#define SN_organizationalUnitName "OU"
#define LN_organizationalUnitName "organizationalUnitName"
#define NID_organizationalUnitName 18

#define LN_pkcs9_emailAddress "emailAddress"
#define NID_pkcs9_emailAddress 48

#define SN_givenName "GN"
#define LN_givenName "givenName"
#define NID_givenName 99

#define SN_surname "SN"
#define LN_surname "surname"
#define NID_surname 100

#define LN_serialNumber "serialNumber"
#define NID_serialNumber 105

#define SN_title "title"
#define LN_title "title"
#define NID_title 106

#define LN_description "description"
#define NID_description 107

#define SN_streetAddress "street"
#define LN_streetAddress "streetAddress"
#define NID_streetAddress 660

#define LN_postalCode "postalCode"
#define NID_postalCode 661

#define SN_domainComponent "DC"
#define LN_domainComponent "domainComponent"
#define NID_domainComponent 391

#define SN_userId "UID"
#define LN_userId "userId"
#define NID_userId 458

#define SN_name "name"
#define LN_name "name"
#define NID_name 173

#define SN_initials "initials"
#define LN_initials "initials"
#define NID_initials 101

#define SN_dnQualifier "dnQualifier"
#define LN_dnQualifier "dnQualifier"
#define NID_dnQualifier 174

#define LN_pseudonym "pseudonym"
#define NID_pseudonym 510

#define LN_generationQualifier "generationQualifier"
#define NID_generationQualifier 509

#define LN_businessCategory "businessCategory"
#define NID_businessCategory 860

#define LN_organizationIdentifier "organizationIdentifier"
#define NID_organizationIdentifier 1089

#define SN_jurisdictionCountryName "jurisdictionC"
#define LN_jurisdictionCountryName "jurisdictionCountryName"
#define NID_jurisdictionCountryName 957

#define SN_jurisdictionStateOrProvinceName "jurisdictionST"
#define LN_jurisdictionStateOrProvinceName "jurisdictionStateOrProvinceName"
#define NID_jurisdictionStateOrProvinceName 956

#define SN_jurisdictionLocalityName "jurisdictionL"
#define LN_jurisdictionLocalityName "jurisdictionLocalityName"
#define NID_jurisdictionLocalityName 955

#endif /* OPENSSL_OBJ_MAC_H */
