namespace DataSpine.Grains.Catalog.Classification;

/// <summary>One class assigned to a column, with the evidence behind it.</summary>
/// <param name="Class">A stable class name from <see cref="PiiClasses"/>.</param>
/// <param name="Confidence">In [0, 1]; results below the caller's minimum are not returned.</param>
/// <param name="Evidence">The name, comment and value observations that produced the confidence.</param>
public sealed record Classification(string Class, double Confidence, IReadOnlyList<Evidence> Evidence)
{
    /// <summary>The rule that decided: the value rule when values were inspected, otherwise the name or comment rule.</summary>
    public string Rule => (ValueEvidence ?? Evidence[0]).Rule;

    /// <summary>Share of the sampled values that matched this class; null when no values were inspected.</summary>
    public double? ValueShare => ValueEvidence?.MatchRatio;

    /// <summary>What the column name or comment said about this class; null when values alone decided.</summary>
    public string? NameEvidence => Evidence.FirstOrDefault(e => e.Kind is "name" or "comment")?.Detail;

    private Evidence? ValueEvidence => Evidence.FirstOrDefault(e => e.Kind == "value");
}
