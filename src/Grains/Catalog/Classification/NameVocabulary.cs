using System.Collections.Frozen;

namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// The words the tokenizer may split run-together names into ("emailaddress" is "email" + "address").
/// A word missing here only means such a name stays one token, so the list favours words that occur
/// in column names over completeness.
/// </summary>
internal static class NameVocabulary
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
    [
        // PII vocabulary
        "email", "emails", "mail", "mailing", "phone", "phones", "telephone", "tel", "mobile", "cell", "fax",
        "msisdn", "number", "num", "no", "nr", "first", "last", "middle", "full", "given", "family",
        "maiden", "legal", "surname", "forename", "name", "names", "birth", "date", "day", "dob", "of",
        "birthday", "born", "card", "credit", "debit", "cc", "ccn", "pan", "ssn", "social", "security",
        "national", "tax", "iban", "bank", "account", "acct", "ip", "ipv4", "ipv6", "address", "addr",
        "street", "line", "city", "zip", "code", "postal", "post", "postcode", "country", "state",
        "holder", "cardholder", "owner",
        // people and roles
        "customer", "cust", "client", "user", "usr", "username", "employee", "emp", "patient", "member",
        "person", "contact", "billing", "shipping", "home", "work", "primary", "secondary",
        "personal", "business", "emergency", "recipient", "sender", "company", "product", "file",
        "filename", "table", "host", "hostname", "server", "nickname", "display", "login", "guest", "borrower",
        "assignee", "reporter", "requester", "approver", "manager", "supervisor", "driver", "passenger", "student",
        "teacher", "tenant", "buyer", "spouse", "guardian", "parent", "father", "mother", "doctor", "nurse",
        "applicant", "beneficiary", "payer", "payee", "subscriber", "staff", "delivery", "residential", "landline",
        // look-alike vocabulary
        "count", "type", "verified", "is", "has", "hash", "token", "id", "expiry", "cvv", "version",
        "build", "order", "remote", "source", "created", "updated", "at", "time", "stamp",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> DigitWords = FrozenSet.ToFrozenSet(
        ["ipv4", "ipv6", "last4", "md5", "sha1", "sha256", "sha512", "crc32", "e164", "base64"]);

    public static bool IsWord(string word) => Words.Contains(word);

    public static bool IsWord(ReadOnlySpan<char> word) => Lookup.Contains(word);

    public static bool KeepsDigits(string word) => DigitWords.Contains(word);

    // Pairs that camelCase or separators break apart but that are one word: eMail, e_mail, DoB, ip_v4.
    public static bool TryMerge(string left, string right, out string joined)
    {
        joined = (left, right) switch
        {
            ("e", "mail") => "email",
            ("do", "b") => "dob",
            ("ip", "v4") => "ipv4",
            ("ip", "v6") => "ipv6",
            ("last", "4") => "last4",
            _ => string.Empty,
        };
        return joined.Length > 0;
    }
}
