namespace DataSpine.Grains.Catalog.Classification;

/// <summary>Knobs for <see cref="ColumnClassifier.Classify"/>.</summary>
public sealed record ClassifierOptions
{
    public static ClassifierOptions Default { get; } = new();

    /// <summary>Classes below this confidence are not reported. Name evidence alone gives 0.65 at most.</summary>
    public double MinimumConfidence { get; init; } = 0.5;

    /// <summary>False when the source does not allow sampling: only names, types and comments are used.</summary>
    public bool UseValues { get; init; } = true;

    /// <summary>Only the first values are inspected, so a large sample cannot slow a scan down.</summary>
    public int MaxValues { get; init; } = 200;
}
