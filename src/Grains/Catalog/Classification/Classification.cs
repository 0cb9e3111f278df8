namespace DataSpine.Grains.Catalog.Classification;

/// <summary>One class assigned to a column, with the evidence behind it.</summary>
/// <param name="Class">A stable class name from <see cref="PiiClasses"/>.</param>
/// <param name="Confidence">In [0, 1]; results below the caller's minimum are not returned.</param>
/// <param name="Evidence">The name, comment and value observations that produced the confidence.</param>
public sealed record Classification(string Class, double Confidence, IReadOnlyList<Evidence> Evidence);
