namespace DataSpine.Grains.Catalog;

/// <summary>
/// A Kafka topic as its brokers describe it. <see cref="Configs"/> holds the settings that shape the data
/// (cleanup.policy, retention.ms, ...), or null when the cluster did not answer DescribeConfigs.
/// <see cref="Sample"/> is what the scan read from the topic's latest records (null: not sampled); it is
/// not part of the topic's fingerprint, so a new sample is no new asset version.
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.TopicInfo")]
public sealed record TopicInfo(int Partitions, int ReplicationFactor, IReadOnlyDictionary<string, string>? Configs, TopicSample? Sample = null);

/// <summary>
/// A schema registry subject holding a topic's key or value schema, found by Confluent's
/// TopicNameStrategy ("{topic}-key", "{topic}-value"): its latest version.
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.TopicSchemaLink")]
public sealed record TopicSchemaLink(string Role, string Subject, int Version, int Id, string SchemaType);

/// <summary>
/// What a scan saw in a bounded sample of a topic's latest records: how many it read, how many keys and
/// values were not in Confluent's wire format (magic byte 0 and a 4-byte schema id), and each schema id seen.
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.TopicSample")]
public sealed record TopicSample(
    [property: Id(0)] int Records,
    [property: Id(1)] int KeysNotWireFormat,
    [property: Id(2)] int ValuesNotWireFormat,
    [property: Id(3)] IReadOnlyList<TopicSchemaIdCount> SchemaIds);

/// <summary>A schema id read from the wire format of a topic's keys or values, and in how many sampled records.</summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.TopicSchemaIdCount")]
public sealed record TopicSchemaIdCount([property: Id(0)] string Role, [property: Id(1)] int Id, [property: Id(2)] int Count);

/// <summary>
/// A schema id seen in a topic's records, resolved in the registry to the subject and version that hold it
/// and the subject name strategy that names that subject (TopicNameStrategy "{topic}-value",
/// TopicRecordNameStrategy "{topic}-{record}", RecordNameStrategy "{record}"); Subject is null when the
/// registry does not know the id.
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.TopicSchemaUse")]
public sealed record TopicSchemaUse(
    [property: Id(0)] string Role,
    [property: Id(1)] int Id,
    [property: Id(2)] int Count,
    [property: Id(3)] string? Subject,
    [property: Id(4)] int? Version,
    [property: Id(5)] string? Strategy,
    [property: Id(6)] string? SchemaType);
