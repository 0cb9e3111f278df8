namespace DataSpine.Grains.Catalog.Classification;

/// <summary>One observation behind a classification.</summary>
/// <param name="Rule">Stable rule id, for example <c>email.name</c> or <c>credit_card.value</c>.</param>
/// <param name="Kind"><c>name</c>, <c>value</c> or <c>comment</c>.</param>
/// <param name="MatchRatio">
/// For value evidence, the share of non-null sampled values that match; for name and comment
/// evidence, 1 for a strong match and 0.5 for a weak one.
/// </param>
/// <param name="Detail">Human-readable explanation; never contains sampled values.</param>
public sealed record Evidence(string Rule, string Kind, double MatchRatio, string Detail);
