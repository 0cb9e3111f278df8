using System.Text.Json;
using System.Text.Json.Serialization;
using Confluent.Kafka;
using ErrorCode = Confluent.Kafka.ErrorCode;

namespace DataSpine.Grains.Cdc;

/// <summary>
/// Dead letters of a Kafka sink, on "prefix.dataspine-dead-letters", key = route id. A letter holds the change's Kafka
/// records, so a replay sends them as they were; a replay appends a marker ("replayed through offset N") in the same
/// transaction as the records it sent and the letters still refused, so the log alone says which letters are pending.
/// </summary>
internal sealed partial class KafkaSink
{
    private const string LetterKind = "dead-letter";
    private const string ReplayedKind = "replayed";
    private const int MaxLetterValue = 1000;

    public async Task<IReadOnlyList<CdcDeadLetter>> ListDeadLettersAsync(int limit, CancellationToken cancellationToken) =>
        [.. (await PendingLettersAsync(cancellationToken)).Take(limit).Select(l => l.View)];

    public async Task<CdcReplay> ReplayAsync(IReadOnlyList<CdcTable> tables, CancellationToken cancellationToken)
    {
        var letters = (await PendingLettersAsync(cancellationToken)).Take(PostgresSink.MaxReplay).ToList();
        if (letters.Count == 0)
        {
            return new CdcReplay(0, 0);
        }

        var producer = Producer();
        producer.BeginTransaction();
        _inTransaction = true;
        var stillFailing = 0;
        foreach (var letter in letters)
        {
            var refusal = Resend(producer, letter.Letter.Records, cancellationToken);
            if (refusal is not null)
            {
                stillFailing++;
                Produce(producer, DeadLetterTopic, new Message<string?, string?>
                {
                    Key = plan.RouteId,
                    Value = JsonSerializer.Serialize(letter.Letter with { Kind = LetterKind, Error = refusal.Reason, Code = refusal.Code.ToString(), Attempts = letter.Letter.Attempts + 1, FailedAt = DateTimeOffset.UtcNow }, s_json),
                }, cancellationToken);
            }
        }

        Produce(producer, DeadLetterTopic, new Message<string?, string?>
        {
            Key = plan.RouteId,
            Value = JsonSerializer.Serialize(new StoredLetter { Kind = ReplayedKind, Through = letters[^1].View.Id }, s_json),
        }, cancellationToken);
        if ((await RefusedAsync(producer, cancellationToken)).Count > 0)
        {
            throw new KafkaException(new Error(ErrorCode.InvalidRecord, "Kafka refused a replayed record after accepting it for sending; nothing was replayed."));
        }

        producer.CommitTransaction(s_timeout);
        _inTransaction = false;
        return new CdcReplay(letters.Count - stillFailing, stillFailing);
    }

    /// <summary>Sends a letter's records; the first local refusal, if any (then none of them is sent).</summary>
    private Error? Resend(IProducer<string?, string?> producer, IReadOnlyList<KafkaRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return new Error(ErrorCode.MsgSizeTooLarge, $"The change is larger than a record may be ({MaxRecordBytes} bytes); update the row in the source to send it again.");
        }

        foreach (var record in records)
        {
            Produce(producer, record.Topic, new Message<string?, string?> { Key = record.Key, Value = record.Value }, cancellationToken, report =>
            {
                if (report.Error.IsError)
                {
                    _failures.Enqueue((-1, report.Error));
                }
            });
        }

        return null;
    }

    /// <summary>
    /// The dead letter of a refused change. A letter must itself fit in a record: when the change's records are too large
    /// (the usual refusal), the letter keeps the row with long values cut and no records, and a replay cannot send it;
    /// updating the row in the source sends it again.
    /// </summary>
    private Message<string?, string?> DeadLetter(Pending pending, Error error, int attempts)
    {
        var records = _pending.Where(p => p.Change == pending.Change).Select(p => p.Record).ToList();
        var whole = records.Sum(r => (r.Key?.Length ?? 0) + (r.Value?.Length ?? 0)) <= MaxRecordBytes / 2;
        return new()
        {
            Key = plan.RouteId,
            Value = JsonSerializer.Serialize(new StoredLetter
            {
                Kind = LetterKind,
                Table = pending.Source.Table.Qualified,
                Operation = pending.Source.Operation,
                Row = whole ? pending.Source.Row : pending.Source.Row.ToDictionary(c => c.Key, c => Cut(c.Value)),
                Error = error.Reason,
                Code = error.Code.ToString(),
                Lsn = pending.Lsn.ToString(),
                Attempts = attempts,
                FailedAt = DateTimeOffset.UtcNow,
                Records = whole ? records : [],
            }, s_json),
        };
    }

    private static string? Cut(string? value) =>
        value is { Length: > MaxLetterValue } ? $"{value[..MaxLetterValue]}…(truncated: {value.Length} characters)" : value;

    private async Task<IReadOnlyList<(CdcDeadLetter View, StoredLetter Letter)>> PendingLettersAsync(CancellationToken cancellationToken)
    {
        var records = await Task.Run(() => RecordsOfRoute(DeadLetterTopic, cancellationToken), cancellationToken);
        var pending = new List<(CdcDeadLetter View, StoredLetter Letter)>();
        foreach (var record in records)
        {
            var letter = JsonSerializer.Deserialize<StoredLetter>(record.Message.Value!, s_json)!;
            if (letter.Kind == ReplayedKind)
            {
                pending.RemoveAll(p => p.View.Id <= letter.Through);
                continue;
            }

            pending.Add((new CdcDeadLetter(record.Offset.Value, letter.Table, letter.Operation, letter.Row, letter.Error, letter.Code, letter.Lsn, letter.Attempts, letter.FailedAt), letter));
        }

        return pending;
    }

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>A dead letter, or a replay marker, as stored on the dead-letter topic.</summary>
    private sealed record StoredLetter
    {
        public string Kind { get; init; } = LetterKind;

        public string Table { get; init; } = "";

        public string Operation { get; init; } = "";

        public IReadOnlyDictionary<string, string?> Row { get; init; } = new Dictionary<string, string?>();

        public string Error { get; init; } = "";

        public string? Code { get; init; }

        public string Lsn { get; init; } = "";

        public int Attempts { get; init; }

        public DateTimeOffset FailedAt { get; init; }

        public IReadOnlyList<KafkaRecord> Records { get; init; } = [];

        /// <summary>For a replay marker: letters at or before this offset are settled.</summary>
        public long Through { get; init; }
    }
}
