using DataSpine.SqlLineage.Parsing;
using DataSpine.SqlLineage.Resolution;
using DataSpine.SqlLineage.Tokenizer;

namespace DataSpine.SqlLineage;

/// <summary>
/// Table and column lineage for SQL text. Pure and thread-safe: no I/O, no shared state. Never throws;
/// problems come back as <see cref="LineageResult.Diagnostics"/>.
/// </summary>
public static class SqlLineageEngine
{
    /// <summary>Longest SQL text analysed; larger input is refused with SQL_TOO_LARGE.</summary>
    public const int MaxSqlLength = 2_000_000;

    /// <summary>Most tokens analysed, bounding work for inputs made of tiny tokens.</summary>
    public const int MaxTokens = 400_000;

    public static LineageResult Analyze(LineageRequest request)
    {
        var diagnostics = new List<Diagnostic>();
        try
        {
            return AnalyzeCore(request, diagnostics);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(new Diagnostic("error", DiagnosticCodes.InternalError, $"Lineage analysis failed: {e.GetType().Name}", 1, 1));
            return Empty(diagnostics);
        }
    }

    private static LineageResult AnalyzeCore(LineageRequest? request, List<Diagnostic> diagnostics)
    {
        var sql = request?.Sql ?? "";
        if (sql.Length > MaxSqlLength)
        {
            diagnostics.Add(new Diagnostic("error", DiagnosticCodes.TooLarge, $"SQL is {sql.Length} characters; the limit is {MaxSqlLength}", 1, 1));
            return Empty(diagnostics);
        }

        var dialect = DialectNames.Parse(request?.Dialect);
        var tokens = SqlTokenizer.Tokenize(sql, dialect, diagnostics);
        if (tokens.Count > MaxTokens)
        {
            diagnostics.Add(new Diagnostic("error", DiagnosticCodes.TooLarge, $"SQL has {tokens.Count} tokens; the limit is {MaxTokens}", 1, 1));
            return Empty(diagnostics);
        }

        var statements = Parser.ParseScript(tokens, dialect, diagnostics);
        var catalog = new Catalog(request?.DefaultSchema, request?.Schemas);
        var script = new ScriptResolver(catalog, diagnostics, dialect);
        foreach (var statement in statements)
        {
            script.Resolve(statement);
        }

        return new ResultBuilder(script).Build(diagnostics);
    }

    private static LineageResult Empty(List<Diagnostic> diagnostics) => new([], [], [], diagnostics);
}
