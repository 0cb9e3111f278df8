using System.Globalization;
using Orleans.Streams;

namespace DataSpine.Hosting.Streams.Kafka;

/// <summary>
/// One queue per partition of each topic read, spread evenly over the hash ring so that Orleans' consistent-ring
/// queue balancer hands each silo a share of the partitions (and another silo the share of one that dies).
/// </summary>
public sealed class KafkaQueueMapper : IConsistentRingStreamQueueMapper
{
    private readonly List<KafkaPartitionQueue> _queues = [];
    private readonly Dictionary<QueueId, KafkaPartitionQueue> _byId = [];
    private readonly Dictionary<(string Topic, int Partition), KafkaPartitionQueue> _byPartition = [];
    private readonly Dictionary<string, string> _topicByNamespace = new(StringComparer.Ordinal);
    private readonly int _streamPartitions;
    private readonly string _streamTopic;

    public KafkaQueueMapper(KafkaStreamOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _streamTopic = options.StreamTopic;
        _streamPartitions = options.Partitions;
        var partitions = new List<(string Topic, int Partition, string? Namespace)>();
        partitions.AddRange(Enumerable.Range(0, options.Partitions).Select(p => (options.StreamTopic, p, (string?)null)));
        foreach (var binding in options.Topics)
        {
            if (string.IsNullOrWhiteSpace(binding.Name) || string.IsNullOrWhiteSpace(binding.Namespace))
            {
                throw new InvalidOperationException("Each Streams:Kafka:Topics entry needs a Name and a Namespace.");
            }

            if (binding.Name == options.StreamTopic || !_topicByNamespace.TryAdd(binding.Namespace, binding.Name))
            {
                throw new InvalidOperationException($"Kafka topic '{binding.Name}' / namespace '{binding.Namespace}' is bound twice.");
            }

            partitions.AddRange(Enumerable.Range(0, binding.Partitions ?? options.Partitions).Select(p => (binding.Name, p, (string?)binding.Namespace)));
        }

        var spacing = uint.MaxValue / (uint)partitions.Count;
        for (var i = 0; i < partitions.Count; i++)
        {
            var (topic, partition, ns) = partitions[i];
            var queue = new KafkaPartitionQueue(QueueId.GetQueueId("kafka", (uint)i, (uint)i * spacing), topic, partition, ns);
            _queues.Add(queue);
            _byId.Add(queue.Id, queue);
            _byPartition.Add((topic, partition), queue);
        }
    }

    public IEnumerable<QueueId> GetAllQueues() => _queues.Select(q => q.Id);

    public IEnumerable<QueueId> GetQueuesForRange(IRingRange range) => _queues.Where(q => range.InRange(q.Id.GetUniformHashCode())).Select(q => q.Id);

    public QueueId GetQueueForStream(StreamId streamId) => QueueFor(streamId).Id;

    public KafkaPartitionQueue Queue(QueueId id) => _byId[id];

    /// <summary>
    /// A plain topic's stream ("topic:partition") maps to that partition; any other stream to a partition of
    /// the stream topic by its hash, so one stream's events keep their order.
    /// </summary>
    public KafkaPartitionQueue QueueFor(StreamId streamId)
    {
        if (streamId.GetNamespace() is { } ns && _topicByNamespace.TryGetValue(ns, out var topic))
        {
            var key = streamId.GetKeyAsString();
            var colon = key.LastIndexOf(':');
            if (colon > 0 && int.TryParse(key.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var partition)
                && key[..colon] == topic && _byPartition.TryGetValue((topic, partition), out var plain))
            {
                return plain;
            }

            throw new ArgumentException($"Stream '{streamId}' is in namespace '{ns}', bound to topic '{topic}': its key must be '{topic}:<partition>'.", nameof(streamId));
        }

        return _byPartition[(_streamTopic, (int)(StableHash(streamId) % (uint)_streamPartitions))];
    }

    /// <summary>FNV-1a of the stream id: the same partition in every process and version (string.GetHashCode is randomised).</summary>
    private static uint StableHash(StreamId streamId)
    {
        var hash = 2166136261u;
        foreach (var b in streamId.FullKey.Span)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }
}
