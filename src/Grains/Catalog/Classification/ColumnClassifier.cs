namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// Classifies a column as PII from its name, declared type, comment and (when sampling is allowed)
/// sampled values. Pure and allocation-light: it runs on every column of every scan (issue 3). Names
/// are read in many languages and abbreviations, values of many countries are recognised, phones are
/// validated by libphonenumber, and a column may get several classes by their shares (issue 20).
/// </summary>
public static class ColumnClassifier
{
    private static readonly ColumnDetector[] Detectors =
    [
        new EmailDetector(),
        new PhoneDetector(),
        new DateOfBirthDetector(),
        new CreditCardDetector(),
        new UsSsnDetector(),
        new IbanDetector(),
        new IpAddressDetector(),
        new PersonNameDetector(),
        new PostalAddressDetector(),
    ];

    private static readonly ColumnName NoName = new(null);

    /// <summary>The classes of <paramref name="column"/>, most confident first; empty when none applies.</summary>
    public static IReadOnlyList<Classification> Classify(ColumnSample column, ClassifierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(column);
        options ??= ClassifierOptions.Default;

        var family = DataTypeFamilies.Parse(column.DataType);
        if (family is DataTypeFamily.Boolean or DataTypeFamily.Uuid or DataTypeFamily.Binary or DataTypeFamily.Other)
        {
            return [];
        }

        var name = new ColumnName(column.Name);
        var table = string.IsNullOrWhiteSpace(column.TableName) ? NoName : new ColumnName(column.TableName);
        var comment = string.IsNullOrWhiteSpace(column.Comment) ? null : new ColumnName(column.Comment);
        var values = options.UseValues ? SampledValues.Collect(column.Values, options.MaxValues) : [];
        var lookAlike = LookAlikeNames.Find(name);

        var results = new List<Classification>(2);
        foreach (var detector in Detectors)
        {
            if (!detector.Accepts(family))
            {
                continue;
            }

            var result = EvidenceCombiner.Combine(detector, name, table, comment, values, lookAlike);
            if (result is not null && result.Confidence >= options.MinimumConfidence)
            {
                results.Add(result);
            }
        }

        results.Sort(static (a, b) => b.Confidence != a.Confidence
            ? b.Confidence.CompareTo(a.Confidence)
            : string.CompareOrdinal(a.Class, b.Class));
        return results;
    }
}
