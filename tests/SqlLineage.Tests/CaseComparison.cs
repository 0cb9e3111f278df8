using System.Text;

namespace DataSpine.SqlLineage.Tests;

/// <summary>Compares an engine result with a case's expectations and scores it.</summary>
public sealed class CaseComparison
{
    public CaseComparison(LineageCase expected, LineageResult actual)
    {
        Case = expected;
        Actual = actual;
        TablesMatch = (expected.Sources is null || expected.Sources.Order(StringComparer.Ordinal).SequenceEqual(actual.Sources))
            && (expected.Targets is null || expected.Targets.Order(StringComparer.Ordinal).SequenceEqual(actual.Targets));
        if (expected.Edges is not null)
        {
            Score(expected.Edges, actual.ColumnEdges, expected.DirectOnly);
        }

        if (expected.Output is not null)
        {
            Score(expected.Output, actual.OutputColumnEdges, expected.OutputDirectOnly);
        }

        MissingDiagnostics = [.. expected.Diagnostics.Where(code => actual.Diagnostics.All(d => d.Code != code))];
    }

    public LineageCase Case { get; }

    public LineageResult Actual { get; }

    public bool TablesMatch { get; }

    public int TruePositives { get; private set; }

    public List<ColumnEdge> Missing { get; } = [];

    public List<ColumnEdge> Unexpected { get; } = [];

    public List<string> MissingDiagnostics { get; }

    public bool Passed => TablesMatch && Missing.Count == 0 && Unexpected.Count == 0 && MissingDiagnostics.Count == 0;

    private void Score(HashSet<ColumnEdge> expected, IReadOnlyList<ColumnEdge> actualEdges, bool directOnly)
    {
        var actual = actualEdges.Where(e => !directOnly || e.Type == "DIRECT").ToHashSet();
        var wanted = expected.Where(e => !directOnly || e.Type == "DIRECT").ToHashSet();
        TruePositives += wanted.Count(actual.Contains);
        Missing.AddRange(wanted.Where(e => !actual.Contains(e)));
        Unexpected.AddRange(actual.Where(e => !wanted.Contains(e)));
    }

    public string Describe()
    {
        var text = new StringBuilder();
        text.AppendLine($"Case {Case}");
        if (!TablesMatch)
        {
            text.AppendLine($"  sources expected [{string.Join(", ", Case.Sources ?? [])}] actual [{string.Join(", ", Actual.Sources)}]");
            text.AppendLine($"  targets expected [{string.Join(", ", Case.Targets ?? [])}] actual [{string.Join(", ", Actual.Targets)}]");
        }

        foreach (var edge in Missing)
        {
            text.AppendLine($"  missing    {Format(edge)}");
        }

        foreach (var edge in Unexpected)
        {
            text.AppendLine($"  unexpected {Format(edge)}");
        }

        foreach (var code in MissingDiagnostics)
        {
            text.AppendLine($"  missing diagnostic {code}");
        }

        foreach (var diagnostic in Actual.Diagnostics)
        {
            text.AppendLine($"  diagnostic {diagnostic.Code} {diagnostic.Line}:{diagnostic.Column} {diagnostic.Message}");
        }

        return text.ToString();
    }

    private static string Format(ColumnEdge edge) =>
        $"{edge.Source} {(edge.Type == "DIRECT" ? "->" : "~>")} {edge.Target}";
}
