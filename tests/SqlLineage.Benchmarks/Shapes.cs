using System.Diagnostics;
using System.Text;

namespace DataSpine.SqlLineage.Benchmarks;

/// <summary>Hostile shapes at two sizes: a ratio near 2 for twice the input is linear, near 4 quadratic.</summary>
internal static class Shapes
{
    public static readonly Dictionary<string, Func<int, string>> Generators = new()
    {
        ["joins"] = n => "INSERT INTO o SELECT t0.a FROM t0" + Repeat(n, i => $" JOIN t{i + 1} ON t{i + 1}.k = t{i}.k"),
        ["union all branches"] = n => "INSERT INTO o " + string.Join(" UNION ALL ", Enumerable.Range(0, n).Select(i => $"SELECT a, b FROM t{i}")),
        ["cte chain"] = n => "WITH c0 AS (SELECT a FROM t)" + Repeat(n, i => $", c{i + 1} AS (SELECT a FROM c{i})") + $" INSERT INTO o SELECT a FROM c{n}",
        ["temp table chain"] = n => Repeat(n, i => $"CREATE TEMP TABLE x{i + 1} AS SELECT a FROM x{i};") + $"INSERT INTO o SELECT a FROM x{n};",
        ["case branches"] = n => "INSERT INTO o SELECT CASE" + Repeat(n, i => $" WHEN k = {i} THEN c{i}") + " END FROM t",
        ["in list"] = n => "INSERT INTO o SELECT a FROM t WHERE k IN (" + string.Join(", ", Enumerable.Range(0, n)) + ")",
    };

    public static void Print()
    {
        foreach (var (name, generator) in Generators)
        {
            Probe(name, generator);
        }
    }

    private static void Probe(string name, Func<int, string> sql) => Probe(name, sql, 2_000);

    public static void Probe(string name, Func<int, string> sql, int size)
    {
        var small = Time(sql(size));
        var large = Time(sql(size * 2));
        var errors = SqlLineageEngine.Analyze(new LineageRequest(sql(size * 2), "postgres")).Diagnostics.Where(d => d.Severity == "error").Select(d => d.Code).Distinct();
        Console.WriteLine($"  {name,-20} {size:N0}: {small * 1000,7:F1} ms   {size * 2:N0}: {large * 1000,7:F1} ms   ratio {large / small:F1}  {string.Join(' ', errors)}");
    }

    private static double Time(string sql)
    {
        SqlLineageEngine.Analyze(new LineageRequest(sql, "postgres"));
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            // CPU time, not wall time: on a shared machine waiting for a core is not the engine's time.
            var before = Process.GetCurrentProcess().TotalProcessorTime;
            SqlLineageEngine.Analyze(new LineageRequest(sql, "postgres"));
            best = Math.Min(best, (Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds);
        }

        return best;
    }

    private static string Repeat(int n, Func<int, string> part)
    {
        var text = new StringBuilder();
        for (var i = 0; i < n; i++)
        {
            text.Append(part(i));
        }

        return text.ToString();
    }
}
