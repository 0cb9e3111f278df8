using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace DataSpine.SqlLineage.Tests;

/// <summary>
/// Scores the engine over every case, known gaps included: table-lineage exact match and column-edge F1.
/// Print with: dotnet test tests/SqlLineage.Tests --filter accuracy_over_the_whole_suite --logger "console;verbosity=detailed".
/// </summary>
public sealed class AccuracyTests(ITestOutputHelper output)
{
    [Fact]
    public void accuracy_over_the_whole_suite()
    {
        var comparisons = CaseLoader.All.Select(c => new CaseComparison(c, SqlLineageEngine.Analyze(c.ToRequest()))).ToList();
        var tableCases = comparisons.Where(c => c.Case.Sources is not null || c.Case.Targets is not null).ToList();
        var tableExact = tableCases.Count(c => c.TablesMatch) / (double)tableCases.Count;

        var truePositives = comparisons.Sum(c => c.TruePositives);
        var falsePositives = comparisons.Sum(c => c.Unexpected.Count);
        var falseNegatives = comparisons.Sum(c => c.Missing.Count);
        var precision = truePositives / (double)Math.Max(1, truePositives + falsePositives);
        var recall = truePositives / (double)Math.Max(1, truePositives + falseNegatives);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

        output.WriteLine($"cases: {comparisons.Count} (known gaps: {comparisons.Count(c => c.Case.Gap is not null)})");
        output.WriteLine($"table lineage exact match: {tableExact:P2} over {tableCases.Count} cases");
        output.WriteLine($"column edges: precision {precision:P2}, recall {recall:P2}, F1 {f1:P2} (tp {truePositives}, fp {falsePositives}, fn {falseNegatives})");
        foreach (var failed in comparisons.Where(c => !c.Passed))
        {
            output.WriteLine(failed.Describe());
        }

        tableExact.ShouldBeGreaterThanOrEqualTo(0.98);
        f1.ShouldBeGreaterThanOrEqualTo(0.95);
    }
}
