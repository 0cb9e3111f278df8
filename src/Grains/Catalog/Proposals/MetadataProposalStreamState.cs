namespace DataSpine.Grains.Catalog.Proposals;

/// <summary>The offset of the partition's record whose handling started last; every record before it was fully handled.</summary>
public sealed record MetadataProposalStreamState
{
    public long Started { get; set; } = -1;
}
