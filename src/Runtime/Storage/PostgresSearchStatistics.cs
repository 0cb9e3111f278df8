using Npgsql;

namespace DataSpine.Runtime.Storage;

/// <summary>
/// How common search words and filter values are, from PostgreSQL's own statistics: ANALYZE keeps the most
/// common elements of tsvector and array columns and the most common values of the others, with their
/// frequencies (pg_stats). Re-read at most once a minute. The planner cannot use them for prefix words
/// (it guesses a fixed selectivity for <c>word:*</c>), so search does the estimate itself.
/// </summary>
internal sealed class PostgresSearchStatistics
{
    private static readonly TimeSpan s_maxAge = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan s_maxAgeUnanalyzed = TimeSpan.FromSeconds(5);
    private volatile Snapshot? _snapshot;

    public async ValueTask<Snapshot> GetAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        // Searches that meet a stale snapshot at once each read it again: one cheap query, not worth a lock.
        return _snapshot is { IsFresh: true } fresh ? fresh : _snapshot = await ReadAsync(connection, cancellationToken);
    }

    private static async Task<Snapshot> ReadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT reltuples FROM pg_class WHERE oid = 'search_documents'::regclass)::float8;
            SELECT attname, coalesce(most_common_elems::text, most_common_vals::text)::text[],
                   coalesce(most_common_elem_freqs, most_common_freqs)
            FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'search_documents'
              AND attname IN ('body', 'name_vector', 'type', 'source', 'schema', 'classes')
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var rows = reader.IsDBNull(0) ? -1 : reader.GetDouble(0);
        await reader.NextResultAsync(cancellationToken);
        var columns = new Dictionary<string, IReadOnlyList<(string Value, double Frequency)>>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.IsDBNull(1) || reader.IsDBNull(2))
            {
                continue;
            }

            var values = reader.GetFieldValue<string[]>(1);
            var frequencies = reader.GetFieldValue<float[]>(2);
            columns[reader.GetString(0)] = [.. values.Zip(frequencies, (v, f) => (v, (double)f))];
        }

        return new Snapshot(DateTime.UtcNow, rows, columns);
    }

    /// <summary>The statistics as read: the table's estimated row count (negative before its first ANALYZE), and the common values per column.</summary>
    internal sealed record Snapshot(DateTime ReadAt, double Rows, IReadOnlyDictionary<string, IReadOnlyList<(string Value, double Frequency)>> Columns)
    {
        /// <summary>No statistics: every word counts as rare.</summary>
        public static readonly Snapshot None = new(DateTime.MaxValue, -1, new Dictionary<string, IReadOnlyList<(string Value, double Frequency)>>());

        /// <summary>Until the table's first ANALYZE there is nothing to estimate from; look again soon.</summary>
        public bool IsFresh => DateTime.UtcNow - ReadAt < (Rows > 0 && Columns.Count > 0 ? s_maxAge : s_maxAgeUnanalyzed);

        /// <summary>
        /// For each term, the estimated fraction of documents whose <paramref name="column"/> has a word starting with
        /// it, or null when the column has no statistics yet. A term no common word starts with counts as rare (0).
        /// </summary>
        public double[]? WordFractions(string column, IReadOnlyList<string> terms) =>
            Columns.TryGetValue(column, out var words)
                ? [.. terms.Select(t => Math.Min(1, words.Where(w => w.Value.StartsWith(t, StringComparison.Ordinal)).Sum(w => w.Frequency)))]
                : null;

        /// <summary>The estimated fraction of documents a filter keeps: 1 without the filter, 0 for a value too rare to be listed.</summary>
        public double FilterFraction(string column, string? value, StringComparison comparison)
        {
            if (value is null)
            {
                return 1;
            }

            return Columns.TryGetValue(column, out var common)
                ? Math.Min(1, common.Where(c => string.Equals(c.Value, value, comparison)).Sum(c => c.Frequency))
                : 0;
        }
    }
}
