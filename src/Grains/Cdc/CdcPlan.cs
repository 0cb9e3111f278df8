using Npgsql;

namespace DataSpine.Grains.Cdc;

/// <summary>
/// What a route's reader needs at run time: the connections in clear (never logged), the sink (postgres: a connection and
/// schema; kafka: bootstrap servers and a topic prefix), tables, handling and mask.
/// </summary>
internal sealed record CdcPlan(
    string RouteId,
    string CatalogSource,
    string Region,
    string SourceConnection,
    string SinkType,
    string SinkConnection,
    string? SinkSchema,
    string? SinkTopic,
    IReadOnlyList<string> Tables,
    IReadOnlyDictionary<string, string> Columns,
    ColumnMask Mask)
{
    public string Slot => CdcNames.Slot(RouteId);

    /// <summary>The source's columns and keys now, with this route's handling of each.</summary>
    public async Task<IReadOnlyList<CdcTable>> LoadTablesAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(SourceConnection);
        await connection.OpenAsync(cancellationToken);
        var tables = new List<CdcTable>();
        foreach (var qualified in Tables)
        {
            var (schema, name) = CdcNames.SplitTable(qualified) ?? throw new InvalidOperationException($"Bad table name '{qualified}'.");
            await using var command = new NpgsqlCommand(
                """
                SELECT a.attname, format_type(a.atttypid, a.atttypmod),
                       EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = a.attrelid AND i.indisprimary AND a.attnum = ANY (i.indkey))
                FROM pg_attribute a
                WHERE a.attrelid = to_regclass(quote_ident($1) || '.' || quote_ident($2)) AND a.attnum > 0 AND NOT a.attisdropped
                ORDER BY a.attnum
                """, connection);
            command.Parameters.AddWithValue(schema);
            command.Parameters.AddWithValue(name);
            var columns = new List<CdcColumn>();
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    var column = reader.GetString(0);
                    columns.Add(new CdcColumn(column, reader.GetString(1), reader.GetBoolean(2), Columns.GetValueOrDefault($"{qualified}.{column}", ColumnHandling.Pass)));
                }
            }

            if (columns.Count == 0)
            {
                throw new InvalidOperationException($"Source table {qualified} does not exist.");
            }

            if (!columns.Any(c => c.Key))
            {
                throw new InvalidOperationException($"Source table {qualified} has no primary key (a route upserts by it).");
            }

            tables.Add(new CdcTable(schema, name, SinkSchema ?? schema, columns));
        }

        return tables;
    }
}
