using System.Text;

namespace DataSpine.SqlLineage.Tests;

/// <summary>
/// Compares an engine result with a case's expectations and scores it. Edges are matched on source,
/// target and type; where the case names a subtype, the engine's subtypes for that edge must be exactly
/// the ones the case lists.
/// </summary>
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

    public List<ExpectedEdge> Missing { get; } = [];

    public List<ExpectedEdge> Unexpected { get; } = [];

    public List<string> MissingDiagnostics { get; }

    public bool Passed => TablesMatch && Missing.Count == 0 && Unexpected.Count == 0 && MissingDiagnostics.Count == 0;

    private void Score(HashSet<ExpectedEdge> expected, IReadOnlyList<ColumnEdge> actualEdges, bool directOnly)
    {
        var actual = actualEdges.Where(e => !directOnly || e.Type == "DIRECT").Select(ExpectedEdge.Of).ToList();
        var wanted = expected.Where(e => !directOnly || e.Type == "DIRECT").ToList();
        var actualKeys = actual.Select(e => e.Key).ToHashSet();
        var wantedKeys = wanted.Select(e => e.Key).ToHashSet();
        var checkedSubtypes = wanted.Where(e => e.Subtype is not null).Select(e => e.Key).ToHashSet();

        foreach (var key in wantedKeys)
        {
            if (actualKeys.Contains(key))
            {
                TruePositives++;
            }
            else
            {
                Missing.Add(new ExpectedEdge(key.Item1, key.Item2, key.Item3));
            }
        }

        Unexpected.AddRange(actual.Where(e => !wantedKeys.Contains(e.Key)).Select(e => e with { Subtype = null }).Distinct());
        foreach (var key in checkedSubtypes.Where(actualKeys.Contains))
        {
            var want = wanted.Where(e => e.Key == key).Select(e => e.Subtype).ToHashSet();
            var got = actual.Where(e => e.Key == key).Select(e => e.Subtype).ToHashSet();
            Missing.AddRange(wanted.Where(e => e.Key == key && !got.Contains(e.Subtype)));
            Unexpected.AddRange(actual.Where(e => e.Key == key && !want.Contains(e.Subtype)));
        }
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
            text.AppendLine($"  missing    {edge}");
        }

        foreach (var edge in Unexpected)
        {
            text.AppendLine($"  unexpected {edge}");
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
}
