namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// US Social Security numbers, AAA-GG-SSSS. Never issued (SSA, "Social Security Number Randomization"):
/// area 000, 666 or 900-999, group 00, serial 0000; plus numbers the SSA voided after they were
/// printed on sample cards (078-05-1120, 219-09-9999). Dashed or spaced layout is specific; nine bare
/// digits are generic because zip+4 codes, routing numbers and ids have nine digits too.
/// </summary>
internal sealed class UsSsnDetector : ColumnDetector
{
    private static readonly NameRule Rule = new(
        strongPhrases:
        [
            "ssn", "social security", "social security number", "socialsecurity", "ss number", "ss no", "ssn no",
            "soc sec", "soc sec no", "soc sec num", "social sec", "social security no",
        ],
        weakPhrases: ["national id", "tax id", "taxpayer id", "tin", "national identifier", "ss"],
        modifiers: ["masked", "last4", "four", "ein", "employer", "vat"]);

    public override string Class => PiiClasses.UsSsn;

    public override string RuleId => "national_id_us_ssn";

    public override string ValueNoun => "valid US SSNs";

    public override double SpecificValueWeight => 0.85;

    public override double GenericValueWeight => 0.2;

    public override bool Accepts(DataTypeFamily family) =>
        family is DataTypeFamily.Text or DataTypeFamily.Number or DataTypeFamily.Unknown;

    public override NameMatch MatchName(ColumnName name, ColumnName table) => Rule.Match(name);

    public override ValueMatch MatchValue(string value) => Match(value);

    internal static ValueMatch Match(ReadOnlySpan<char> value)
    {
        ValueMatch shape;
        int area, group, serial;
        if (value.Length == 9 && AllDigits(value))
        {
            shape = ValueMatch.Generic;
            (area, group, serial) = (Number(value[..3]), Number(value[3..5]), Number(value[5..]));
        }
        else if (value.Length == 11 && value[3] is '-' or ' ' && value[6] == value[3]
            && AllDigits(value[..3]) && AllDigits(value[4..6]) && AllDigits(value[7..]))
        {
            shape = ValueMatch.Specific;
            (area, group, serial) = (Number(value[..3]), Number(value[4..6]), Number(value[7..]));
        }
        else
        {
            return ValueMatch.None;
        }

        return IsIssuable(area, group, serial) ? shape : ValueMatch.None;
    }

    internal static bool IsIssuable(int area, int group, int serial) =>
        area is > 0 and < 900 and not 666
        && group > 0
        && serial > 0
        && !(area == 78 && group == 5 && serial == 1120)
        && !(area == 219 && group == 9 && serial == 9999);

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int Number(ReadOnlySpan<char> s)
    {
        var n = 0;
        foreach (var c in s)
        {
            n = (n * 10) + (c - '0');
        }

        return n;
    }
}
