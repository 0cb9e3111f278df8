namespace DataSpine.Hosting.Streams;

/// <summary>Stream namespaces that grains subscribe to implicitly.</summary>
public static class StreamNamespaces
{
    /// <summary>OpenLineage events as <see cref="StreamRecord"/>s (from the Streams:OpenLineage:Topic topic under Kafka).</summary>
    public const string OpenLineage = "openlineage";

    /// <summary>Metadata change proposals as <see cref="StreamRecord"/>s (from the Streams:MetadataProposals:Topic topic under Kafka).</summary>
    public const string MetadataProposals = "metadata-proposals";
}
