using Shouldly;
using Xunit;

namespace DataSpine.SqlLineage.Tests;

public sealed class CaseTests
{
    public static IEnumerable<object[]> Cases() => CaseLoader.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void case_matches_expected_lineage(string id)
    {
        var lineageCase = CaseLoader.Get(id);
        var result = SqlLineageEngine.Analyze(lineageCase.ToRequest());
        var comparison = new CaseComparison(lineageCase, result);
        comparison.Passed.ShouldBeTrue(comparison.Describe());
    }

    [Fact]
    public void the_suite_holds_a_broad_set_of_cases()
    {
        CaseLoader.All.Count.ShouldBeGreaterThanOrEqualTo(200);
        CaseLoader.All.Select(c => c.Dialect).Distinct().Count().ShouldBeGreaterThanOrEqualTo(7);
    }
}
