using System.Data.Common;
using System.Globalization;
using DataSpine.Runtime.Search;

namespace DataSpine.Runtime.Storage;

/// <summary>Search over FTS5: bm25 ranking with name columns weighted highest, exact name first.</summary>
public sealed partial class SqliteGrainStorage
{
    // FTS5 finds rows by rowid only; search_keys maps a grain to the rowid of its document.
    private const string SearchSchema = """
        CREATE TABLE IF NOT EXISTS search_keys (
            id INTEGER PRIMARY KEY, grain_type TEXT NOT NULL, grain_key TEXT NOT NULL, UNIQUE (grain_type, grain_key));
        CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
            grain_type UNINDEXED, grain_key UNINDEXED, type UNINDEXED, source UNINDEXED, schema UNINDEXED, classes UNINDEXED,
            display_name UNINDEXED, display_qn UNINDEXED, name, qualified_name, columns, comments, classifications, terms,
            tokenize = 'unicode61 remove_diacritics 2')
        """;

    private const string Filters = """
        search_fts MATCH @q
          AND (@type IS NULL OR type = @type COLLATE NOCASE)
          AND (@source IS NULL OR source = @source)
          AND (@schema IS NULL OR schema = @schema)
          AND (@class IS NULL OR (' ' || classes || ' ') LIKE ('% ' || @class || ' %'))
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
        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>
        {
            ["type"] = await FacetAsync(connection, query, match, "type", cancellationToken),
            ["source"] = await FacetAsync(connection, query, match, "source", cancellationToken),
            ["classification"] = await ClassificationFacetAsync(connection, query, match, cancellationToken),
        };
        var total = facets["type"].Sum(f => f.Count);
        return new SearchResults(total, hits, facets);
    }

    protected override async Task UpsertDocumentAsync(DbConnection connection, DbTransaction transaction, StateKey key, SearchDocument document, CancellationToken cancellationToken)
    {
        await DeleteDocumentAsync(connection, transaction, key, cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO search_keys (grain_type, grain_key) VALUES (@gt, @gk) ON CONFLICT DO NOTHING;
            INSERT INTO search_fts (rowid, grain_type, grain_key, type, source, schema, classes, display_name, display_qn,
                                    name, qualified_name, columns, comments, classifications, terms)
            VALUES ((SELECT id FROM search_keys WHERE grain_type = @gt AND grain_key = @gk),
                    @gt, @gk, @type, @source, @schema, @classes, @dn, @dqn, @name, @qn, @columns, @comments, @classifications, @terms)
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
        command.CommandText = "DELETE FROM search_fts WHERE rowid = (SELECT id FROM search_keys WHERE grain_type = @gt AND grain_key = @gk)";
        Add(command, "gt", key.GrainType);
        Add(command, "gk", key.GrainKey);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<List<SearchHit>> ReadHitsAsync(DbConnection connection, SearchQuery query, string match, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, query, match, $"""
            SELECT grain_key, display_name, display_qn, type, source, schema, classes,
                   highlight(search_fts, 8, '[[', ']]'), highlight(search_fts, 10, '[[', ']]'),
                   bm25(search_fts, 0, 0, 0, 0, 0, 0, 0, 0, 10.0, 6.0, 3.0, 1.0, 2.0, 2.0) AS rank,
                   (lower(display_name) = @exact OR lower(display_qn) = @exact) AS exact
            FROM search_fts WHERE {Filters}
            ORDER BY exact DESC, rank, grain_key
            LIMIT @limit OFFSET @offset
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

    private static async Task<IReadOnlyList<FacetCount>> FacetAsync(DbConnection connection, SearchQuery query, string match, string column, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, query, match,
            $"SELECT {column}, count(*) FROM search_fts WHERE {Filters} GROUP BY {column} ORDER BY count(*) DESC, {column}");
        return await ReadFacetsAsync(command, cancellationToken);
    }

    private static async Task<IReadOnlyList<FacetCount>> ClassificationFacetAsync(DbConnection connection, SearchQuery query, string match, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, query, match, $"SELECT classes, count(*) FROM search_fts WHERE {Filters} AND classes <> '' GROUP BY classes");
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in await ReadFacetsAsync(command, cancellationToken))
        {
            foreach (var value in row.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                counts[value] = counts.GetValueOrDefault(value) + row.Count;
            }
        }

        return [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new FacetCount(c.Key, c.Value))];
    }

    private static async Task<IReadOnlyList<FacetCount>> ReadFacetsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var facets = new List<FacetCount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            facets.Add(new FacetCount(reader.IsDBNull(0) ? "" : reader.GetString(0), Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture)));
        }

        return facets;
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
