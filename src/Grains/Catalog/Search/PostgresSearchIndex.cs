using System.Data.Common;
using DataSpine.Hosting.Storage;
using Npgsql;

namespace DataSpine.Grains.Catalog.Search;

/// <summary>
/// Search over tsvectors: name_vector holds the name and qualified-name words (so the name matches of a
/// broad word come from a small index), body holds every word. Both are GIN-indexed without the
/// pending list (fastupdate): with it, every search scans the entries written since the last vacuum,
/// which after a scan of thousands of assets cost more than the index lookup itself. The user's prefixes
/// become the words they cover (<see cref="PostgresSearchWords"/>) before either index is asked, and the
/// table is split into partitions that a search reads in turn (<see cref="PostgresSearchPartitions"/>).
/// </summary>
public sealed class PostgresSearchIndex(NpgsqlDataSource dataSource) : SearchIndex
{
    private static readonly string SearchSchema = $$"""
        DO $$ BEGIN
            -- Tables written before the name index: add and fill it once (not a scan at every start).
            IF to_regclass('search_documents') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = 'search_documents' AND column_name = 'name_vector') THEN
                ALTER TABLE search_documents ADD COLUMN name_vector TSVECTOR;
                UPDATE search_documents
                SET name_vector = to_tsvector('simple', name_words || ' ' || regexp_replace(lower(display_qn), '[^[:alnum:]]+', ' ', 'g'));
            END IF;
        END $$;
        {{PostgresSearchPartitions.MoveUnpartitionedAside}}
        CREATE TABLE IF NOT EXISTS search_documents (
            grain_type TEXT NOT NULL, grain_key TEXT NOT NULL, type TEXT NOT NULL, source TEXT NOT NULL, schema TEXT NULL,
            classes TEXT[] NOT NULL, display_name TEXT NOT NULL, display_qn TEXT NOT NULL, name_words TEXT NOT NULL,
            column_words TEXT NOT NULL, body TSVECTOR NOT NULL, name_vector TSVECTOR, terms TEXT[], PRIMARY KEY (grain_type, grain_key))
            PARTITION BY HASH (grain_type, grain_key);
        {{PostgresSearchPartitions.CreateAndFill}}
        -- Documents written before the glossary-term facet have no terms: written again from their states at start.
        ALTER TABLE search_documents ADD COLUMN IF NOT EXISTS terms TEXT[];
        CREATE INDEX IF NOT EXISTS search_documents_stale ON search_documents ((1)) WHERE terms IS NULL;
        CREATE INDEX IF NOT EXISTS search_documents_body ON search_documents USING GIN (body) WITH (fastupdate = off);
        CREATE INDEX IF NOT EXISTS search_documents_names ON search_documents USING GIN (name_vector) WITH (fastupdate = off);
        CREATE INDEX IF NOT EXISTS search_documents_name ON search_documents (lower(display_name));
        CREATE INDEX IF NOT EXISTS search_documents_qualified_name ON search_documents (lower(display_qn));
        """;

    private readonly PostgresSearchConnections _searchConnections = new(dataSource);

    /// <summary>Off: every term as a prefix, without the vocabulary (the benchmark's baseline).</summary>
    internal bool ExpandPrefixes { get; init; } = true;

    private const string CandidateColumns = "grain_type, grain_key, display_name, type, source, classes, terms";

    public override async Task InitializeAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        // Storage holds its schema lock around every hook's initialization, so silos starting at once take turns.
        command.CommandText = $"{SearchSchema}; {PostgresSearchFilters.Schema}; {PostgresSearchWords.Schema}";
        await command.ExecuteNonQueryAsync(cancellationToken);
        await RewriteStaleDocumentsAsync(connection, transaction, "SELECT grain_type, grain_key FROM search_documents WHERE terms IS NULL", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public override async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var terms = SearchText.Terms(query.Text);
        if (terms.Count == 0)
        {
            return new SearchResults(0, [], new Dictionary<string, IReadOnlyList<FacetCount>>());
        }

        var window = new SearchWindow(terms);
        await using var lease = await _searchConnections.RentAsync(cancellationToken);
        var connection = lease.Connection;
        var words = ExpandPrefixes ? await PostgresSearchWords.QueryAsync(connection, terms, cancellationToken) : PostgresSearchWords.PrefixQuery(terms);
        var filters = PostgresSearchFilters.Query(query);
        var tsquery = filters is null ? words : $"{words} & {filters}";
        var exact = "(lower(display_name) = @exact OR lower(display_qn) = @exact)" + (filters is null ? "" : " AND body @@ @f::tsquery");
        await ReadCandidatesAsync(connection, query, window, tsquery, filters, [(exact, 0), ("name_vector @@ @q::tsquery", 2)], SearchWindow.Size + 1, cancellationToken);
        if (!window.Truncated)
        {
            // Without the name matches read already: the read then stops after the matches the window still takes
            // (an exact name whose words are not in its name vector is the one match it can meet again).
            await ReadCandidatesAsync(connection, query, window, tsquery, filters, [("body @@ @q::tsquery AND NOT name_vector @@ @q::tsquery", 3)],
                SearchWindow.Size - window.Count + 1 + window.ExactNames, cancellationToken);
        }

        var page = window.Page(query);
        return window.ToResults(page, await ReadDetailsAsync(connection, terms, page, cancellationToken));
    }

    protected override async Task UpsertDocumentAsync(DbConnection connection, DbTransaction transaction, StateRowKey key, SearchDocument document, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            WITH document AS (
            INSERT INTO search_documents (grain_type, grain_key, type, source, schema, classes, display_name, display_qn, name_words, column_words, body, name_vector, terms)
            VALUES (@gt, @gk, @type, @source, @schema, @classes, @dn, @dqn, @name, @columns,
                    setweight(to_tsvector('simple', @name), 'A') || setweight(to_tsvector('simple', @qn), 'B')
                    || setweight(to_tsvector('simple', @columns || ' ' || @classwords || ' ' || @terms), 'C')
                    || setweight(to_tsvector('simple', @comments), 'D') || array_to_tsvector(@filters),
                    to_tsvector('simple', @name || ' ' || @qn) || array_to_tsvector(@filters), @assigned)
            ON CONFLICT (grain_type, grain_key) DO UPDATE SET type = excluded.type, source = excluded.source, schema = excluded.schema,
                classes = excluded.classes, display_name = excluded.display_name, display_qn = excluded.display_qn,
                name_words = excluded.name_words, column_words = excluded.column_words, body = excluded.body, name_vector = excluded.name_vector,
                terms = excluded.terms
            RETURNING body)
            {PostgresSearchWords.InsertFromDocument}
            """, (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        command.Parameters.AddWithValue("gt", key.GrainType);
        command.Parameters.AddWithValue("gk", key.GrainKey);
        command.Parameters.AddWithValue("type", document.Type);
        command.Parameters.AddWithValue("source", document.Source);
        command.Parameters.AddWithValue("schema", (object?)document.Schema ?? DBNull.Value);
        command.Parameters.AddWithValue("classes", document.Classifications.ToArray());
        command.Parameters.AddWithValue("dn", document.Name);
        command.Parameters.AddWithValue("dqn", document.QualifiedName);
        command.Parameters.AddWithValue("assigned", SearchTerms.Encode(document.AssignedTerms));
        command.Parameters.AddWithValue("name", SearchText.Words(document.Name));
        command.Parameters.AddWithValue("qn", SearchText.Words(document.QualifiedName));
        command.Parameters.AddWithValue("columns", SearchText.Words(string.Join(' ', document.Columns)));
        command.Parameters.AddWithValue("classwords", SearchText.Words(string.Join(' ', document.Classifications)));
        command.Parameters.AddWithValue("terms", string.Join(' ', document.Terms));
        command.Parameters.AddWithValue("comments", document.Comments ?? "");
        command.Parameters.AddWithValue("filters", PostgresSearchFilters.Of(document));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    protected override async Task DeleteDocumentAsync(DbConnection connection, DbTransaction transaction, StateRowKey key, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("DELETE FROM search_documents WHERE grain_type = @gt AND grain_key = @gk",
            (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        command.Parameters.AddWithValue("gt", key.GrainType);
        command.Parameters.AddWithValue("gk", key.GrainKey);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Matches in the table's physical order (no sort: a bitmap scan yields it), one past what the window
    /// can still take; several conditions go in one round trip, read in turn. The window ranks them, so a
    /// different order between plans only changes which matches fill a full window.
    /// </summary>
    private static async Task ReadCandidatesAsync(NpgsqlConnection connection, SearchQuery query, SearchWindow window, string tsquery, string? filters,
        IReadOnlyList<(string Condition, int Tier)> reads, int limit, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(string.Join(";\n", reads.Select(r =>
            $"SELECT {CandidateColumns} FROM search_documents WHERE {r.Condition} LIMIT @limit")), connection);
        command.Parameters.AddWithValue("q", tsquery);
        command.Parameters.AddWithValue("f", (object?)filters ?? DBNull.Value);
        command.Parameters.AddWithValue("exact", query.Text.Trim().ToLowerInvariant());
        command.Parameters.AddWithValue("limit", limit);
        await command.PrepareAsync(cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        foreach (var (_, tier) in reads)
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                window.Add(new SearchCandidate(Id(reader.GetString(0), reader.GetString(1)), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                    reader.GetString(4), reader.GetFieldValue<string[]>(5), reader.IsDBNull(6) ? [] : reader.GetFieldValue<string[]>(6)), tier);
            }

            await reader.NextResultAsync(cancellationToken);
        }
    }

    /// <summary>What the page shows, with the matched words of the name (else of the columns) highlighted.</summary>
    private static async Task<Dictionary<string, SearchHit>> ReadDetailsAsync(
        NpgsqlConnection connection, IReadOnlyList<string> terms, IReadOnlyList<SearchCandidate> page, CancellationToken cancellationToken)
    {
        var hits = new Dictionary<string, SearchHit>(StringComparer.Ordinal);
        if (page.Count == 0)
        {
            return hits;
        }

        await using var command = new NpgsqlCommand("""
            SELECT grain_type, grain_key, display_name, display_qn, type, source, schema, classes, name_words, column_words
            FROM search_documents WHERE grain_type = ANY(@types) AND grain_key = ANY(@keys)
            """, connection);
        command.Parameters.AddWithValue("types", page.Select(c => c.Id[..c.Id.IndexOf('\u001f', StringComparison.Ordinal)]).Distinct().ToArray());
        command.Parameters.AddWithValue("keys", page.Select(c => c.Key).Distinct().ToArray());
        await command.PrepareAsync(cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var highlight = SearchText.Highlight(reader.GetString(8), terms);
            if (!highlight.Contains("[[", StringComparison.Ordinal))
            {
                highlight = SearchText.Highlight(reader.GetString(9), terms);
            }

            hits[Id(reader.GetString(0), reader.GetString(1))] = new SearchHit(reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetFieldValue<string[]>(7), highlight, 0);
        }

        return hits;
    }

    private static string Id(string grainType, string grainKey) => $"{grainType}\u001f{grainKey}";
}
