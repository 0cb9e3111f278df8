using System.Diagnostics;
using DataSpine.SqlLineage;
using DataSpine.SqlLineage.Tokenizer;

namespace DataSpine.Benchmarks.Lineage;

/// <summary>
/// Parse + column lineage throughput on one thread, against tokenizing the same text alone: over the
/// engine's case corpus (tests/SqlLineage.Tests/Cases, every dialect; short statements), and over
/// warehouse SQL of realistic length (dbt models, MERGE, scripts with temp tables).
/// </summary>
internal static class SqlParseBenchmark
{
    private const int Rounds = 7;

    public static Task RunAsync()
    {
        Run("case corpus", SqlCorpus.Load());
        // Repeated so one round is long enough to time well.
        Run("realistic warehouse SQL", [.. Enumerable.Repeat(RealisticSql.Statements, 50).SelectMany(s => s)]);
        return Task.CompletedTask;
    }

    private static void Run(string name, IReadOnlyList<SqlCorpus.Entry> corpus)
    {
        var chars = corpus.Sum(c => c.Sql.Length);
        Tokenize(corpus);
        Analyze(corpus);
        var tokenize = Best(() => Tokenize(corpus));
        var analyze = Best(() => Analyze(corpus));

        Console.WriteLine($"SQL lineage engine, one thread, {name}: {corpus.Count} statements/scripts, {chars / corpus.Count} characters on average:");
        Measure.Row("tokenize only (baseline)", $"{corpus.Count / tokenize:N0} statements/s");
        Measure.Row("parse + resolve + column lineage", $"{corpus.Count / analyze:N0} statements/s  (target >= 5,000)");
        Measure.Row("ratio full analysis / tokenizing", $"{analyze / tokenize:F1}x the time");
    }

    private static double Best(Action body)
    {
        var best = double.MaxValue;
        for (var round = 0; round < Rounds; round++)
        {
            var started = Stopwatch.GetTimestamp();
            body();
            best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalSeconds);
        }

        return best;
    }

    private static void Tokenize(IReadOnlyList<SqlCorpus.Entry> corpus)
    {
        foreach (var entry in corpus)
        {
            SqlTokenizer.Tokenize(entry.Sql, DialectNames.Parse(entry.Dialect), []);
        }
    }

    private static void Analyze(IReadOnlyList<SqlCorpus.Entry> corpus)
    {
        foreach (var entry in corpus)
        {
            SqlLineageEngine.Analyze(new LineageRequest(entry.Sql, entry.Dialect, null));
        }
    }
}
