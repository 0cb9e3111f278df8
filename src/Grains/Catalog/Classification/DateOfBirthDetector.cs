using System.Globalization;

namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// Dates of birth. A date alone never says "birth" (created_at holds dates too), so value evidence
/// only confirms or contradicts the name: a birth date is a past calendar date, at most 120 years old,
/// without a time of day. A year alone (birth_year) is not a date of birth here.
/// </summary>
internal sealed class DateOfBirthDetector : ColumnDetector
{
    private static readonly NameRule Rule = new(
        strongPhrases:
        [
            "dob", "birthdate", "birthday", "bday", "birth date", "birth day", "birth dt", "date of birth",
            "born on", "born date", "geburtsdatum", "birth date time", "birth datetime", "date time of birth", .. LocalisedPhrases.DateOfBirthStrong,
        ],
        weakPhrases: ["birth", "born", .. LocalisedPhrases.DateOfBirthWeak],
        modifiers:
        [
            "place", "weight", "certificate", "cert", "order", "rank", "gift", "greeting", "reminder",
            .. LocalisedPhrases.DateOfBirthModifiers,
        ]);

    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy/MM/dd", "yyyy.MM.dd", "yyyyMMdd", "dd/MM/yyyy", "MM/dd/yyyy", "d/M/yyyy", "M/d/yyyy",
        "dd.MM.yyyy", "d.M.yyyy", "dd-MM-yyyy", "MM-dd-yyyy", "d MMM yyyy", "dd MMM yyyy", "d MMMM yyyy",
        "MMM d, yyyy", "MMMM d, yyyy", "dd-MMM-yyyy", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss",
        "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ss.fffZ", "yyyy-MM-dd HH:mm:ss.fff", "yyyy-MM-ddTHH:mm:sszzz",
        "yyyy-MM-dd HH:mm:sszzz",
    ];

    private static readonly string[] TwoDigitYearFormats = ["MM/dd/yy", "M/d/yy", "dd.MM.yy", "dd-MMM-yy", "d MMM yy"];

    public override string Class => PiiClasses.DateOfBirth;

    public override string RuleId => "date_of_birth";

    public override string ValueNoun => "plausible birth dates";

    public override bool Accepts(DataTypeFamily family) =>
        family is DataTypeFamily.Date or DataTypeFamily.DateTime or DataTypeFamily.Text or DataTypeFamily.Number
            or DataTypeFamily.Unknown;

    public override NameMatch MatchName(ColumnName name, ColumnName table) => Rule.Match(name);

    public override ValueMatch MatchValue(string value) => IsPlausibleBirthDate(value, DateTime.UtcNow)
        ? ValueMatch.Generic
        : ValueMatch.None;

    // A date in a layout the parser does not know ("12 de marzo de 1987", "1987年3月12日") is not evidence
    // against the name; a value without a digit, or a date with a time of day or in the future, is.
    public override bool Contradicts(string value)
    {
        if (value.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return true;
        }

        const DateTimeStyles styles = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;
        return DateTime.TryParseExact(value, Formats, CultureInfo.InvariantCulture, styles, out var date)
            && (date.Date > DateTime.UtcNow.Date || (date.TimeOfDay != TimeSpan.Zero && !HasMidnight(value)));
    }

    internal static bool IsPlausibleBirthDate(string value, DateTime nowUtc)
    {
        if (value.Length is < 6 or > 32 || (!char.IsAsciiDigit(value[0]) && !char.IsAsciiLetter(value[0])))
        {
            return false;
        }

        const DateTimeStyles styles = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;
        if (!DateTime.TryParseExact(value, Formats, CultureInfo.InvariantCulture, styles, out var date))
        {
            if (!DateTime.TryParseExact(value, TwoDigitYearFormats, CultureInfo.InvariantCulture, styles, out date))
            {
                return false;
            }

            // "03/12/45" is a birth in 1945, not 2045: a two-digit birth year is always in the past.
            if (date.Date > nowUtc.Date)
            {
                date = date.AddYears(-100);
            }
        }

        // A time of day other than midnight marks an event timestamp, not a birth date. Offsets can
        // move midnight, so only the written time counts.
        if (date.TimeOfDay != TimeSpan.Zero && !HasMidnight(value))
        {
            return false;
        }

        return date.Date <= nowUtc.Date && date.Year >= nowUtc.Year - 120;
    }

    private static bool HasMidnight(string value) =>
        value.Contains("00:00:00", StringComparison.Ordinal);
}
