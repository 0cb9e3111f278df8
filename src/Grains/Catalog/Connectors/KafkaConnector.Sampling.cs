using System.Diagnostics;
using Confluent.Kafka;

namespace DataSpine.Grains.Catalog.Connectors;

internal sealed partial class KafkaConnector
{
    /// <summary>
    /// Reads up to <see cref="KafkaSampling.Records"/> of each topic's latest records (spread over its
    /// partitions, within <see cref="KafkaSampling.PerTopic"/>) and tallies the schema ids in their keys
    /// and values. One consumer, assigned partition by topic, never joins a group nor commits offsets.
    /// </summary>
    private Dictionary<string, TopicSample> Sample(List<TopicMetadata> topics, CancellationToken cancellationToken)
    {
        var samples = new Dictionary<string, TopicSample>(StringComparer.Ordinal);
        if (_sampling.Records == 0 || topics.Count == 0)
        {
            return samples;
        }

        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(new ConsumerConfig
        {
            BootstrapServers = _servers,
            ClientId = "dataspine-sampler",
            GroupId = "dataspine-sampler",
            EnableAutoCommit = false,
            EnablePartitionEof = true,
            SocketConnectionSetupTimeoutMs = ConnectTimeoutMs,
        }).SetLogHandler((_, _) => { }).Build();
        foreach (var topic in topics)
        {
            cancellationToken.ThrowIfCancellationRequested();
            samples[topic.Topic] = SampleTopic(consumer, topic, cancellationToken);
        }

        consumer.Close();
        return samples;
    }

    private TopicSample SampleTopic(IConsumer<byte[]?, byte[]?> consumer, TopicMetadata topic, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var ranges = new List<(TopicPartition Partition, WatermarkOffsets Offsets)>();
        foreach (var partition in topic.Partitions)
        {
            var tp = new TopicPartition(topic.Topic, partition.PartitionId);
            var offsets = consumer.QueryWatermarkOffsets(tp, _sampling.PerTopic);
            if (offsets.High > offsets.Low)
            {
                ranges.Add((tp, offsets));
            }
        }

        var tally = new SampleTally();
        if (ranges.Count == 0)
        {
            return tally.ToSample();
        }

        // The latest records show the schemas in use now; each partition gives its share of the bound.
        var share = (_sampling.Records + ranges.Count - 1) / ranges.Count;
        consumer.Assign(ranges.Select(r => new TopicPartitionOffset(r.Partition, new Offset(Math.Max(r.Offsets.Low, r.Offsets.High - share)))));
        var open = ranges.Select(r => r.Partition).ToHashSet();
        try
        {
            while (tally.Records < _sampling.Records && open.Count > 0 && clock.Elapsed < _sampling.PerTopic)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var result = consumer.Consume(TimeSpan.FromMilliseconds(100));
                if (result is null)
                {
                    continue;
                }

                if (result.IsPartitionEOF)
                {
                    open.Remove(result.TopicPartition);
                    continue;
                }

                tally.Add(result.Message.Key, result.Message.Value);
            }
        }
        catch (ConsumeException)
        {
            // A record the broker cannot serve ends the sample; what was read still counts.
        }
        finally
        {
            consumer.Unassign();
        }

        return tally.ToSample();
    }

    private sealed class SampleTally
    {
        private readonly Dictionary<(string Role, int Id), int> _ids = [];
        private int _keysNot;
        private int _valuesNot;

        public int Records { get; private set; }

        public void Add(byte[]? key, byte[]? value)
        {
            Records++;
            Count("key", key, ref _keysNot);
            Count("value", value, ref _valuesNot);
        }

        public TopicSample ToSample() => new(Records, _keysNot, _valuesNot,
            [.. _ids.OrderBy(i => i.Key.Role, StringComparer.Ordinal).ThenBy(i => i.Key.Id).Select(i => new TopicSchemaIdCount(i.Key.Role, i.Key.Id, i.Value))]);

        /// <summary>Null keys (unkeyed records) and null values (tombstones) are neither.</summary>
        private void Count(string role, byte[]? bytes, ref int notWireFormat)
        {
            if (bytes is null)
            {
                return;
            }

            if (KafkaWireFormat.TryReadSchemaId(bytes, out var id))
            {
                _ids[(role, id)] = _ids.GetValueOrDefault((role, id)) + 1;
            }
            else
            {
                notWireFormat++;
            }
        }
    }
}
