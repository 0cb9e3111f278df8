using System.Text;

namespace DataSpine.SqlLineage.Tests;

/// <summary>Table-lineage exact match and column-edge precision, recall and F1 over a set of cases.</summary>
public sealed class AccuracyScore
{
    public AccuracyScore(IReadOnlyList<LineageCase> cases)
    {
        Comparisons = [.. cases.Select(c => new CaseComparison(c, SqlLineageEngine.Analyze(c.ToRequest())))];
        var tableCases = Comparisons.Where(c => c.Case.Sources is not null || c.Case.Targets is not null).ToList();
        TableCases = tableCases.Count;
        TableExact = tableCases.Count(c => c.TablesMatch) / (double)Math.Max(1, tableCases.Count);

        var truePositives = Comparisons.Sum(c => c.TruePositives);
        var falsePositives = Comparisons.Sum(c => c.Unexpected.Count);
        var falseNegatives = Comparisons.Sum(c => c.Missing.Count);
        Precision = truePositives / (double)Math.Max(1, truePositives + falsePositives);
        Recall = truePositives / (double)Math.Max(1, truePositives + falseNegatives);
        F1 = Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
        Counts = $"tp {truePositives}, fp {falsePositives}, fn {falseNegatives}";
    }

    public List<CaseComparison> Comparisons { get; }

    public int TableCases { get; }

    public double TableExact { get; }

    public double Precision { get; }

    public double Recall { get; }

    public double F1 { get; }

    private string Counts { get; }

    public string Summary(string name)
    {
        var text = new StringBuilder();
        text.AppendLine($"{name}: {Comparisons.Count} cases (known gaps: {Comparisons.Count(c => c.Case.Gap is not null)})");
        text.AppendLine($"  table lineage exact match: {TableExact:P2} over {TableCases} cases");
        text.AppendLine($"  column edges: precision {Precision:P2}, recall {Recall:P2}, F1 {F1:P2} ({Counts})");
        return text.ToString();
    }
}
