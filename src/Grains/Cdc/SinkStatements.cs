using Npgsql;
using NpgsqlTypes;

namespace DataSpine.Grains.Cdc;

/// <summary>The SQL of one change: upsert by primary key, delete by key, truncate. Values go as untyped text parameters.</summary>
internal static class SinkStatements
{
    public static IEnumerable<NpgsqlBatchCommand> For(SinkChange change)
    {
        var table = change.Table;
        switch (change.Operation)
        {
            case SinkChange.Truncate:
                yield return new NpgsqlBatchCommand($"TRUNCATE {table.SinkQuoted}");
                break;
            case SinkChange.Delete:
                yield return Delete(table, change.Row);
                break;
            default:
                if (change.OldKey is { } oldKey && table.Keys.Any(k => oldKey.GetValueOrDefault(k) != change.Row.GetValueOrDefault(k)))
                {
                    yield return Delete(table, oldKey);
                }

                yield return Upsert(table, change.Row);
                break;
        }
    }

    private static NpgsqlBatchCommand Upsert(CdcTable table, IReadOnlyDictionary<string, string?> row)
    {
        var columns = table.SinkColumns.Where(c => row.ContainsKey(c.Name)).Select(c => c.Name).ToList();
        var command = new NpgsqlBatchCommand();
        var names = string.Join(", ", columns.Select(CdcNames.Quote));
        var values = string.Join(", ", columns.Select((_, i) => $"${i + 1}"));
        var updates = columns.Where(c => !table.Keys.Contains(c)).Select(c => $"{CdcNames.Quote(c)} = EXCLUDED.{CdcNames.Quote(c)}").ToList();
        var onConflict = updates.Count == 0 ? "DO NOTHING" : "DO UPDATE SET " + string.Join(", ", updates);
        command.CommandText = $"INSERT INTO {table.SinkQuoted} ({names}) VALUES ({values}) ON CONFLICT ({string.Join(", ", table.Keys.Select(CdcNames.Quote))}) {onConflict}";
        foreach (var column in columns)
        {
            command.Parameters.Add(Text(row[column]));
        }

        return command;
    }

    private static NpgsqlBatchCommand Delete(CdcTable table, IReadOnlyDictionary<string, string?> key)
    {
        var command = new NpgsqlBatchCommand(
            $"DELETE FROM {table.SinkQuoted} WHERE {string.Join(" AND ", table.Keys.Select((k, i) => $"{CdcNames.Quote(k)} = ${i + 1}"))}");
        foreach (var column in table.Keys)
        {
            command.Parameters.Add(Text(key.GetValueOrDefault(column)));
        }

        return command;
    }

    /// <summary>Sent as "unknown", so the sink parses the text into the column's own type (as it would a literal).</summary>
    private static NpgsqlParameter Text(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Unknown };
}
