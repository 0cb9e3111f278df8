namespace DataSpine.Grains.Lineage.Kafka;

/// <summary>The last offset of the partition whose record was fully handled, so a redelivered record is not ingested twice.</summary>
public sealed record OpenLineageStreamState
{
    public long LastOffset { get; set; } = -1;
}
