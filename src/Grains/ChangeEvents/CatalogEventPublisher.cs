using System.Text;
using Confluent.Kafka;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DataSpine.Grains.ChangeEvents;

/// <summary>
/// Drains the outbox to Kafka in sequence order, on the one silo that holds the publisher lease (docs/events.md says
/// why a database lock rather than a grain). A row is marked published only once the broker acknowledged it; a row
/// not acknowledged stays and is sent again next round, so delivery is at least once and a consumer drops repeats by
/// the CloudEvents id. The idempotent producer keeps each partition, and so each entity (the key), in order.
/// Also prunes published events past their retention. Does nothing to Kafka without Events:Kafka:BootstrapServers.
/// </summary>
internal sealed partial class CatalogEventPublisher(ChangeOutbox outbox, ChangeEventOptions options, TimeProvider clock, ILogger<CatalogEventPublisher> logger)
    : BackgroundService
{
    private static readonly TimeSpan s_pruneEvery = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan s_retryAfter = TimeSpan.FromSeconds(2);
    private DateTimeOffset _prunedAt = DateTimeOffset.MinValue;

    private bool Publishing => !string.IsNullOrWhiteSpace(options.Kafka.BootstrapServers);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var lease = await outbox.TryLeadAsync(stoppingToken);
                if (lease is not null)
                {
                    LogLeading(logger, Publishing);
                    await LeadAsync(lease, stoppingToken);
                }
            }
            catch (Exception error) when (error is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, error);
            }

            await Task.Delay(s_retryAfter, clock, stoppingToken);
        }
    }

    private async Task LeadAsync(IPublisherLease lease, CancellationToken stoppingToken)
    {
        var producer = Publishing ? CreateProducer() : null;
        try
        {
            while (!stoppingToken.IsCancellationRequested && await lease.IsHeldAsync(stoppingToken))
            {
                await PruneDueAsync(stoppingToken);
                var sent = producer is null ? 0 : await PublishBatchAsync(producer, stoppingToken);
                if (sent < options.BatchSize)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(10, options.PollMilliseconds)), clock, stoppingToken);
                }
            }
        }
        finally
        {
            producer?.Dispose();
        }
    }

    /// <summary>Produces one batch, awaits every acknowledgement, records the acknowledged ones; answers how many were.</summary>
    private async Task<int> PublishBatchAsync(IProducer<string, string> producer, CancellationToken stoppingToken)
    {
        var batch = await outbox.ReadUnpublishedAsync(Math.Max(1, options.BatchSize), stoppingToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        // ProduceAsync enqueues before it returns, so the batch enters librdkafka in sequence order.
        var deliveries = batch.Select(e => (e.Sequence, Task: producer.ProduceAsync(options.Kafka.Topic, Message(e), stoppingToken))).ToList();
        var acknowledged = new List<long>(batch.Count);
        Exception? failure = null;
        foreach (var (sequence, delivery) in deliveries)
        {
            try
            {
                var result = await delivery;
                if (result.Status == PersistenceStatus.Persisted)
                {
                    acknowledged.Add(sequence);
                }
            }
            catch (ProduceException<string, string> error)
            {
                failure ??= error;
            }
        }

        await outbox.MarkPublishedAsync(acknowledged, clock.GetUtcNow(), CancellationToken.None);
        if (failure is KafkaException { Error.IsFatal: true })
        {
            throw failure; // the producer is unusable: the next lead makes a new one
        }

        if (failure is not null)
        {
            LogNotAcknowledged(logger, batch.Count - acknowledged.Count, batch.Count, failure);
            await Task.Delay(s_retryAfter, clock, stoppingToken);
        }

        return acknowledged.Count;
    }

    private static Message<string, string> Message(CatalogEventRecord e) => new()
    {
        Key = e.Subject,
        Value = e.Json,
        Headers = new Headers
        {
            { "content-type", Encoding.UTF8.GetBytes(CatalogEnvelope.ContentType) },
            { "ce_id", Encoding.UTF8.GetBytes(e.Id) },
            { "ce_type", Encoding.UTF8.GetBytes(e.Type) },
        },
    };

    private IProducer<string, string> CreateProducer()
    {
        var config = new ProducerConfig
        {
            BootstrapServers = options.Kafka.BootstrapServers,
            EnableIdempotence = true,
            Acks = Acks.All,
            MessageTimeoutMs = options.Kafka.MessageTimeoutMs,
            LingerMs = 5,
            ClientId = "dataspine-catalog-events",
        };
        foreach (var (name, value) in options.Kafka.Properties)
        {
            config.Set(name, value);
        }

        return new ProducerBuilder<string, string>(config)
            .SetLogHandler((_, message) => LogKafka(logger, message.Facility, message.Message))
            .Build();
    }

    private async Task PruneDueAsync(CancellationToken stoppingToken)
    {
        var now = clock.GetUtcNow();
        if (now - _prunedAt < s_pruneEvery || options.RetainHours <= 0)
        {
            return;
        }

        _prunedAt = now;
        var pruned = await outbox.PruneAsync(now.AddHours(-options.RetainHours), unpublishedToo: !Publishing, stoppingToken);
        if (pruned > 0)
        {
            LogPruned(logger, pruned, options.RetainHours);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "This silo now leads the catalog event outbox (publishing to Kafka: {Publishing}).")]
    private static partial void LogLeading(ILogger logger, bool publishing);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The catalog event publisher failed; it tries again shortly.")]
    private static partial void LogFailed(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Failed} of {Count} catalog events were not acknowledged by Kafka; they stay in the outbox and are sent again.")]
    private static partial void LogNotAcknowledged(ILogger logger, int failed, int count, Exception error);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} catalog events older than {Hours} hours were pruned from the outbox.")]
    private static partial void LogPruned(ILogger logger, int count, double hours);

    [LoggerMessage(Level = LogLevel.Debug, Message = "librdkafka {Facility}: {Message}")]
    private static partial void LogKafka(ILogger logger, string facility, string message);
}
