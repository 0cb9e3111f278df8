using DataSpine.Runtime.Search;

namespace DataSpine.Runtime.Storage;

/// <summary>
/// Search filters as words of their own in both tsvectors (" type:view", " source:src1", " schema:sales",
/// " class:email"): a filter is one more exact entry in the GIN AND, so a filtered search reads only the rows
/// it keeps, and the planner knows from ANALYZE how many documents each value keeps. The leading space keeps
/// them apart from words: no term a user types covers them, and the vocabulary leaves them out. Type and
/// classification compare without case, source and schema exactly.
/// </summary>
internal static class PostgresSearchFilters
{
    /// <summary>Adds the filter words to tables written before them, once (the table's comment marks it done).</summary>
    public const string Schema = """
        DO $$ BEGIN
            IF obj_description('search_documents'::regclass, 'pg_class') IS DISTINCT FROM 'filters as words' THEN
                UPDATE search_documents SET body = body || f.words, name_vector = name_vector || f.words
                FROM (SELECT grain_type AS t, grain_key AS k, array_to_tsvector(array_remove(
                          ARRAY[' type:' || lower(type), ' source:' || source, ' schema:' || schema]
                          || ARRAY(SELECT ' class:' || lower(c) FROM unnest(classes) c), NULL)) AS words
                      FROM search_documents) f
                WHERE grain_type = f.t AND grain_key = f.k;
                COMMENT ON TABLE search_documents IS 'filters as words';
            END IF;
        END $$;
        """;

    public static string[] Of(SearchDocument document) =>
    [
        $" type:{document.Type.ToLowerInvariant()}",
        $" source:{document.Source}",
        .. document.Schema is { } schema ? [$" schema:{schema}"] : Array.Empty<string>(),
        .. document.Classifications.Select(c => $" class:{c.ToLowerInvariant()}"),
    ];

    /// <summary>The query's filters as a tsquery AND, or null without filters.</summary>
    public static string? Query(SearchQuery query)
    {
        string?[] words =
        [
            query.Type is { } type ? $" type:{type.ToLowerInvariant()}" : null,
            query.Source is { } source ? $" source:{source}" : null,
            query.Schema is { } schema ? $" schema:{schema}" : null,
            query.Classification is { } classification ? $" class:{classification.ToLowerInvariant()}" : null,
        ];
        var present = words.OfType<string>().Select(PostgresSearchWords.Lexeme).ToList();
        return present.Count == 0 ? null : string.Join(" & ", present);
    }
}
