namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// One class's detector: a name rule, a per-value check, and how far value evidence alone may go.
/// Detectors are stateless singletons; <see cref="ColumnClassifier"/> combines their signals.
/// </summary>
internal abstract class ColumnDetector
{
    public abstract string Class { get; }

    /// <summary>Prefix of the evidence rule ids, for example "email".</summary>
    public abstract string RuleId { get; }

    /// <summary>Confidence that value evidence alone gives when every value matches specifically.</summary>
    public virtual double SpecificValueWeight => 0;

    /// <summary>Confidence that value evidence alone gives when every value matches generically.</summary>
    public virtual double GenericValueWeight => 0;

    public abstract bool Accepts(DataTypeFamily family);

    public abstract NameMatch MatchName(ColumnName name, ColumnName table);

    /// <summary>Checks one trimmed, non-empty value; called on the hot path, so no allocations if avoidable.</summary>
    public abstract ValueMatch MatchValue(string value);

    /// <summary>Names what a matching value is, for evidence details ("email addresses").</summary>
    public abstract string ValueNoun { get; }
}
