namespace DataSpine.SqlLineage.Parsing;

/// <summary>Words that end an expression or table reference, so they are never taken as an implicit alias.</summary>
internal static class Reserved
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "select", "from", "where", "group", "having", "qualify", "order", "limit", "offset", "fetch", "union",
        "intersect", "except", "minus", "join", "inner", "left", "right", "full", "outer", "cross", "natural",
        "on", "using", "window", "into", "when", "then", "else", "end", "and", "or", "not", "with", "as",
        "lateral", "for", "returning", "set", "values", "pivot", "unpivot", "tablesample", "sample", "connect",
        "start", "semi", "anti", "straight_join", "cluster", "distribute", "sort", "apply", "is", "in", "like",
        "ilike", "between", "case", "insert", "update", "delete", "merge", "create", "drop", "alter", "partition",
        "over", "by", "asc", "desc", "nulls", "escape", "collate", "go", "top", "distinct", "all", "match_recognize",
        "options", "at", "before", "changes", "format", "rlike", "regexp", "similar", "exclude", "replace", "rename",
        "truncate", "use", "declare", "begin", "commit", "rollback", "grant", "revoke", "exec", "execute", "call",
        "lock", "output",
    };

    /// <summary>Reserved words that can never be a column reference where an expression is expected.</summary>
    private static readonly HashSet<string> Structural = new(StringComparer.Ordinal)
    {
        "select", "from", "where", "group", "having", "order", "limit", "union", "intersect", "except", "minus",
        "join", "on", "when", "then", "else", "end", "and", "or", "as", "into", "values", "set", "with", "by",
        "qualify", "window", "over", "is", "in", "like", "between", "inner", "left", "right", "full", "cross",
        "natural", "using", "insert", "update", "delete", "merge", "create", "drop", "alter", "distinct", "all",
        "case", "not", "escape", "asc", "desc", "nulls", "top", "returning", "fetch", "offset", "ilike", "rlike",
        "regexp", "similar",
    };

    public static bool IsStructural(string word) => Structural.Contains(word);

    public static bool Contains(string word) => Words.Contains(word);

    private static readonly HashSet<string> StatementStarts = new(StringComparer.Ordinal)
    {
        "select", "insert", "update", "delete", "merge", "create", "drop", "alter", "with", "truncate", "use",
        "declare", "begin", "commit", "rollback", "grant", "revoke", "exec", "execute", "call", "go", "print",
        "set", "if", "copy", "analyze", "vacuum", "comment", "show", "describe", "explain", "rename", "refresh",
        "msck", "optimize", "cache", "uncache", "unload", "put", "get", "list", "remove", "upsert", "replace",
        "end", "else", "elseif", "while", "for", "loop", "repeat", "until", "exception",
    };

    public static bool IsStatementStart(string word) => StatementStarts.Contains(word);
}
