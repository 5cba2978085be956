using System.Collections.Generic;

namespace LibSsl.X509;

/// <summary>
/// The attribute types of distinguished names that OpenSSL knows by name:
/// object identifier, NID, short name and long name, with OpenSSL's values
/// (obj_mac.h).  Where OpenSSL has no short name, the long name serves as
/// both, as OBJ_nid2sn does.  Anything else is printed by its dotted OID.
/// </summary>
internal static class ObjectNames
{
    public sealed record Entry(string Oid, int Nid, string ShortName, string LongName);

    public const int NidUndef = 0;

    private static readonly Entry[] s_table =
    {
        new("2.5.4.3", 13, "CN", "commonName"),
        new("2.5.4.4", 100, "SN", "surname"),
        new("2.5.4.5", 105, "serialNumber", "serialNumber"),
        new("2.5.4.6", 14, "C", "countryName"),
        new("2.5.4.7", 15, "L", "localityName"),
        new("2.5.4.8", 16, "ST", "stateOrProvinceName"),
        new("2.5.4.9", 660, "street", "streetAddress"),
        new("2.5.4.10", 17, "O", "organizationName"),
        new("2.5.4.11", 18, "OU", "organizationalUnitName"),
        new("2.5.4.12", 106, "title", "title"),
        new("2.5.4.13", 107, "description", "description"),
        new("2.5.4.15", 860, "businessCategory", "businessCategory"),
        new("2.5.4.17", 661, "postalCode", "postalCode"),
        new("2.5.4.41", 173, "name", "name"),
        new("2.5.4.42", 99, "GN", "givenName"),
        new("2.5.4.43", 101, "initials", "initials"),
        new("2.5.4.44", 509, "generationQualifier", "generationQualifier"),
        new("2.5.4.46", 174, "dnQualifier", "dnQualifier"),
        new("2.5.4.65", 510, "pseudonym", "pseudonym"),
        new("2.5.4.97", 1089, "organizationIdentifier", "organizationIdentifier"),
        new("1.2.840.113549.1.9.1", 48, "emailAddress", "emailAddress"),
        new("0.9.2342.19200300.100.1.1", 458, "UID", "userId"),
        new("0.9.2342.19200300.100.1.25", 391, "DC", "domainComponent"),
        new("1.3.6.1.4.1.311.60.2.1.1", 955, "jurisdictionL", "jurisdictionLocalityName"),
        new("1.3.6.1.4.1.311.60.2.1.2", 956, "jurisdictionST", "jurisdictionStateOrProvinceName"),
        new("1.3.6.1.4.1.311.60.2.1.3", 957, "jurisdictionC", "jurisdictionCountryName"),
    };

    private static readonly Dictionary<string, Entry> s_byOid = new();

    static ObjectNames()
    {
        foreach (Entry e in s_table)
            s_byOid[e.Oid] = e;
    }

    public static Entry? ByOid(string oid) => s_byOid.TryGetValue(oid, out Entry? e) ? e : null;
}
