using Orleans.Concurrency;

namespace DataSpine.Grains.Lineage;

/// <summary>
/// Ingests the OpenLineage events of one partition of the OpenLineage topic (key "topic:partition"), activated
/// by its implicit stream subscription; the same ingest as POST /api/v1/lineage, refused events to the dead-letter topic.
/// </summary>
[Alias("ds.lineage.IOpenLineageStreamGrain")]
public interface IOpenLineageStreamGrain : IGrainWithStringKey
{
    /// <summary>The offset of the last record ingested or dead-lettered (-1 before the first).</summary>
    [ReadOnly]
    Task<long> GetLastOffsetAsync();
}
