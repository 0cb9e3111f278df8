using System.Globalization;
using System.Text;
using System.Text.Json;
using NpgsqlTypes;

namespace DataSpine.Grains.Cdc;

/// <summary>One Kafka record of a Kafka sink: topic, key and value as JSON text (a null value is a tombstone).</summary>
internal sealed record KafkaRecord(string Topic, string? Key, string? Value);

/// <summary>
/// Change events in Debezium's PostgreSQL connector shape, JSON converter without schemas: key = the primary-key columns,
/// value = {before, after, source, op, ts_ms, transaction}; op r (snapshot), c, u, d, t; a delete is followed by a
/// tombstone so a compacted topic forgets the key; an update that moves the key is a delete of the old key, its tombstone,
/// and a create, as Debezium sends it. Integers, floats and booleans are JSON numbers and booleans; every other type is
/// its PostgreSQL text (Debezium's decimal.handling.mode=string; times as text, not epoch numbers); a masked column is the mask's text.
/// </summary>
internal static class DebeziumEvents
{
    public const string Create = "c";
    public const string Update = "u";
    public const string Delete = "d";
    public const string Read = "r";
    public const string Truncate = "t";

    /// <summary>The table's topic under a prefix, as Debezium names it: prefix.schema.table.</summary>
    public static string Topic(string prefix, CdcTable table) => $"{prefix}.{table.Schema}.{table.Name}";

    public static IReadOnlyList<KafkaRecord> For(SinkChange change, bool snapshot, KafkaSource source, NpgsqlLogSequenceNumber lsn, DateTimeOffset now)
    {
        var table = change.Table;
        var topic = Topic(source.Prefix, table);
        string Value(string op, IReadOnlyDictionary<string, string?>? before, IReadOnlyDictionary<string, string?>? after) =>
            Envelope(op, table, before, after, source, lsn, snapshot, now);
        switch (change.Operation)
        {
            case SinkChange.Truncate:
                return [new KafkaRecord(topic, null, Value(Truncate, null, null))];
            case SinkChange.Delete:
                var key = Key(table, change.Row);
                return [new KafkaRecord(topic, key, Value(Delete, change.Row, null)), new KafkaRecord(topic, key, null)];
            case SinkChange.Update when change.OldKey is { } oldKey && Key(table, oldKey) is var old && old != Key(table, change.Row):
                return
                [
                    new KafkaRecord(topic, old, Value(Delete, oldKey, null)),
                    new KafkaRecord(topic, old, null),
                    new KafkaRecord(topic, Key(table, change.Row), Value(Create, null, change.Row)),
                ];
            case SinkChange.Update:
                return [new KafkaRecord(topic, Key(table, change.Row), Value(Update, change.OldKey, change.Row))];
            default:
                return [new KafkaRecord(topic, Key(table, change.Row), Value(snapshot ? Read : Create, null, change.Row))];
        }
    }

    private static string Key(CdcTable table, IReadOnlyDictionary<string, string?> row) =>
        Json(writer =>
        {
            writer.WriteStartObject();
            foreach (var key in table.Keys)
            {
                WriteColumn(writer, table, key, row.GetValueOrDefault(key));
            }

            writer.WriteEndObject();
        });

    private static string Envelope(
        string op, CdcTable table, IReadOnlyDictionary<string, string?>? before, IReadOnlyDictionary<string, string?>? after,
        KafkaSource source, NpgsqlLogSequenceNumber lsn, bool snapshot, DateTimeOffset now) =>
        Json(writer =>
        {
            writer.WriteStartObject();
            WriteRow(writer, "before", table, before);
            WriteRow(writer, "after", table, after);
            writer.WriteStartObject("source");
            writer.WriteString("version", "dataspine");
            writer.WriteString("connector", "postgresql");
            writer.WriteString("name", source.Prefix);
            writer.WriteNumber("ts_ms", now.ToUnixTimeMilliseconds());
            writer.WriteString("snapshot", snapshot ? "true" : "false");
            writer.WriteString("db", source.Database);
            writer.WriteString("schema", table.Schema);
            writer.WriteString("table", table.Name);
            writer.WriteNull("txId");
            writer.WriteNumber("lsn", (ulong)lsn);
            writer.WriteEndObject();
            writer.WriteString("op", op);
            writer.WriteNumber("ts_ms", now.ToUnixTimeMilliseconds());
            writer.WriteNull("transaction");
            writer.WriteEndObject();
        });

    private static void WriteRow(Utf8JsonWriter writer, string name, CdcTable table, IReadOnlyDictionary<string, string?>? row)
    {
        if (row is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        foreach (var (column, value) in row)
        {
            WriteColumn(writer, table, column, value);
        }

        writer.WriteEndObject();
    }

    private static void WriteColumn(Utf8JsonWriter writer, CdcTable table, string name, string? value)
    {
        var column = table.Columns.FirstOrDefault(c => c.Name == name);
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else if (column is { Handling: ColumnHandling.Pass } && column.Type is "smallint" or "integer" or "bigint"
                 && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            writer.WriteNumber(name, whole);
        }
        else if (column is { Handling: ColumnHandling.Pass } && column.Type is "real" or "double precision"
                 && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real))
        {
            writer.WriteNumber(name, real);
        }
        else if (column is { Handling: ColumnHandling.Pass, Type: "boolean" } && value is "t" or "f" or "true" or "false")
        {
            // A snapshot reads booleans as ::text ("true"), the replication stream sends PostgreSQL's output form ("t").
            writer.WriteBoolean(name, value is "t" or "true");
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}

/// <summary>What a Kafka sink's events say of where they came from: the topic prefix (Debezium's server name) and the source database.</summary>
internal sealed record KafkaSource(string Prefix, string Database);
