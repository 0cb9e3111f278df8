namespace DataSpine.Benchmarks.Lineage;

/// <summary>The SQL of the engine's case files (the "sql:" sections, with their "dialect:"), found from the repository root.</summary>
internal static class SqlCorpus
{
    public sealed record Entry(string Sql, string Dialect);

    public static IReadOnlyList<Entry> Load()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Cluster.sln")))
        {
            root = root.Parent;
        }

        var folder = Path.Combine(root?.FullName ?? throw new DirectoryNotFoundException("Cluster.sln not found above the benchmark"), "tests", "SqlLineage.Tests", "Cases");
        var entries = new List<Entry>();
        foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            entries.AddRange(Read(File.ReadAllLines(file)));
        }

        return entries;
    }

    private static IEnumerable<Entry> Read(string[] lines)
    {
        var dialect = "ansi";
        List<string>? sql = null;
        foreach (var line in lines)
        {
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                dialect = "ansi";
            }
            else if (line.StartsWith("dialect:", StringComparison.Ordinal))
            {
                dialect = line["dialect:".Length..].Trim();
            }
            else if (line == "sql:")
            {
                sql = [];
            }
            else if (line == "expect:" && sql is not null)
            {
                yield return new Entry(string.Join('\n', sql), dialect);
                sql = null;
            }
            else
            {
                sql?.Add(line);
            }
        }
    }
}
