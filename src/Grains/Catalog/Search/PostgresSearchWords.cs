using System.Text;
using Npgsql;

namespace DataSpine.Grains.Catalog.Search;

/// <summary>
/// The vocabulary of search: every word any document's tsvector holds, in a B-tree, written in the same
/// transaction as the document. Search turns each prefix term into the words it covers, so GIN looks up
/// exact entries: it can then skip through the posting lists of an AND (on the benchmark's table, body
/// 'sales' &amp; 'customer' took 2 ms where sales:* &amp; cus:* took 47 ms: a prefix first merges all its postings
/// into a bitmap), and the planner knows from ANALYZE how common each word is and reads a common one by a scan.
/// Words of deleted documents stay (an extra word matches nothing); they only bring a prefix nearer the cap.
/// </summary>
internal static class PostgresSearchWords
{
    /// <summary>A prefix covering more words than this stays a prefix: a long OR costs what the bitmap does.</summary>
    internal const int MaxWordsPerPrefix = 64;

    public const string Schema = """
        DO $$ BEGIN
            IF to_regclass('search_words') IS NULL THEN
                CREATE TABLE search_words (word TEXT COLLATE "C" PRIMARY KEY);
                INSERT INTO search_words SELECT DISTINCT w FROM search_documents, unnest(tsvector_to_array(body)) w WHERE left(w, 1) <> ' ';
            END IF;
        END $$;
        """;

    /// <summary>
    /// Appended to a statement <c>WITH document AS (INSERT ... RETURNING body)</c>; filter words (a leading space,
    /// see <see cref="PostgresSearchFilters"/>) stay out. The words go in sorted order:
    /// a writer waits for another that inserted the same new word to commit, and the same order for all means no
    /// two writers wait for each other.
    /// </summary>
    public const string InsertFromDocument = """
        INSERT INTO search_words (word)
        SELECT w FROM document, unnest(tsvector_to_array(document.body)) w WHERE left(w, 1) <> ' ' ORDER BY w
        ON CONFLICT DO NOTHING
        """;

    /// <summary>
    /// The terms as a tsquery: each term as the words it is a prefix of, or as a prefix when it covers none or
    /// more than <see cref="MaxWordsPerPrefix"/>. Matches exactly what <c>term:*</c> for every term matches.
    /// </summary>
    public static async Task<string> QueryAsync(NpgsqlConnection connection, IReadOnlyList<string> terms, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT array(SELECT word FROM search_words WHERE word >= t AND word < t || chr(1114111) ORDER BY word LIMIT @cap)
            FROM unnest(@terms::text[]) WITH ORDINALITY AS u(t, n) ORDER BY n
            """, connection);
        command.Parameters.AddWithValue("terms", terms.ToArray());
        command.Parameters.AddWithValue("cap", MaxWordsPerPrefix + 1);
        await command.PrepareAsync(cancellationToken);
        var query = new StringBuilder();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        for (var i = 0; await reader.ReadAsync(cancellationToken); i++)
        {
            var words = reader.GetFieldValue<string[]>(0);
            query.Append(i == 0 ? "" : " & ");
            if (words.Length is 0 or > MaxWordsPerPrefix)
            {
                query.Append(Lexeme(terms[i])).Append(":*");
            }
            else
            {
                query.Append('(').AppendJoin(" | ", words.Select(Lexeme)).Append(')');
            }
        }

        return query.ToString();
    }

    /// <summary>Every term as a prefix, without the vocabulary.</summary>
    public static string PrefixQuery(IReadOnlyList<string> terms) => string.Join(" & ", terms.Select(t => $"{Lexeme(t)}:*"));

    /// <summary>A word quoted for tsquery input, which takes it as it is (no parsing, no lower-casing).</summary>
    internal static string Lexeme(string word) => $"'{word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal)}'";
}
