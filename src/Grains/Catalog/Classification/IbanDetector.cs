using System.Collections.Frozen;
using System.Globalization;

namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// International bank account numbers: country code, two check digits and the BBAN, printed compact or
/// in groups of four; the length must be the country's (SWIFT IBAN registry) and mod 97 must be 1.
/// </summary>
internal sealed class IbanDetector : ColumnDetector
{
    private static readonly NameRule Rule = new(
        strongPhrases: ["iban", "iban number", "international bank account number"],
        weakPhrases:
        [
            "bank account", "bank account number", "account number", "account no", "acct number", "acct no",
            "rekeningnummer", "kontonummer", "numero de cuenta", "numero cuenta", "cuenta bancaria", "numero de compte",
            "compte bancaire", "rib", "conto corrente", "numer konta", "numero conta", "conta bancaria", "bankrekening",
            "bankverbindung", "bankkonto",
        ],
        modifiers: ["bic", "swift", "routing", "sort", "holder", "branch", "currency", "balance"]);

    // SWIFT IBAN registry: country code followed by the total IBAN length.
    private static readonly FrozenDictionary<string, int> Lengths = ParseLengths(
        "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 "
        + "EG29 ES24 FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 "
        + "KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 "
        + "PS29 PT25 QA29 RO24 RS22 SA24 SC31 SE24 SI19 SK24 SM27 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 "
        + "XK20 ");

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> LengthLookup =
        Lengths.GetAlternateLookup<ReadOnlySpan<char>>();

    public override string Class => PiiClasses.Iban;

    public override string RuleId => "iban";

    public override string ValueNoun => "IBANs with a valid checksum";

    public override double SpecificValueWeight => 0.95;

    public override bool Accepts(DataTypeFamily family) => family is DataTypeFamily.Text or DataTypeFamily.Unknown;

    public override NameMatch MatchName(ColumnName name, ColumnName table) => Rule.Match(name);

    public override ValueMatch MatchValue(string value) => IsIban(value) ? ValueMatch.Specific : ValueMatch.None;

    internal static bool IsIban(ReadOnlySpan<char> value)
    {
        if (value.Length is < 15 or > 42)
        {
            return false;
        }

        Span<char> compact = stackalloc char[34];
        var n = 0;
        foreach (var c in value)
        {
            if (c == ' ')
            {
                continue;
            }

            if (n == compact.Length || !char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }

            compact[n++] = char.ToUpperInvariant(c);
        }

        var iban = compact[..n];
        return n >= 15
            && char.IsAsciiLetter(iban[0]) && char.IsAsciiLetter(iban[1])
            && char.IsAsciiDigit(iban[2]) && char.IsAsciiDigit(iban[3])
            && LengthLookup.TryGetValue(iban[..2], out var length) && length == n
            && Checksums.IsIbanMod97Valid(iban);
    }

    private static FrozenDictionary<string, int> ParseLengths(string table) =>
        table.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .ToFrozenDictionary(e => e[..2], e => int.Parse(e.AsSpan(2), CultureInfo.InvariantCulture), StringComparer.Ordinal);
}
