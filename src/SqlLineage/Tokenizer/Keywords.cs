namespace DataSpine.SqlLineage.Tokenizer;

/// <summary>Lower-cases words, reusing one string instance for common keywords to spare allocations.</summary>
internal static class Keywords
{
    private static readonly string[] Common =
    [
        "select", "from", "where", "and", "or", "not", "as", "on", "join", "left", "right", "inner", "outer",
        "full", "cross", "group", "by", "order", "having", "union", "all", "distinct", "case", "when", "then",
        "else", "end", "in", "is", "null", "with", "insert", "into", "values", "update", "set", "delete",
        "create", "table", "view", "or", "replace", "drop", "alter", "merge", "using", "matched", "limit",
        "over", "partition", "cast", "count", "sum", "max", "min", "avg", "like", "between", "exists",
        "asc", "desc", "true", "false", "id", "name", "if", "temp", "temporary", "qualify", "lateral",
    ];

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup = BuildLookup();

    private static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BuildLookup()
    {
        var dictionary = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in Common)
        {
            dictionary[word] = word;
        }

        return dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static string Normalize(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(buffer);
        return Lookup.TryGetValue(buffer, out var known) ? known : new string(buffer);
    }
}
