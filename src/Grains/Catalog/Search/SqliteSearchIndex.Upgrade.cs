using System.Data.Common;

namespace DataSpine.Grains.Catalog.Search;

/// <summary>
/// Files written before search had filter words and a name index are upgraded on open: the old
/// index's words and search_keys' values are copied into the new tables, in one transaction. Files written
/// before the glossary-term facet get search_keys.terms, and their documents are written again from state.
/// </summary>
public sealed partial class SqliteSearchIndex
{
    private static async Task CreateSearchTablesAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var upgrade = await HasOldSearchIndexAsync(connection, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, upgrade ? $"ALTER TABLE search_fts RENAME TO search_fts_old; {SearchTables}" : SearchTables, cancellationToken);
        if (upgrade)
        {
            await CopyOldSearchIndexAsync(connection, transaction, cancellationToken);
            await ExecuteAsync(connection, transaction, "DROP TABLE search_fts_old", cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A document whose terms is NULL was written before the term facet (a partial index finds them at once).</summary>
    private async Task AddTermsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var has = connection.CreateCommand())
        {
            has.Transaction = transaction;
            has.CommandText = "SELECT EXISTS (SELECT 1 FROM pragma_table_info('search_keys') WHERE name = 'terms')";
            if (Convert.ToInt64(await has.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                await ExecuteAsync(connection, transaction, "ALTER TABLE search_keys ADD COLUMN terms TEXT NULL", cancellationToken);
            }
        }

        await ExecuteAsync(connection, transaction, "CREATE INDEX IF NOT EXISTS search_keys_stale ON search_keys (id) WHERE terms IS NULL", cancellationToken);
        await RewriteStaleDocumentsAsync(connection, transaction, "SELECT grain_type, grain_key FROM search_keys WHERE terms IS NULL", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<bool> HasOldSearchIndexAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'search_fts')
               AND NOT EXISTS (SELECT 1 FROM pragma_table_info('search_fts') WHERE name = 'filters')
            """;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    private static async Task CopyOldSearchIndexAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var rows = new List<(long Id, string Name, string QualifiedName, string Columns, string Comments, string Classes, string Terms, SearchDocument Filters)>();
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = """
                SELECT o.rowid, o.name, o.qualified_name, o.columns, o.comments, o.classifications, o.terms, k.type, k.source, k.schema, k.classes
                FROM search_fts_old o JOIN search_keys k ON k.id = o.rowid
                """;
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var filters = new SearchDocument("", "", reader.GetString(7), reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetString(9), [], null,
                    reader.GetString(10).Split(' ', StringSplitOptions.RemoveEmptyEntries), [], []);
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                    reader.GetString(6), filters));
            }
        }

        foreach (var row in rows)
        {
            await using var write = connection.CreateCommand();
            write.Transaction = transaction;
            write.CommandText = """
                INSERT INTO search_fts (rowid, name, qualified_name, columns, comments, classifications, terms, filters)
                VALUES (@id, @name, @qn, @columns, @comments, @classifications, @terms, @filters);
                INSERT INTO search_names (rowid, name, qualified_name, filters) VALUES (@id, @name, @qn, @filters);
                """;
            Add(write, "id", row.Id);
            Add(write, "name", row.Name);
            Add(write, "qn", row.QualifiedName);
            Add(write, "columns", row.Columns);
            Add(write, "comments", row.Comments);
            Add(write, "classifications", row.Classes);
            Add(write, "terms", row.Terms);
            Add(write, "filters", SearchFilters.Words(row.Filters));
            await write.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
