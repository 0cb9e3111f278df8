using DataSpine.SqlLineage.Limits;
using DataSpine.SqlLineage.Parsing;
using DataSpine.SqlLineage.Resolution;
using DataSpine.SqlLineage.Tokenizer;

namespace DataSpine.SqlLineage;

/// <summary>
/// Table and column lineage for SQL text. Pure and thread-safe: no I/O, no shared state. Never throws
/// except <see cref="OperationCanceledException"/> when the caller's token is cancelled; problems come back
/// as <see cref="LineageResult.Diagnostics"/>. Work is bounded by <see cref="AnalysisLimits"/>.
/// </summary>
public static class SqlLineageEngine
{
    /// <summary>Longest SQL text analysed; larger input is refused with SQL_TOO_LARGE.</summary>
    public const int MaxSqlLength = AnalysisLimits.MaxSqlLength;

    /// <summary>Most tokens analysed, bounding work for inputs made of tiny tokens.</summary>
    public const int MaxTokens = AnalysisLimits.MaxTokens;

    public static LineageResult Analyze(LineageRequest request) => Analyze(request, CancellationToken.None);

    /// <summary>Analyses the SQL, checking the token as it goes so that a timed-out call stops working.</summary>
    public static LineageResult Analyze(LineageRequest request, CancellationToken cancellationToken)
    {
        var diagnostics = new List<Diagnostic>();
        using var budget = AnalysisBudget.Begin(cancellationToken);
        try
        {
            return AnalyzeCore(request, diagnostics);
        }
        catch (LimitExceededException e)
        {
            return Empty([.. diagnostics.Where(d => d.Severity == "error").Take(10), new Diagnostic("error", e.Code, e.Message, 1, 1)]);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
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
