namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// Payment card numbers (PAN): 12 to 19 digits, optionally grouped by spaces or dashes, passing Luhn
/// and matching a network's prefix and length. Random 16-digit amounts pass Luhn one time in ten, so
/// a column needs most of its values to pass before values alone count.
/// </summary>
internal sealed class CreditCardDetector : ColumnDetector
{
    private static readonly NameRule Rule = new(
        strongPhrases:
        [
            "credit card", "debit card", "card number", "card no", "card num", "card nr", "cc number", "cc no",
            "cc num", "ccn", "pan", "payment card", "creditcard", "numero tarjeta", "numero de tarjeta",
            "tarjeta credito", "tarjeta de credito", "numero de carte", "numero carte", "carte bancaire", "carte credit",
            "kartennummer", "kreditkarte", "kreditkartennummer", "cartao credito", "cartao de credito", "numero cartao",
            "carta di credito", "numero carta", "kaartnummer", "creditcardnummer", "numer karty", "karta kredytowa",
            "kortnummer", "kreditkort",
        ],
        weakPhrases: ["card", "cc"],
        modifiers:
        [
            "expiry", "exp", "expiration", "expires", "cvv", "cvc", "cvv2", "holder", "cardholder", "bin",
            "pin", "limit", "gift", "loyalty", "reward", "rewards", "member", "membership", "library", "sim",
            "access", "business", "scorecard", "report", "game", "sd",
        ]);

    public override string Class => PiiClasses.CreditCard;

    public override string RuleId => "credit_card";

    public override string ValueNoun => "Luhn-valid card numbers";

    public override double SpecificValueWeight => 0.95;

    public override double GenericValueWeight => 0.6;

    public override bool Accepts(DataTypeFamily family) =>
        family is DataTypeFamily.Text or DataTypeFamily.Number or DataTypeFamily.Unknown;

    public override NameMatch MatchName(ColumnName name, ColumnName table) => Rule.Match(name);

    public override ValueMatch MatchValue(string value) => Match(value);

    internal static ValueMatch Match(ReadOnlySpan<char> value)
    {
        if (value.Length is < 12 or > 23)
        {
            return ValueMatch.None;
        }

        Span<char> digits = stackalloc char[19];
        var count = 0;
        var separator = '\0';
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == digits.Length)
                {
                    return ValueMatch.None;
                }

                digits[count++] = c;
            }
            else if (c is ' ' or '-' && (separator == '\0' || separator == c))
            {
                separator = c;
            }
            else
            {
                return ValueMatch.None;
            }
        }

        var pan = digits[..count];
        if (count < 12 || !Checksums.IsLuhnValid(pan) || !CardIssuers.IsKnown(pan, out var major))
        {
            return ValueMatch.None;
        }

        return major ? ValueMatch.Specific : ValueMatch.Generic;
    }
}
