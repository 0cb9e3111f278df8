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

    /// <summary>Confidence from values alone, once 60% or more match: each match weighted by how telling it is.</summary>
    public virtual double ValueOnlyConfidence(int generic, int specific, int sampled) =>
        ((specific * SpecificValueWeight) + (generic * GenericValueWeight)) / sampled;

    public abstract NameMatch MatchName(ColumnName name, ColumnName table);

    /// <summary>Checks one trimmed, non-empty value; called on the hot path, so no allocations if avoidable.</summary>
    public abstract ValueMatch MatchValue(string value);

    /// <summary>
    /// Whether a value that did not match is clearly something else. Only such values lower a name
    /// match: a value the detector merely does not recognise (an address from an unfamiliar country) is
    /// weak evidence. By default every value that does not match contradicts.
    /// </summary>
    public virtual bool Contradicts(string value) => true;

    /// <summary>
    /// True when a minority of clearly matching values is enough for the class (a contact column holding
    /// both e-mails and phones): only for detectors whose specific matches are near-certain.
    /// </summary>
    public virtual bool ClassifiesMixedColumns => false;

    /// <summary>
    /// A reason why the matching values, taken together, are something else (dotted quads that repeat
    /// and stay small are versions, not IPv4 addresses); null when nothing speaks against them.
    /// </summary>
    public virtual string? ContradictsAsColumn(string[] values) => null;

    /// <summary>
    /// Whether a specific match still counts when the column is named for something else (order_no,
    /// part_number): only forms no key takes. By default every specific match does.
    /// </summary>
    public virtual bool HoldsUnderLookAlikeName(string value) => true;

    /// <summary>Names what a matching value is, for evidence details ("email addresses").</summary>
    public abstract string ValueNoun { get; }
}
