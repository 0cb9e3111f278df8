using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using Orleans.Streams;
using ErrorCode = Confluent.Kafka.ErrorCode;

namespace DataSpine.Hosting.Streams.Kafka;

/// <summary>
/// Reads one partition for the silo that the queue balancer gave it to. The consumer is assigned to its one
/// partition (no group rebalancing: Orleans decides who reads what) and starts at the consumer group's
/// committed offset; offsets are committed only for records Orleans reports delivered, so a silo that dies
/// leaves its successor to re-read at most what was in flight.
/// </summary>
internal sealed partial class KafkaQueueAdapterReceiver(
    KafkaPartitionQueue queue, KafkaStreamOptions options, KafkaRecordDecoder decoder, ILogger logger) : IQueueAdapterReceiver
{
    private const int MaxRecordsPerRead = 1000;
    private static readonly TimeSpan MetadataTimeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan AssignRetryPeriod = TimeSpan.FromSeconds(1);
    private readonly TopicPartition _partition = new(queue.Topic, queue.Partition);
    private IConsumer<byte[]?, byte[]?>? _consumer;
    private bool _assigned;
    private DateTimeOffset _nextAssignAttempt;
    private long _committed = -1;

    [Obsolete("Orleans calls the overload with a CancellationToken.")]
    public Task Initialize(TimeSpan timeout) => Initialize(timeout, CancellationToken.None);

    public Task Initialize(TimeSpan timeout, CancellationToken cancellationToken)
    {
        _consumer = new ConsumerBuilder<byte[]?, byte[]?>(KafkaClientConfig.Consumer(options))
            .SetErrorHandler((_, error) => LogClientError(logger, _partition.ToString(), error.Code, error.Reason))
            .Build();
        TryAssign();
        return Task.CompletedTask;
    }

    [Obsolete("Orleans calls the overload with a CancellationToken.")]
    public Task<IList<IBatchContainer>> GetQueueMessagesAsync(int maxCount) => GetQueueMessagesAsync(maxCount, CancellationToken.None);

    public Task<IList<IBatchContainer>> GetQueueMessagesAsync(int maxCount, CancellationToken cancellationToken)
    {
        var read = new List<IBatchContainer>();
        if (_consumer is null || (!_assigned && !TryAssign()))
        {
            return Task.FromResult<IList<IBatchContainer>>(read);
        }

        var limit = maxCount is <= 0 or > MaxRecordsPerRead ? MaxRecordsPerRead : maxCount;
        var wait = TimeSpan.FromMilliseconds(10);
        while (read.Count < limit && !cancellationToken.IsCancellationRequested)
        {
            ConsumeResult<byte[]?, byte[]?>? result;
            try
            {
                result = _consumer.Consume(wait);
            }
            catch (ConsumeException e)
            {
                LogConsumeFailed(logger, _partition.ToString(), e.Error.Code, e.Error.Reason);
                break;
            }

            if (result is null || result.IsPartitionEOF)
            {
                break;
            }

            wait = TimeSpan.Zero;
            if (decoder.Decode(queue, result) is { } container)
            {
                read.Add(container);
            }
            else
            {
                LogUnreadable(logger, _partition.ToString(), result.Offset.Value);
            }
        }

        return Task.FromResult<IList<IBatchContainer>>(read);
    }

    [Obsolete("Orleans calls the overload with a CancellationToken.")]
    public Task MessagesDeliveredAsync(IList<IBatchContainer> messages) => MessagesDeliveredAsync(messages, CancellationToken.None);

    public Task MessagesDeliveredAsync(IList<IBatchContainer> messages, CancellationToken cancellationToken)
    {
        var delivered = messages.OfType<KafkaBatchContainer>().Select(m => m.Offset).DefaultIfEmpty(-1).Max();
        if (_consumer is null || delivered <= _committed)
        {
            return Task.CompletedTask;
        }

        try
        {
            _consumer.Commit([new TopicPartitionOffset(_partition, new Offset(delivered + 1))]);
            _committed = delivered;
        }
        catch (KafkaException e)
        {
            // The next delivery commits a later offset; until then a successor would re-read these records.
            LogCommitFailed(logger, _partition.ToString(), delivered, e.Error.Code, e.Error.Reason);
        }

        return Task.CompletedTask;
    }

    [Obsolete("Orleans calls the overload with a CancellationToken.")]
    public Task Shutdown(TimeSpan timeout) => Shutdown(timeout, CancellationToken.None);

    public Task Shutdown(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var consumer = Interlocked.Exchange(ref _consumer, null);
        if (consumer is not null)
        {
            try
            {
                consumer.Close();
            }
            catch (KafkaException e)
            {
                LogClientError(logger, _partition.ToString(), e.Error.Code, e.Error.Reason);
            }

            consumer.Dispose();
            LogReleased(logger, _partition.ToString());
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Assigns the partition once it exists: librdkafka gives up for good on a partition assigned before
    /// its topic exists, so a missing topic is looked for again later instead.
    /// </summary>
    private bool TryAssign()
    {
        if (_consumer is null || DateTimeOffset.UtcNow < _nextAssignAttempt)
        {
            return false;
        }

        _nextAssignAttempt = DateTimeOffset.UtcNow + AssignRetryPeriod;
        try
        {
            using var admin = new DependentAdminClientBuilder(_consumer.Handle).Build();
            var topic = admin.GetMetadata(_partition.Topic, MetadataTimeout).Topics.SingleOrDefault(t => t.Topic == _partition.Topic);
            if (topic is null || topic.Error.Code != ErrorCode.NoError || topic.Partitions.All(p => p.PartitionId != _partition.Partition.Value))
            {
                LogPartitionMissing(logger, _partition.ToString());
                return false;
            }

            var committed = _consumer.Committed([_partition], MetadataTimeout).Single().Offset;
            _consumer.Assign(new TopicPartitionOffset(_partition, committed.IsSpecial ? Offset.Beginning : committed));
            _committed = committed.IsSpecial ? -1 : committed.Value - 1;
            _assigned = true;
            LogAssigned(logger, _partition.ToString(), committed.IsSpecial ? "the beginning" : committed.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return true;
        }
        catch (KafkaException e)
        {
            LogClientError(logger, _partition.ToString(), e.Error.Code, e.Error.Reason);
            return false;
        }
    }

    [LoggerMessage(LogLevel.Information, "Kafka stream queue {Partition} reads from {Offset}.")]
    private static partial void LogAssigned(ILogger logger, string partition, string offset);

    [LoggerMessage(LogLevel.Information, "Kafka stream queue {Partition} released.")]
    private static partial void LogReleased(ILogger logger, string partition);

    [LoggerMessage(LogLevel.Warning, "Kafka stream queue {Partition}: the partition does not exist (yet); looking again shortly.")]
    private static partial void LogPartitionMissing(ILogger logger, string partition);

    [LoggerMessage(LogLevel.Warning, "Kafka stream queue {Partition}: client error {Code}: {Reason}")]
    private static partial void LogClientError(ILogger logger, string partition, ErrorCode code, string reason);

    [LoggerMessage(LogLevel.Warning, "Kafka stream queue {Partition}: consume failed with {Code}: {Reason}")]
    private static partial void LogConsumeFailed(ILogger logger, string partition, ErrorCode code, string reason);

    [LoggerMessage(LogLevel.Warning, "Kafka stream queue {Partition}: commit of offset {Offset} failed with {Code}: {Reason}")]
    private static partial void LogCommitFailed(ILogger logger, string partition, long offset, ErrorCode code, string reason);

    [LoggerMessage(LogLevel.Error, "Kafka stream queue {Partition}: the record at offset {Offset} is not an Orleans stream batch; skipped.")]
    private static partial void LogUnreadable(ILogger logger, string partition, long offset);
}
