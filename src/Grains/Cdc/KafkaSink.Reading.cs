using System.Text.Json;
using Confluent.Kafka;
using NpgsqlTypes;
using ErrorCode = Confluent.Kafka.ErrorCode;

namespace DataSpine.Grains.Cdc;

/// <summary>Reading the sink's own bookkeeping back: the route's last committed checkpoint and its dead letters.</summary>
internal sealed partial class KafkaSink
{
    private long _rowsTotal;

    public async Task<SinkCheckpoint?> ReadCheckpointAsync(CancellationToken cancellationToken)
    {
        var last = await Task.Run(() => LastRecordOfRoute(CheckpointTopic, cancellationToken), cancellationToken);
        if (last is null)
        {
            return null;
        }

        var checkpoint = JsonSerializer.Deserialize<CheckpointRecord>(last.Message.Value!)!;
        _rowsTotal = checkpoint.Applied;
        var deadLetters = (await ListDeadLettersAsync(int.MaxValue, cancellationToken)).Count;
        return new SinkCheckpoint(NpgsqlLogSequenceNumber.Parse(checkpoint.Lsn), checkpoint.SnapshotDone, checkpoint.Applied, deadLetters);
    }

    /// <summary>
    /// The route's newest committed record on partition 0 of <paramref name="topic"/>: read backwards in growing windows from
    /// the end (its records are the last ones unless another route shares the prefix), or null when it has none.
    /// </summary>
    private ConsumeResult<string?, string?>? LastRecordOfRoute(string topic, CancellationToken cancellationToken)
    {
        using var consumer = Consumer();
        var partition = new TopicPartition(topic, 0);
        if (Watermarks(consumer, partition) is not var (low, high) || high == low)
        {
            return null;
        }

        var from = high;
        for (var window = 64L; from > low; window *= 4)
        {
            var to = from;
            from = Math.Max(low, from - window);
            ConsumeResult<string?, string?>? found = null;
            foreach (var result in Read(consumer, partition, from, cancellationToken))
            {
                if (result.Offset >= to)
                {
                    break;
                }

                if (result.Message.Key == plan.RouteId)
                {
                    found = result;
                }
            }

            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private IReadOnlyList<ConsumeResult<string?, string?>> RecordsOfRoute(string topic, CancellationToken cancellationToken)
    {
        using var consumer = Consumer();
        var partition = new TopicPartition(topic, 0);
        return Watermarks(consumer, partition) is var (low, high) && high > low
            ? [.. Read(consumer, partition, low, cancellationToken).Where(r => r.Message.Key == plan.RouteId)]
            : [];
    }

    /// <summary>Committed records from <paramref name="from"/> to the end of the partition as it is now.</summary>
    private static IEnumerable<ConsumeResult<string?, string?>> Read(IConsumer<string?, string?> consumer, TopicPartition partition, long from, CancellationToken cancellationToken)
    {
        consumer.Assign(new TopicPartitionOffset(partition, from));
        while (true)
        {
            var result = consumer.Consume(s_timeout) ?? throw new TimeoutException($"Kafka returned nothing from {partition.Topic} within {s_timeout.TotalSeconds} s.");
            cancellationToken.ThrowIfCancellationRequested();
            if (result.IsPartitionEOF)
            {
                yield break;
            }

            yield return result;
        }
    }

    /// <summary>The partition's low and high offsets, or null when the topic does not exist yet (no checkpoint written).</summary>
    private static (long Low, long High)? Watermarks(IConsumer<string?, string?> consumer, TopicPartition partition)
    {
        try
        {
            var marks = consumer.QueryWatermarkOffsets(partition, s_timeout);
            return (marks.Low.Value, marks.High.Value);
        }
        catch (KafkaException e) when (e.Error.Code is ErrorCode.UnknownTopicOrPart or ErrorCode.Local_UnknownTopic or ErrorCode.Local_UnknownPartition)
        {
            return null;
        }
    }

    private IConsumer<string?, string?> Consumer() =>
        new ConsumerBuilder<string?, string?>(new ConsumerConfig
        {
            BootstrapServers = plan.SinkConnection,
            GroupId = $"dataspine-cdc-{plan.RouteId}-bookkeeping",
            EnableAutoCommit = false,
            IsolationLevel = IsolationLevel.ReadCommitted,
            EnablePartitionEof = true,
            AllowAutoCreateTopics = false,
        }).SetLogHandler((_, _) => { }).Build();
}
