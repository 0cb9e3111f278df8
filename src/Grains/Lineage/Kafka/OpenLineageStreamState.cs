namespace DataSpine.Grains.Lineage.Kafka;

/// <summary>
/// The offset of the partition's record whose handling started last: every record before it was fully handled,
/// and it was written before the ingest began, so a silo dying mid-ingest leaves a mark of the doubt.
/// </summary>
public sealed record OpenLineageStreamState
{
    public long Started { get; set; } = -1;
}
