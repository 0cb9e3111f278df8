namespace DataSpine.Grains.Catalog;

[GenerateSerializer, Alias("ds.catalog.OwnerKind")]
public enum OwnerKind
{
    Person,
    Group,
}

/// <summary>Who answers for an asset or column: a person (e.g. an e-mail address) or a group (a team).</summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.AssetOwner")]
public sealed record AssetOwner(string Name, OwnerKind Kind);

/// <summary>
/// What a steward writes about an asset (<see cref="Column"/> null) or one of its columns: a description and
/// owners. It replaces the earlier annotation of that target; an empty one clears it.
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.AssetAnnotation")]
public sealed record AssetAnnotation(string? Column, string? Description, IReadOnlyList<AssetOwner> Owners);
