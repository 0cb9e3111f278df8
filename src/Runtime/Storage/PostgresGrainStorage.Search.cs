using System.Data.Common;
using DataSpine.Runtime.Search;
using Npgsql;

namespace DataSpine.Runtime.Storage;

/// <summary>Search over a weighted tsvector (name A, qualified name B, columns and classes C, comments D).</summary>
public sealed partial class PostgresGrainStorage : ISearchIndex
{
    private const string SearchSchema = """
        CREATE TABLE IF NOT EXISTS search_documents (
            grain_type TEXT NOT NULL, grain_key TEXT NOT NULL, type TEXT NOT NULL, source TEXT NOT NULL, schema TEXT NULL,
            classes TEXT[] NOT NULL, display_name TEXT NOT NULL, display_qn TEXT NOT NULL, name_words TEXT NOT NULL,
            column_words TEXT NOT NULL, body TSVECTOR NOT NULL, PRIMARY KEY (grain_type, grain_key));
        CREATE INDEX IF NOT EXISTS search_documents_body ON search_documents USING GIN (body);
        """;

    private const string Filters = """
        body @@ q.query
          AND (@type::text IS NULL OR lower(type) = lower(@type::text))
          AND (@source::text IS NULL OR source = @source::text)
          AND (@schema::text IS NULL OR schema = @schema::text)
          AND (@class::text IS NULL OR classes @> ARRAY[@class::text])
        """;

    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        var terms = SearchText.Terms(query.Text);
        if (terms.Count == 0)
        {
            return new SearchResults(0, [], new Dictionary<string, IReadOnlyList<FacetCount>>());
        }

        var tsquery = string.Join(" & ", terms.Select(t => $"{t}:*"));
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var hits = await ReadHitsAsync(connection, query, tsquery, cancellationToken);
        var facets = await ReadFacetsAsync(connection, query, tsquery, cancellationToken);
        return new SearchResults(facets.Total, hits, facets.ToFacets());
    }

    protected override async Task UpsertDocumentAsync(DbConnection connection, DbTransaction transaction, StateKey key, SearchDocument document, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO search_documents (grain_type, grain_key, type, source, schema, classes, display_name, display_qn, name_words, column_words, body)
            VALUES (@gt, @gk, @type, @source, @schema, @classes, @dn, @dqn, @name, @columns,
                    setweight(to_tsvector('simple', @name), 'A') || setweight(to_tsvector('simple', @qn), 'B')
                    || setweight(to_tsvector('simple', @columns || ' ' || @classwords || ' ' || @terms), 'C')
                    || setweight(to_tsvector('simple', @comments), 'D'))
            ON CONFLICT (grain_type, grain_key) DO UPDATE SET type = excluded.type, source = excluded.source, schema = excluded.schema,
                classes = excluded.classes, display_name = excluded.display_name, display_qn = excluded.display_qn,
                name_words = excluded.name_words, column_words = excluded.column_words, body = excluded.body
            """, (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        command.Parameters.AddWithValue("gt", key.GrainType);
        command.Parameters.AddWithValue("gk", key.GrainKey);
        command.Parameters.AddWithValue("type", document.Type);
        command.Parameters.AddWithValue("source", document.Source);
        command.Parameters.AddWithValue("schema", (object?)document.Schema ?? DBNull.Value);
        command.Parameters.AddWithValue("classes", document.Classifications.ToArray());
        command.Parameters.AddWithValue("dn", document.Name);
        command.Parameters.AddWithValue("dqn", document.QualifiedName);
        command.Parameters.AddWithValue("name", SearchText.Words(document.Name));
        command.Parameters.AddWithValue("qn", SearchText.Words(document.QualifiedName));
        command.Parameters.AddWithValue("columns", SearchText.Words(string.Join(' ', document.Columns)));
        command.Parameters.AddWithValue("classwords", SearchText.Words(string.Join(' ', document.Classifications)));
        command.Parameters.AddWithValue("terms", string.Join(' ', document.Terms));
        command.Parameters.AddWithValue("comments", document.Comments ?? "");
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    protected override async Task DeleteDocumentAsync(DbConnection connection, DbTransaction transaction, StateKey key, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("DELETE FROM search_documents WHERE grain_type = @gt AND grain_key = @gk",
            (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        command.Parameters.AddWithValue("gt", key.GrainType);
        command.Parameters.AddWithValue("gk", key.GrainKey);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<List<SearchHit>> ReadHitsAsync(NpgsqlConnection connection, SearchQuery query, string tsquery, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, query, tsquery, $"""
            SELECT grain_key, display_name, display_qn, type, source, schema, classes,
                   ts_headline('simple', name_words, q.query, 'StartSel=[[, StopSel=]], HighlightAll=true'),
                   ts_headline('simple', column_words, q.query, 'StartSel=[[, StopSel=]], MaxFragments=2'),
                   ts_rank_cd(body, q.query) AS rank,
                   (lower(display_name) = @exact OR lower(display_qn) = @exact) AS exact
            FROM search_documents, (SELECT to_tsquery('simple', @q) AS query) q
            WHERE {Filters}
            ORDER BY exact DESC, rank DESC, grain_key
            LIMIT @limit OFFSET @offset
            """);
        command.Parameters.AddWithValue("exact", query.Text.Trim().ToLowerInvariant());
        command.Parameters.AddWithValue("limit", query.Limit);
        command.Parameters.AddWithValue("offset", query.Offset);
        var hits = new List<SearchHit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var highlight = reader.GetString(7).Contains("[[", StringComparison.Ordinal) ? reader.GetString(7) : reader.GetString(8);
            hits.Add(new SearchHit(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetFieldValue<string[]>(6), highlight, Math.Round(reader.GetFloat(9), 4)));
        }

        return hits;
    }

    /// <summary>The total and all three facets from one grouped pass (the matches are read once, not three times).</summary>
    private static async Task<SearchFacets> ReadFacetsAsync(NpgsqlConnection connection, SearchQuery query, string tsquery, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, query, tsquery, $"""
            SELECT type, source, classes, count(*) FROM search_documents, (SELECT to_tsquery('simple', @q) AS query) q WHERE {Filters}
            GROUP BY type, source, classes
            """);
        var facets = new SearchFacets();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            facets.Add(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<string[]>(2), (int)reader.GetInt64(3));
        }

        return facets;
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, SearchQuery query, string tsquery, string sql)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("q", tsquery);
        command.Parameters.AddWithValue("type", (object?)query.Type ?? DBNull.Value);
        command.Parameters.AddWithValue("source", (object?)query.Source ?? DBNull.Value);
        command.Parameters.AddWithValue("schema", (object?)query.Schema ?? DBNull.Value);
        command.Parameters.AddWithValue("class", (object?)query.Classification ?? DBNull.Value);
        return command;
    }
}
