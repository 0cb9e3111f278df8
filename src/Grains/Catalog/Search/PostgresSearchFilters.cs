
namespace DataSpine.Grains.Catalog.Search;

/// <summary>
/// Search filters as words of their own in both tsvectors (" type:view", " source:src1", " schema:sales",
/// " class:email", " term:3fa2…"): a filter is one more exact entry in the GIN AND, so a filtered search reads only the rows
/// it keeps, and the planner knows from ANALYZE how many documents each value keeps. The leading space keeps
/// them apart from words: no term a user types covers them, and the vocabulary leaves them out. Type and
/// classification compare without case; source, schema and term (its id) exactly.
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
        [TypeWord(document.Type), SourceWord(document.Source), .. Optional(document.Schema, SchemaWord), .. document.Classifications.Select(ClassWord),
            .. document.AssignedTerms.Select(t => TermWord(t.Id))];

    /// <summary>The query's filters as a tsquery AND, or null without filters.</summary>
    public static string? Query(SearchQuery query)
    {
        string[] words =
        [
            .. Optional(query.Type, TypeWord), .. Optional(query.Source, SourceWord),
            .. Optional(query.Schema, SchemaWord), .. Optional(query.Classification, ClassWord), .. Optional(query.Term, TermWord),
        ];
        return words.Length == 0 ? null : string.Join(" & ", words.Select(PostgresSearchWords.Lexeme));
    }

    private static string TypeWord(string type) => $" type:{type.ToLowerInvariant()}";

    private static string SourceWord(string source) => $" source:{source}";

    private static string SchemaWord(string schema) => $" schema:{schema}";

    private static string ClassWord(string classification) => $" class:{classification.ToLowerInvariant()}";

    private static string TermWord(string termId) => $" term:{termId}";

    private static string[] Optional(string? value, Func<string, string> word) => value is null ? [] : [word(value)];
}
