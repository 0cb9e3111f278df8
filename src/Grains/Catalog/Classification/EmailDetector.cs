namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// Email addresses: local@domain.tld, including plus-addressing and "Name &lt;addr&gt;". A bare
/// "&lt;id@host&gt;" is a Message-ID and does not count.
/// </summary>
internal sealed class EmailDetector : ColumnDetector
{
    private static readonly NameRule Rule = new(
        strongPhrases:
        [
            "email", "emails", "email address", "mail address", "from address", "from addr", "reply to",
            "to address", "sender address", "eml", "emailaddr", .. LocalisedPhrases.EmailStrong,
        ],
        weakPhrases: ["mail", "login", "upn", "user principal name"],
        modifiers: ["subject", "body", "campaign", "opens", "clicks", "frequency", "in", "references", "message", "marketing", "accepts"]);

    public override string Class => PiiClasses.Email;

    public override string RuleId => "email";

    public override string ValueNoun => "email addresses";

    public override double SpecificValueWeight => 0.95;

    public override bool ClassifiesMixedColumns => true;

    public override bool Accepts(DataTypeFamily family) => family is DataTypeFamily.Text or DataTypeFamily.Unknown;

    public override NameMatch MatchName(ColumnName name, ColumnName table) => Rule.Match(name);

    public override ValueMatch MatchValue(string value) => IsEmail(value) ? ValueMatch.Specific : ValueMatch.None;

    internal static bool IsEmail(ReadOnlySpan<char> value)
    {
        var open = value.IndexOf('<');
        if (open == 0)
        {
            // "<id@host>" with no display name is a Message-ID (RFC 5322), not a mailbox.
            return false;
        }

        if (open > 0 && value[^1] == '>')
        {
            value = value[(open + 1)..^1];
        }

        var at = value.IndexOf('@');
        if (at <= 0 || at != value.LastIndexOf('@') || at > 64)
        {
            return false;
        }

        return IsLocalPart(value[..at]) && IsDomain(value[(at + 1)..]);
    }

    private static bool IsLocalPart(ReadOnlySpan<char> local)
    {
        if (local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in local)
        {
            if (!(char.IsLetterOrDigit(c) || "!#$%&'*+/=?^_`{|}~.-".Contains(c, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    // At least two labels; labels of letters, digits and inner hyphens; a top-level domain of 2+ letters.
    private static bool IsDomain(ReadOnlySpan<char> domain)
    {
        if (domain.Length is < 4 or > 253)
        {
            return false;
        }

        var labels = 0;
        var lastLabelAllLetters = false;
        foreach (var range in domain.Split('.'))
        {
            var label = domain[range];
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            lastLabelAllLetters = true;
            foreach (var c in label)
            {
                if (!char.IsLetterOrDigit(c) && c != '-')
                {
                    return false;
                }

                lastLabelAllLetters &= char.IsLetter(c);
            }

            labels++;
        }

        return labels >= 2 && lastLabelAllLetters && domain[(domain.LastIndexOf('.') + 1)..].Length >= 2;
    }
}
