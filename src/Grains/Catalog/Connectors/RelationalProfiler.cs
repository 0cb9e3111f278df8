using System.Data.Common;
using System.Globalization;
using System.Text;

namespace DataSpine.Grains.Catalog.Connectors;

/// <summary>
/// Profiles a table with one bounded query: statistics over at most <see cref="MaxProfiledRows"/> rows
/// (exact below that, a sample above), an exact count when the table is not huge, and sampled values
/// for the classifiers only when the source allows sampling. Identifiers are always quoted.
/// </summary>
internal sealed class RelationalProfiler(Func<string, bool> isOrderable, Func<string, string> castToText)
{
    public const int MaxProfiledRows = 100_000;
    private const int MaxProfiledColumns = 200;
    private const long ExactCountLimit = 1_000_000;

    public async Task<TableProfile> ProfileAsync(DbConnection connection, HarvestedAsset asset, ScanScope scope, CancellationToken cancellationToken)
    {
        var table = SqlIdentifiers.Quote(asset.Schema, asset.Name);
        var columns = asset.Columns.Take(MaxProfiledColumns).ToList();
        var (profiledRows, stats) = await ReadStatisticsAsync(connection, table, columns, cancellationToken);
        var sampled = profiledRows >= MaxProfiledRows;
        var rowCount = !sampled ? profiledRows
            : asset.RowEstimate is > ExactCountLimit ? asset.RowEstimate.Value
            : await ScalarAsync(connection, $"SELECT count(*) FROM {table}", cancellationToken);
        var samples = scope.SamplingAllowed
            ? await ReadSampleValuesAsync(connection, table, columns, scope.SampleValuesPerColumn, cancellationToken)
            : new Dictionary<string, IReadOnlyList<string?>>();
        return new TableProfile(rowCount, sampled, stats, samples);
    }

    private async Task<(long Rows, List<ColumnProfile> Columns)> ReadStatisticsAsync(
        DbConnection connection, string table, List<ColumnInfo> columns, CancellationToken cancellationToken)
    {
        var select = new StringBuilder("SELECT count(*)");
        var names = string.Join(", ", columns.Select(c => SqlIdentifiers.Quote(c.Name)));
        foreach (var column in columns)
        {
            var name = SqlIdentifiers.Quote(column.Name);
            select.Append($", count({name}), count(DISTINCT {name})");
            select.Append(isOrderable(column.DataType) ? $", {castToText($"min({name})")}, {castToText($"max({name})")}" : ", NULL, NULL");
        }

        var from = columns.Count == 0 ? table : $"(SELECT {names} FROM {table} LIMIT {MaxProfiledRows}) s";
        await using var command = connection.CreateCommand();
        command.CommandText = $"{select} FROM {from}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var rows = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
        var profiles = new List<ColumnProfile>(columns.Count);
        for (var i = 0; i < columns.Count; i++)
        {
            var at = 1 + (i * 4);
            var nonNull = Convert.ToInt64(reader.GetValue(at), CultureInfo.InvariantCulture);
            profiles.Add(new ColumnProfile(columns[i].Name,
                rows == 0 ? 0 : Math.Round(1 - ((double)nonNull / rows), 4),
                Convert.ToInt64(reader.GetValue(at + 1), CultureInfo.InvariantCulture),
                reader.IsDBNull(at + 2) ? null : Text(reader.GetValue(at + 2)),
                reader.IsDBNull(at + 3) ? null : Text(reader.GetValue(at + 3))));
        }

        return (rows, profiles);
    }

    private static async Task<Dictionary<string, IReadOnlyList<string?>>> ReadSampleValuesAsync(
        DbConnection connection, string table, List<ColumnInfo> columns, int perColumn, CancellationToken cancellationToken)
    {
        var values = columns.ToDictionary(c => c.Name, _ => new List<string?>());
        if (columns.Count == 0)
        {
            return [];
        }

        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => SqlIdentifiers.Quote(c.Name)))} FROM {table} LIMIT {perColumn * 10}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            for (var i = 0; i < columns.Count; i++)
            {
                var list = values[columns[i].Name];
                if (list.Count < perColumn && !reader.IsDBNull(i) && Text(reader.GetValue(i)) is { } text && !list.Contains(text))
                {
                    list.Add(text);
                }
            }
        }

        return values.ToDictionary(v => v.Key, v => (IReadOnlyList<string?>)v.Value);
    }

    private static async Task<long> ScalarAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static string? Text(object value) => value switch
    {
        byte[] bytes => $"<{bytes.Length} bytes>",
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
