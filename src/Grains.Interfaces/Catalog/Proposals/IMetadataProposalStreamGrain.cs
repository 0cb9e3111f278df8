using Orleans.Concurrency;

namespace DataSpine.Grains.Catalog.Proposals;

/// <summary>
/// Applies the metadata change proposals of one partition of the proposals topic (key "topic:partition"),
/// activated by its implicit stream subscription; the same asset edits as the stewardship and glossary
/// endpoints, refused proposals to the dead-letter topic.
/// </summary>
[Alias("ds.catalog.IMetadataProposalStreamGrain")]
public interface IMetadataProposalStreamGrain : IGrainWithStringKey
{
    /// <summary>The offset of the last record whose handling started (-1 before the first).</summary>
    [ReadOnly]
    Task<long> GetLastOffsetAsync();
}
