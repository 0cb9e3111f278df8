using System.Text;

namespace DataSpine.SqlLineage.Tests;

/// <summary>
/// Reads Cases/*.txt. A case starts with "### name"; header lines "dialect:", "default_schema:",
/// "schema: table = a, b"; then "sql:" and the SQL up to "expect:"; then "sources:", "targets:",
/// "edges:" (exact) or "direct:" (DIRECT edges only) followed by "src -> dst" (DIRECT) or "src ~> dst"
/// (INDIRECT) lines, optionally ending in " [SUBTYPE, ...]" to check the OpenLineage subtype too, "output:" / "output_direct:" for plain SELECT outputs, and "diagnostics: CODE, ...".
/// </summary>
public static class CaseLoader
{
    private static readonly Lazy<IReadOnlyList<LineageCase>> Cached = new(() => LoadAll("Cases"));
    private static readonly Lazy<IReadOnlyList<LineageCase>> CachedEvaluation = new(() => LoadAll("Evaluation"));
    private static readonly Lazy<IReadOnlyList<LineageCase>> CachedSecondBatch = new(() => LoadAll(Path.Combine("Evaluation", "Batch2")));

    /// <summary>The tuned suite: every case here is also a test of its own.</summary>
    public static IReadOnlyList<LineageCase> All => Cached.Value;

    /// <summary>The separate evaluation set (Evaluation/README.md): scored, never tuned on.</summary>
    public static IReadOnlyList<LineageCase> Evaluation => CachedEvaluation.Value;

    /// <summary>A second evaluation batch, written after the first one's misses had been looked at.</summary>
    public static IReadOnlyList<LineageCase> EvaluationSecondBatch => CachedSecondBatch.Value;

    public static IEnumerable<object[]> Names() => All.Where(c => c.Gap is null).Select(c => new object[] { c.ToString() });

    public static LineageCase Get(string id) => All.Single(c => c.ToString() == id);

    private static List<LineageCase> LoadAll(string folder)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, folder);
        var cases = new List<LineageCase>();
        foreach (var file in Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal))
        {
            cases.AddRange(Parse(file, File.ReadAllLines(file)));
        }

        var duplicate = cases.GroupBy(c => c.ToString()).FirstOrDefault(g => g.Count() > 1);
        return duplicate is not null ? throw new InvalidDataException($"Duplicate case {duplicate.Key}") : cases;
    }

    private static IEnumerable<LineageCase> Parse(string file, string[] lines)
    {
        LineageCase? current = null;
        var sql = new StringBuilder();
        var section = "";
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                if (current is not null)
                {
                    yield return current;
                }

                current = new LineageCase { Name = line[4..].Trim(), File = file };
                sql.Clear();
                section = "header";
                continue;
            }

            if (current is null)
            {
                continue;
            }

            if (section == "sql")
            {
                if (line == "expect:")
                {
                    current.Sql = sql.ToString();
                    section = "expect";
                }
                else
                {
                    sql.Append(raw).Append('\n');
                }

                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            section = ReadLine(current, line.Trim(), section);
        }

        if (current is not null)
        {
            yield return current;
        }
    }

    private static string ReadLine(LineageCase current, string line, string section)
    {
        if (line == "sql:")
        {
            return "sql";
        }

        if (line.Contains("->", StringComparison.Ordinal) || line.Contains("~>", StringComparison.Ordinal))
        {
            var indirect = line.Contains("~>", StringComparison.Ordinal);
            var parts = line.Split(indirect ? "~>" : "->", 2, StringSplitOptions.TrimEntries);
            var target = parts[1];
            List<string?> subtypes = [null];
            if (target.EndsWith(']') && target.LastIndexOf(" [", StringComparison.Ordinal) is > 0 and var open)
            {
                subtypes = [.. List(target[(open + 2)..^1])];
                target = target[..open];
            }

            foreach (var subtype in subtypes)
            {
                (section is "output" ? current.Output : current.Edges)!.Add(new ExpectedEdge(parts[0], target, indirect ? "INDIRECT" : "DIRECT", subtype));
            }

            return section;
        }

        var colon = line.IndexOf(':', StringComparison.Ordinal);
        var key = line[..colon].Trim();
        var value = line[(colon + 1)..].Trim();
        switch (key)
        {
            case "dialect":
                current.Dialect = value;
                break;
            case "default_schema":
                current.DefaultSchema = value;
                break;
            case "schema":
                var eq = value.IndexOf('=', StringComparison.Ordinal);
                current.Schemas[value[..eq].Trim()] = List(value[(eq + 1)..]);
                break;
            case "sources":
                current.Sources = List(value);
                break;
            case "targets":
                current.Targets = List(value);
                break;
            case "edges" or "direct":
                current.Edges = [];
                current.DirectOnly = key == "direct";
                return "edges";
            case "output" or "output_direct":
                current.Output = [];
                current.OutputDirectOnly = key == "output_direct";
                return "output";
            case "gap":
                current.Gap = value;
                break;
            case "diagnostics":
                current.Diagnostics.AddRange(List(value));
                break;
            default:
                throw new InvalidDataException($"Unknown key '{key}' in case {current.Name}");
        }

        return section;
    }

    private static List<string> List(string value) =>
        [.. value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
