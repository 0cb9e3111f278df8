namespace DataSpine.Grains.Policies;

/// <summary>
/// One version of the custom policy set: its number (0 is the empty set a node starts with), the policy documents
/// as a JSON array (checked by the API before it is stored), and who stored it when.
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.policies.PolicySetVersion")]
public sealed record PolicySetVersion(
    [property: Id(0)] int Version,
    [property: Id(1)] string Documents,
    [property: Id(2)] DateTimeOffset? UpdatedAt,
    [property: Id(3)] string? UpdatedBy)
{
    public static readonly PolicySetVersion Empty = new(0, "[]", null, null);
}
