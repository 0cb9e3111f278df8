using System.Data.Common;
using System.Globalization;
using DataSpine.Hosting.Storage;
using Microsoft.Data.Sqlite;

namespace DataSpine.Grains.Catalog.Search;

/// <summary>
/// Search over FTS5. search_names holds only name words, so the name matches of a broad word are found
/// without walking every column match; search_fts holds every word; both hold the filter words.
/// What results show and facet on lives in search_keys, joined by rowid for the window's rows only.
/// FTS5 answers a prefix by merging the doclists of every word it starts, before the first row, while
/// a whole word streams and stops at the window; so whole words are read first, and prefixes of up to
/// four letters have their own doclists (prefix = '2 3 4').
/// </summary>
public sealed partial class SqliteSearchIndex(string connectionString) : SearchIndex
{
    private const string SearchSchema = """
        CREATE TABLE IF NOT EXISTS search_keys (
            id INTEGER PRIMARY KEY, grain_type TEXT NOT NULL, grain_key TEXT NOT NULL, type TEXT NOT NULL, source TEXT NOT NULL,
            schema TEXT NULL, classes TEXT NOT NULL, display_name TEXT NOT NULL, display_qn TEXT NOT NULL, terms TEXT NULL,
            UNIQUE (grain_type, grain_key));
        CREATE INDEX IF NOT EXISTS search_keys_name ON search_keys (lower(display_name));
        CREATE INDEX IF NOT EXISTS search_keys_qualified_name ON search_keys (lower(display_qn));
        """;

    private const string SearchTables = """
        CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
            name, qualified_name, columns, comments, classifications, terms, filters, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');
        CREATE VIRTUAL TABLE IF NOT EXISTS search_names USING fts5(
            name, qualified_name, filters, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');
        """;

    private const string WordColumns = "name qualified_name columns comments classifications terms";

    private const string KeyFilters = """
          AND (@type IS NULL OR k.type = @type COLLATE NOCASE)
          AND (@source IS NULL OR k.source = @source)
          AND (@schema IS NULL OR k.schema = @schema)
          AND (@class IS NULL OR (' ' || k.classes || ' ') LIKE ('% ' || @class || ' %'))
          AND (@term IS NULL OR instr(char(30) || k.terms, char(30) || @term || char(31)) > 0)
        """;

    private const string CandidateColumns = "k.id, k.grain_key, k.display_name, k.type, k.source, k.classes, k.terms";

    /// <summary>
    /// Reads share the OS page cache through a memory map instead of copying pages into each pooled
    /// connection's 2 MB cache, which a broad match (a lookup per matching row) overflows.
    /// </summary>
    private const string ReadPragmas = "PRAGMA mmap_size = 1073741824";

    public override async Task InitializeAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = SearchSchema;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await CreateSearchTablesAsync(connection, cancellationToken);
        await AddTermsAsync(connection, cancellationToken);
    }

    public override async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var terms = SearchText.Terms(query.Text);
        if (terms.Count == 0)
        {
            return new SearchResults(0, [], new Dictionary<string, IReadOnlyList<FacetCount>>());
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = ReadPragmas;
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        var window = new SearchWindow(terms);
        var filters = SearchFilters.Words(query);
        await ReadExactAsync(connection, query, window, cancellationToken);
        foreach (var (table, columns, tier) in new[] { ("search_names", "name qualified_name", 2), ("search_fts", WordColumns, 3) })
        {
            foreach (var prefixes in new[] { false, true })
            {
                if (!window.Truncated)
                {
                    await ReadMatchesAsync(connection, window, table, SearchText.ToFtsQuery(terms, columns, filters, prefixes), tier, cancellationToken);
                }
            }
        }

        var page = window.Page(query);
        return window.ToResults(page, await ReadDetailsAsync(connection, terms, page, cancellationToken));
    }

    protected override async Task UpsertDocumentAsync(DbConnection connection, DbTransaction transaction, StateRowKey key, SearchDocument document, CancellationToken cancellationToken)
    {
        await DeleteDocumentAsync(connection, transaction, key, cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO search_keys (grain_type, grain_key, type, source, schema, classes, display_name, display_qn, terms)
            VALUES (@gt, @gk, @type, @source, @schema, @classes, @dn, @dqn, @assigned);
            INSERT INTO search_fts (rowid, name, qualified_name, columns, comments, classifications, terms, filters)
            VALUES (last_insert_rowid(), @name, @qn, @columns, @comments, @classifications, @terms, @filters);
            INSERT INTO search_names (rowid, name, qualified_name, filters) VALUES (last_insert_rowid(), @name, @qn, @filters);
            """;
        Add(command, "gt", key.GrainType);
        Add(command, "gk", key.GrainKey);
        Add(command, "type", document.Type);
        Add(command, "source", document.Source);
        Add(command, "schema", (object?)document.Schema ?? DBNull.Value);
        Add(command, "classes", string.Join(' ', document.Classifications));
        Add(command, "dn", document.Name);
        Add(command, "dqn", document.QualifiedName);
        Add(command, "assigned", SearchTerms.Join(document.AssignedTerms));
        Add(command, "name", SearchText.Words(document.Name));
        Add(command, "qn", SearchText.Words(document.QualifiedName));
        Add(command, "columns", SearchText.Words(string.Join(' ', document.Columns)));
        Add(command, "comments", (object?)document.Comments ?? "");
        Add(command, "classifications", SearchText.Words(string.Join(' ', document.Classifications)));
        Add(command, "terms", string.Join(' ', document.Terms));
        Add(command, "filters", SearchFilters.Words(document));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    protected override async Task DeleteDocumentAsync(DbConnection connection, DbTransaction transaction, StateRowKey key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            DELETE FROM search_fts WHERE rowid = (SELECT id FROM search_keys WHERE grain_type = @gt AND grain_key = @gk);
            DELETE FROM search_names WHERE rowid = (SELECT id FROM search_keys WHERE grain_type = @gt AND grain_key = @gk);
            DELETE FROM search_keys WHERE grain_type = @gt AND grain_key = @gk;
            """;
        Add(command, "gt", key.GrainType);
        Add(command, "gk", key.GrainKey);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Assets whose name or qualified name is the query itself, found by index.</summary>
    private static async Task ReadExactAsync(DbConnection connection, SearchQuery query, SearchWindow window, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {CandidateColumns} FROM search_keys k
            WHERE (lower(k.display_name) = @exact OR lower(k.display_qn) = @exact)
            {KeyFilters}
            ORDER BY k.id LIMIT {SearchWindow.Size}
            """;
        Add(command, "exact", query.Text.Trim().ToLowerInvariant());
        Add(command, "type", (object?)query.Type ?? DBNull.Value);
        Add(command, "source", (object?)query.Source ?? DBNull.Value);
        Add(command, "schema", (object?)query.Schema ?? DBNull.Value);
        Add(command, "class", (object?)query.Classification ?? DBNull.Value);
        Add(command, "term", (object?)query.Term ?? DBNull.Value);
        await ReadCandidatesAsync(command, window, tier: 0, cancellationToken);
    }

    /// <summary>Matches in rowid order (FTS5's own order, no sort), one past what the window can still take.</summary>
    private static async Task ReadMatchesAsync(DbConnection connection, SearchWindow window, string table, string match, int tier, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {CandidateColumns} FROM {table} JOIN search_keys k ON k.id = {table}.rowid
            WHERE {table} MATCH @q ORDER BY {table}.rowid LIMIT @limit
            """;
        Add(command, "q", match);
        Add(command, "limit", SearchWindow.Size + window.Count + 1);
        await ReadCandidatesAsync(command, window, tier, cancellationToken);
    }

    private static async Task ReadCandidatesAsync(DbCommand command, SearchWindow window, int tier, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            window.Add(new SearchCandidate(reader.GetInt64(0).ToString(CultureInfo.InvariantCulture), reader.GetString(1),
                reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5).Split(' ', StringSplitOptions.RemoveEmptyEntries),
                reader.IsDBNull(6) ? [] : SearchTerms.Split(reader.GetString(6))), tier);
        }
    }

    /// <summary>
    /// What the page shows, with the matched words of the name (else of the columns) highlighted. The
    /// words are read by rowid and marked here: FTS5's highlight() would re-run the whole prefix match.
    /// </summary>
    private static async Task<Dictionary<string, SearchHit>> ReadDetailsAsync(
        DbConnection connection, IReadOnlyList<string> terms, IReadOnlyList<SearchCandidate> page, CancellationToken cancellationToken)
    {
        var hits = new Dictionary<string, SearchHit>(StringComparer.Ordinal);
        if (page.Count == 0)
        {
            return hits;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT k.id, k.grain_key, k.display_name, k.display_qn, k.type, k.source, k.schema, k.classes, f.name, f.columns
            FROM search_keys k JOIN search_fts f ON f.rowid = k.id
            WHERE k.id IN ({string.Join(", ", page.Select((_, i) => $"@p{i}"))})
            """;
        for (var i = 0; i < page.Count; i++)
        {
            Add(command, $"p{i}", long.Parse(page[i].Id, CultureInfo.InvariantCulture));
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var highlight = SearchText.Highlight(reader.GetString(8), terms);
            if (!highlight.Contains("[[", StringComparison.Ordinal))
            {
                highlight = SearchText.Highlight(reader.GetString(9), terms);
            }

            hits[reader.GetInt64(0).ToString(CultureInfo.InvariantCulture)] = new SearchHit(reader.GetString(1), reader.GetString(2),
                reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.GetString(7).Split(' ', StringSplitOptions.RemoveEmptyEntries), highlight, 0);
        }

        return hits;
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
