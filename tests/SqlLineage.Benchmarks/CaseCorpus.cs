namespace DataSpine.SqlLineage.Benchmarks;

/// <summary>The SQL of every case in tests/SqlLineage.Tests/Cases (realistic short statements and scripts, all dialects).</summary>
internal static class CaseCorpus
{
    public static List<LineageRequest> Load()
    {
        var folder = FindCases();
        var requests = new List<LineageRequest>();
        foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var dialect = "ansi";
            List<string>? sql = null;
            foreach (var line in File.ReadLines(file))
            {
                if (line.StartsWith("### ", StringComparison.Ordinal))
                {
                    dialect = "ansi";
                }
                else if (sql is null && line.StartsWith("dialect:", StringComparison.Ordinal))
                {
                    dialect = line["dialect:".Length..].Trim();
                }
                else if (line == "sql:")
                {
                    sql = [];
                }
                else if (line == "expect:" && sql is not null)
                {
                    requests.Add(new LineageRequest(string.Join('\n', sql), dialect));
                    sql = null;
                }
                else
                {
                    sql?.Add(line);
                }
            }
        }

        return requests;
    }

    private static string FindCases()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "SqlLineage.Tests", "Cases");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/SqlLineage.Tests/Cases not found above " + AppContext.BaseDirectory);
    }
}
