using System.Diagnostics;
using DataSpine.SqlLineage.Parsing;
using DataSpine.SqlLineage.Resolution;
using DataSpine.SqlLineage.Tokenizer;

namespace DataSpine.SqlLineage.Benchmarks;

/// <summary>Times each engine phase on one input, to show which one stops being linear.</summary>
internal static class Phases
{
    public static void Print(string sql)
    {
        var diagnostics = new List<Diagnostic>();
        var started = Stopwatch.GetTimestamp();
        var tokens = SqlTokenizer.Tokenize(sql, Dialect.Ansi, diagnostics);
        var tokenized = Stopwatch.GetElapsedTime(started);
        var statements = Parser.ParseScript(tokens, Dialect.Ansi, diagnostics);
        var parsed = Stopwatch.GetElapsedTime(started);
        var script = new ScriptResolver(new Catalog(null, null), diagnostics, Dialect.Ansi);
        foreach (var statement in statements)
        {
            script.Resolve(statement);
        }

        var resolved = Stopwatch.GetElapsedTime(started);
        new ResultBuilder(script).Build(diagnostics);
        var built = Stopwatch.GetElapsedTime(started);
        Console.WriteLine($"  phases: tokenize {tokenized.TotalMilliseconds:F0} ms, parse {(parsed - tokenized).TotalMilliseconds:F0} ms, "
            + $"resolve {(resolved - parsed).TotalMilliseconds:F0} ms, result {(built - resolved).TotalMilliseconds:F0} ms");
    }
}
