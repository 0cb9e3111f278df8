using System.Data.Common;
using System.Globalization;
using DataSpine.Runtime.Search;

namespace DataSpine.Runtime.Storage;

/// <summary>
/// Search over FTS5: bm25 ranking with name columns weighted highest, exact name first. The FTS table
/// holds only the words; what results show and filter on lives in search_keys, joined by rowid.
/// </summary>
public sealed partial class SqliteGrainStorage
{
    private const string SearchSchema = """
        CREATE TABLE IF NOT EXISTS search_keys (
            id INTEGER PRIMARY KEY, grain_type TEXT NOT NULL, grain_key TEXT NOT NULL, type TEXT NOT NULL, source TEXT NOT NULL,
            schema TEXT NULL, classes TEXT NOT NULL, display_name TEXT NOT NULL, display_qn TEXT NOT NULL,
            UNIQUE (grain_type, grain_key));
        CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
            name, qualified_name, columns, comments, classifications, terms, tokenize = 'unicode61 remove_diacritics 2');
        """;

    private const string Matches = """
        FROM search_fts JOIN search_keys k ON k.id = search_fts.rowid
        WHERE search_fts MATCH @q
          AND (@type IS NULL OR k.type = @type COLLATE NOCASE)
          AND (@source IS NULL OR k.source = @source)
          AND (@schema IS NULL OR k.schema = @schema)
          AND (@class IS NULL OR (' ' || k.classes || ' ') LIKE ('% ' || @class || ' %'))
        """;

    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        var match = SearchText.ToFtsQuery(query.Text);
        if (match is null)
        {
            return new SearchResults(0, [], new Dictionary<string, IReadOnlyList<FacetCount>>());
        }

        await using var connection = await OpenAsync(cancellationToken);
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

    /// <summary>Ranks all matches, then highlights only the page (highlight() is the costly part).</summary>
    private static async Task<List<SearchHit>> ReadHitsAsync(DbConnection connection, SearchQuery query, string match, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, query, match, $"""
            WITH page AS (
                SELECT k.id, bm25(search_fts, 10.0, 6.0, 3.0, 1.0, 2.0, 2.0) AS rank,
                       (lower(k.display_name) = @exact OR lower(k.display_qn) = @exact) AS exact
                {Matches}
                ORDER BY exact DESC, rank, k.grain_key
                LIMIT @limit OFFSET @offset)
            SELECT k.grain_key, k.display_name, k.display_qn, k.type, k.source, k.schema, k.classes,
                   highlight(search_fts, 0, '[[', ']]'), highlight(search_fts, 2, '[[', ']]'), page.rank
            FROM page JOIN search_keys k ON k.id = page.id JOIN search_fts ON search_fts.rowid = page.id
            WHERE search_fts MATCH @q
            ORDER BY page.exact DESC, page.rank, k.grain_key
            """);
        Add(command, "exact", query.Text.Trim().ToLowerInvariant());
        Add(command, "limit", query.Limit);
        Add(command, "offset", query.Offset);
        var hits = new List<SearchHit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var highlight = reader.GetString(7).Contains("[[", StringComparison.Ordinal) ? reader.GetString(7) : reader.GetString(8);
            hits.Add(new SearchHit(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.GetString(6).Split(' ', StringSplitOptions.RemoveEmptyEntries), highlight, Math.Round(-reader.GetDouble(9), 4)));
        }

        return hits;
    }

    /// <summary>All three facets and the total from one grouped pass over the matches.</summary>
    private static async Task<(int Total, Dictionary<string, IReadOnlyList<FacetCount>> Facets)> ReadFacetsAsync(
        DbConnection connection, SearchQuery query, string match, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, query, match, $"SELECT k.type, k.source, k.classes, count(*) {Matches} GROUP BY k.type, k.source, k.classes");
        var types = new Dictionary<string, int>(StringComparer.Ordinal);
        var sources = new Dictionary<string, int>(StringComparer.Ordinal);
        var classes = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var count = Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture);
            total += count;
            types[reader.GetString(0)] = types.GetValueOrDefault(reader.GetString(0)) + count;
            sources[reader.GetString(1)] = sources.GetValueOrDefault(reader.GetString(1)) + count;
            foreach (var value in reader.GetString(2).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                classes[value] = classes.GetValueOrDefault(value) + count;
            }
        }

        return (total, new Dictionary<string, IReadOnlyList<FacetCount>>
        {
            ["type"] = Ordered(types),
            ["source"] = Ordered(sources),
            ["classification"] = Ordered(classes),
        });
    }

    private static List<FacetCount> Ordered(Dictionary<string, int> counts) =>
        [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new FacetCount(c.Key, c.Value))];

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
