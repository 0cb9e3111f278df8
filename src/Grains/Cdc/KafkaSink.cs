using System.Collections.Concurrent;
using System.Text.Json;
using Confluent.Kafka;
using Npgsql;
using NpgsqlTypes;
using ErrorCode = Confluent.Kafka.ErrorCode;

namespace DataSpine.Grains.Cdc;

/// <summary>
/// A Kafka sink: change events in Debezium's shape (<see cref="DebeziumEvents"/>) on one topic per table. Each source
/// transaction is one Kafka transaction holding its events and the route's checkpoint record (on "prefix.dataspine-checkpoints"),
/// so a consumer reading committed records sees every change once, and a restart resumes after exactly what was committed.
/// The transactional id is the route's, so a new owner's producer fences a dying one's. A record Kafka refuses (too large)
/// goes, in the same transaction, to the dead letters on "prefix.dataspine-dead-letters".
/// </summary>
internal sealed partial class KafkaSink(CdcPlan plan, string transactionalId) : ICdcSink
{
    /// <summary>The largest record the sink sends (the producer's message.max.bytes, Kafka's default); a larger change is a dead letter.</summary>
    private const int MaxRecordBytes = 1_000_000;

    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    private readonly KafkaSource _source = new(plan.SinkTopic!, new NpgsqlConnectionStringBuilder(plan.SourceConnection).Database ?? "");
    private readonly List<Pending> _pending = [];
    private readonly ConcurrentQueue<(int Change, Error Error)> _failures = new();
    private IProducer<string?, string?>? _producer;
    private bool _snapshot;
    private bool _inTransaction;
    private int _changes;

    private string CheckpointTopic => $"{_source.Prefix}.dataspine-checkpoints";

    private string DeadLetterTopic => $"{_source.Prefix}.dataspine-dead-letters";

    /// <summary>The reader's sink uses the route's transactional id; any other use (dead letters) its own, so it fences nothing.</summary>
    public static ICdcSink Open(CdcPlan plan, bool reader) => new KafkaSink(plan, $"dataspine-cdc-{plan.RouteId}{(reader ? "" : "-dead-letters")}");

    public ValueTask DisposeAsync()
    {
        if (_producer is { } producer)
        {
            if (_inTransaction)
            {
                TryAbort(producer);
            }

            producer.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Nothing to create: topics are made by the broker on first write (auto.create.topics.enable) or by the operator beforehand.</summary>
    public Task EnsureTablesAsync(IEnumerable<CdcTable> tables, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task BeginAsync(CancellationToken cancellationToken)
    {
        Producer().BeginTransaction();
        _inTransaction = true;
        _pending.Clear();
        _failures.Clear();
        _changes = 0;
        return Task.CompletedTask;
    }

    /// <summary>A snapshot's rows are "r" events; a repeated snapshot sends them again, and consumers upsert by key.</summary>
    public Task StartSnapshotAsync(CdcTable table, CancellationToken cancellationToken)
    {
        _snapshot = true;
        return Task.CompletedTask;
    }

    public Task ApplyAsync(SinkChange change, NpgsqlLogSequenceNumber lsn, CancellationToken cancellationToken)
    {
        var index = _changes++;
        foreach (var record in DebeziumEvents.For(change, _snapshot, _source, lsn, DateTimeOffset.UtcNow))
        {
            var pending = new Pending(index, change, lsn, record);
            _pending.Add(pending);
            Send(pending, cancellationToken);
        }

        return Task.CompletedTask;
    }

    public async Task<(long Applied, long Refused)> CommitAsync(NpgsqlLogSequenceNumber lsn, bool snapshotDone, CancellationToken cancellationToken)
    {
        var producer = Producer();
        var refused = await RefusedAsync(producer, cancellationToken);
        if (refused.Count > 0)
        {
            // A refusal the broker reported poisons the transaction: send it again with the refused changes as dead letters.
            producer.AbortTransaction(s_timeout);
            producer.BeginTransaction();
            _failures.Clear();
            foreach (var pending in _pending.Where(p => !refused.ContainsKey(p.Change)))
            {
                Send(pending, cancellationToken);
            }

            foreach (var (change, error) in refused)
            {
                var first = _pending.First(p => p.Change == change);
                Produce(producer, DeadLetterTopic, DeadLetter(first, error, 1), cancellationToken);
            }

            if ((await RefusedAsync(producer, cancellationToken)).Count > 0)
            {
                throw new KafkaException(new Error(ErrorCode.InvalidRecord, "Kafka refused records again after their dead letters were split off."));
            }
        }

        var applied = _changes - refused.Count;
        Produce(producer, CheckpointTopic, new Message<string?, string?>
        {
            Key = plan.RouteId,
            Value = JsonSerializer.Serialize(new CheckpointRecord(lsn.ToString(), snapshotDone, _rowsTotal + applied)),
        }, cancellationToken);
        producer.CommitTransaction(s_timeout);
        _inTransaction = false;
        _rowsTotal += applied;
        _pending.Clear();
        _changes = 0;
        _snapshot = false;
        return (applied, refused.Count);
    }

    /// <summary>Waits for every record's delivery; the changes whose records Kafka refused (a record-level error), by change.</summary>
    private async Task<Dictionary<int, Error>> RefusedAsync(IProducer<string?, string?> producer, CancellationToken cancellationToken)
    {
        await Task.Run(() => producer.Flush(cancellationToken), cancellationToken);
        var refused = new Dictionary<int, Error>();
        while (_failures.TryDequeue(out var failure))
        {
            if (!IsRefusal(failure.Error.Code))
            {
                throw new KafkaException(failure.Error);
            }

            refused.TryAdd(failure.Change, failure.Error);
        }

        return refused;
    }

    private void Send(Pending pending, CancellationToken cancellationToken)
    {
        var message = new Message<string?, string?>
        {
            Key = pending.Record.Key,
            Value = pending.Record.Value,
            Headers = [new Header("dataspine.lsn", System.Text.Encoding.ASCII.GetBytes(pending.Lsn.ToString()))],
        };
        try
        {
            Produce(Producer(), pending.Record.Topic, message, cancellationToken, report =>
            {
                if (report.Error.IsError)
                {
                    _failures.Enqueue((pending.Change, report.Error));
                }
            });
        }
        catch (ProduceException<string?, string?> e) when (IsRefusal(e.Error.Code))
        {
            // Refused before it left (larger than message.max.bytes): the transaction is unharmed.
            _failures.Enqueue((pending.Change, e.Error));
        }
    }

    private static void Produce(
        IProducer<string?, string?> producer, string topic, Message<string?, string?> message, CancellationToken cancellationToken,
        Action<DeliveryReport<string?, string?>>? report = null)
    {
        // Records go to partition 0 of the bookkeeping topics, so their order is the order of their transactions.
        var target = topic.EndsWith(".dataspine-checkpoints", StringComparison.Ordinal) || topic.EndsWith(".dataspine-dead-letters", StringComparison.Ordinal)
            ? new TopicPartition(topic, 0)
            : new TopicPartition(topic, Partition.Any);
        while (true)
        {
            try
            {
                producer.Produce(target, message, report);
                return;
            }
            catch (ProduceException<string?, string?> e) when (e.Error.Code == ErrorCode.Local_QueueFull)
            {
                cancellationToken.ThrowIfCancellationRequested();
                producer.Poll(TimeSpan.FromMilliseconds(50));
            }
        }
    }

    /// <summary>An error of the record itself; anything else is the broker's or the network's, and the route retries from its checkpoint.</summary>
    private static bool IsRefusal(ErrorCode code) =>
        code is ErrorCode.MsgSizeTooLarge or ErrorCode.InvalidMsgSize or ErrorCode.RecordListTooLarge or ErrorCode.InvalidRecord;

    private IProducer<string?, string?> Producer()
    {
        if (_producer is null)
        {
            var producer = new ProducerBuilder<string?, string?>(new ProducerConfig
            {
                BootstrapServers = plan.SinkConnection,
                TransactionalId = transactionalId,
                EnableIdempotence = true,
                MessageMaxBytes = MaxRecordBytes,
                LingerMs = 5,
                QueueBufferingMaxMessages = 1_000_000,
                ClientId = $"dataspine-cdc-{plan.RouteId}",
            }).SetLogHandler((_, _) => { }).Build();
            try
            {
                producer.InitTransactions(s_timeout);
            }
            catch
            {
                producer.Dispose();
                throw;
            }

            _producer = producer;
        }

        return _producer;
    }

    private static void TryAbort(IProducer<string?, string?> producer)
    {
        try
        {
            producer.AbortTransaction(TimeSpan.FromSeconds(5));
        }
        catch (KafkaException)
        {
            // No transaction open, or the broker is away: the next owner's InitTransactions aborts it.
        }
    }

    private sealed record Pending(int Change, SinkChange Source, NpgsqlLogSequenceNumber Lsn, KafkaRecord Record);

    private sealed record CheckpointRecord(string Lsn, bool SnapshotDone, long Applied);
}
