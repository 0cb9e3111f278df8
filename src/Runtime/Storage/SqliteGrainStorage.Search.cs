using System.Data.Common;
using System.Globalization;
using DataSpine.Runtime.Search;

namespace DataSpine.Runtime.Storage;

/// <summary>
/// Search over FTS5: bm25 ranking with name columns weighted highest, exact name first. The FTS table
/// holds only the words; what results show and filter on lives in search_keys, joined by rowid.
/// Broad words match tens of thousands of assets, so per match the ranking pass does only what FTS5
/// must (bm25); the exact-name test is an index lookup done once, and search_keys is joined only when
/// a filter needs it (issue 3, Benchmarks).
/// </summary>
public sealed partial class SqliteGrainStorage
{
    private const string SearchSchema = """
        CREATE TABLE IF NOT EXISTS search_keys (
            id INTEGER PRIMARY KEY, grain_type TEXT NOT NULL, grain_key TEXT NOT NULL, type TEXT NOT NULL, source TEXT NOT NULL,
            schema TEXT NULL, classes TEXT NOT NULL, display_name TEXT NOT NULL, display_qn TEXT NOT NULL,
            UNIQUE (grain_type, grain_key));
        CREATE INDEX IF NOT EXISTS search_keys_name ON search_keys (lower(display_name));
        CREATE INDEX IF NOT EXISTS search_keys_qualified_name ON search_keys (lower(display_qn));
        CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
            name, qualified_name, columns, comments, classifications, terms, tokenize = 'unicode61 remove_diacritics 2');
        """;

    private const int MaxExact = 100;

    private const string Filters = """
          AND (@type IS NULL OR k.type = @type COLLATE NOCASE)
          AND (@source IS NULL OR k.source = @source)
          AND (@schema IS NULL OR k.schema = @schema)
          AND (@class IS NULL OR (' ' || k.classes || ' ') LIKE ('% ' || @class || ' %'))
        """;

    private const string Matches = $"""
        FROM search_fts JOIN search_keys k ON k.id = search_fts.rowid
        WHERE search_fts MATCH @q
        {Filters}
        """;

    /// <summary>
    /// Reads share the OS page cache through a memory map instead of copying pages into each pooled
    /// connection's 2 MB cache, which a broad match (a lookup per matching row) overflows.
    /// </summary>
    private const string ReadPragmas = "PRAGMA mmap_size = 1073741824";

    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        var match = SearchText.ToFtsQuery(query.Text);
        if (match is null)
        {
            return new SearchResults(0, [], new Dictionary<string, IReadOnlyList<FacetCount>>());
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = ReadPragmas;
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        var hits = await ReadHitsAsync(connection, query, match, cancellationToken);
        var (total, facets) = await ReadFacetsAsync(connection, query, match, cancellationToken);
        return new SearchResults(total, hits, facets);
    }

    protected override async Task UpsertDocumentAsync(DbConnection connection, DbTransaction transaction, StateKey key, SearchDocument document, CancellationToken cancellationToken)
    {
        await DeleteDocumentAsync(connection, transaction, key, cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO search_keys (grain_type, grain_key, type, source, schema, classes, display_name, display_qn)
            VALUES (@gt, @gk, @type, @source, @schema, @classes, @dn, @dqn);
            INSERT INTO search_fts (rowid, name, qualified_name, columns, comments, classifications, terms)
            VALUES (last_insert_rowid(), @name, @qn, @columns, @comments, @classifications, @terms);
            """;
        Add(command, "gt", key.GrainType);
        Add(command, "gk", key.GrainKey);
        Add(command, "type", document.Type);
        Add(command, "source", document.Source);
        Add(command, "schema", (object?)document.Schema ?? DBNull.Value);
        Add(command, "classes", string.Join(' ', document.Classifications));
        Add(command, "dn", document.Name);
        Add(command, "dqn", document.QualifiedName);
        Add(command, "name", SearchText.Words(document.Name));
        Add(command, "qn", SearchText.Words(document.QualifiedName));
        Add(command, "columns", SearchText.Words(string.Join(' ', document.Columns)));
        Add(command, "comments", (object?)document.Comments ?? "");
        Add(command, "classifications", SearchText.Words(string.Join(' ', document.Classifications)));
        Add(command, "terms", string.Join(' ', document.Terms));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    protected override async Task DeleteDocumentAsync(DbConnection connection, DbTransaction transaction, StateKey key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            DELETE FROM search_fts WHERE rowid = (SELECT id FROM search_keys WHERE grain_type = @gt AND grain_key = @gk);
            DELETE FROM search_keys WHERE grain_type = @gt AND grain_key = @gk;
            """;
        Add(command, "gt", key.GrainType);
        Add(command, "gk", key.GrainKey);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Exact names first (found by index), then every match by bm25 and rowid (stable for paging); only
    /// the page is then read and highlighted (highlight() is the costly part).
    /// </summary>
    private static async Task<List<SearchHit>> ReadHitsAsync(DbConnection connection, SearchQuery query, string match, CancellationToken cancellationToken)
    {
        var exact = await ReadExactAsync(connection, query, cancellationToken);
        var filtered = query.Type is not null || query.Source is not null || query.Schema is not null || query.Classification is not null;
        var exactIds = string.Join(", ", exact.Select((_, i) => $"@e{i}"));
        await using var page = Command(connection, query, match, $"""
            SELECT search_fts.rowid, bm25(search_fts, 10.0, 6.0, 3.0, 1.0, 2.0, 2.0) AS rank
            FROM search_fts {(filtered ? "JOIN search_keys k ON k.id = search_fts.rowid" : "")}
            WHERE search_fts MATCH @q {(filtered ? Filters : "")}
            ORDER BY search_fts.rowid IN ({exactIds}) DESC, rank, search_fts.rowid
            LIMIT @limit OFFSET @offset
            """);
        for (var i = 0; i < exact.Count; i++)
        {
            Add(page, $"e{i}", exact[i]);
        }

        Add(page, "limit", query.Limit);
        Add(page, "offset", query.Offset);
        var ranked = new List<(long Id, double Rank)>();
        await using (var reader = await page.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                ranked.Add((reader.GetInt64(0), reader.GetDouble(1)));
            }
        }

        if (ranked.Count == 0)
        {
            return [];
        }

        await using var details = Command(connection, query, match, $"""
            SELECT k.id, k.grain_key, k.display_name, k.display_qn, k.type, k.source, k.schema, k.classes,
                   highlight(search_fts, 0, '[[', ']]'), highlight(search_fts, 2, '[[', ']]')
            FROM search_fts JOIN search_keys k ON k.id = search_fts.rowid
            WHERE search_fts MATCH @q AND search_fts.rowid IN ({string.Join(", ", ranked.Select((_, i) => $"@p{i}"))})
            """);
        for (var i = 0; i < ranked.Count; i++)
        {
            Add(details, $"p{i}", ranked[i].Id);
        }

        var hits = new Dictionary<long, SearchHit>();
        await using (var reader = await details.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var highlight = reader.GetString(8).Contains("[[", StringComparison.Ordinal) ? reader.GetString(8) : reader.GetString(9);
                hits[reader.GetInt64(0)] = new SearchHit(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6),
                    reader.GetString(7).Split(' ', StringSplitOptions.RemoveEmptyEntries), highlight, 0);
            }
        }

        return [.. ranked.Where(r => hits.ContainsKey(r.Id)).Select(r => hits[r.Id] with { Score = Math.Round(-r.Rank, 4) })];
    }

    /// <summary>Assets whose name or qualified name is the query itself; their words always match it.</summary>
    private static async Task<List<long>> ReadExactAsync(DbConnection connection, SearchQuery query, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, query, "", $"""
            SELECT k.id FROM search_keys k
            WHERE (lower(k.display_name) = @exact OR lower(k.display_qn) = @exact)
            {Filters}
            LIMIT {MaxExact}
            """);
        Add(command, "exact", query.Text.Trim().ToLowerInvariant());
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    /// <summary>All three facets and the total from one grouped pass over the matches.</summary>
    private static async Task<(int Total, Dictionary<string, IReadOnlyList<FacetCount>> Facets)> ReadFacetsAsync(
        DbConnection connection, SearchQuery query, string match, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, query, match, $"SELECT k.type, k.source, k.classes, count(*) {Matches} GROUP BY k.type, k.source, k.classes");
        var facets = new SearchFacets();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            facets.Add(reader.GetString(0), reader.GetString(1), reader.GetString(2).Split(' ', StringSplitOptions.RemoveEmptyEntries),
                Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture));
        }

        return (facets.Total, facets.ToFacets());
    }

    private static DbCommand Command(DbConnection connection, SearchQuery query, string match, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "q", match);
        Add(command, "type", (object?)query.Type ?? DBNull.Value);
        Add(command, "source", (object?)query.Source ?? DBNull.Value);
        Add(command, "schema", (object?)query.Schema ?? DBNull.Value);
        Add(command, "class", (object?)query.Classification ?? DBNull.Value);
        return command;
    }
}
