namespace DataSpine.Grains.Catalog;

/// <summary>
/// A Kafka topic as its brokers describe it. <see cref="Configs"/> holds the settings that shape the data
/// (cleanup.policy, retention.ms, ...), or null when the cluster did not answer DescribeConfigs.
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.TopicInfo")]
public sealed record TopicInfo(int Partitions, int ReplicationFactor, IReadOnlyDictionary<string, string>? Configs);

/// <summary>
/// A schema registry subject holding a topic's key or value schema, found by Confluent's
/// TopicNameStrategy ("{topic}-key", "{topic}-value"): its latest version.
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.TopicSchemaLink")]
public sealed record TopicSchemaLink(string Role, string Subject, int Version, int Id, string SchemaType);
