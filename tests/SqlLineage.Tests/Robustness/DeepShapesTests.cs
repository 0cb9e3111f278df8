using Shouldly;
using Xunit;

namespace DataSpine.SqlLineage.Tests.Robustness;

/// <summary>Shapes whose natural tree is as deep as the input is long must not overflow a small stack.</summary>
public sealed class DeepShapesTests
{
    [Theory]
    [InlineData("joins")]
    [InlineData("unions")]
    [InlineData("nested parentheses in FROM")]
    public void long_chains_on_a_small_stack_answer_or_report(string shape)
    {
        var sql = shape switch
        {
            "joins" => "INSERT INTO o SELECT t0.a FROM t0" + string.Concat(Enumerable.Range(0, 40_000).Select(i => $" JOIN t{i + 1} ON t{i + 1}.k = t{i}.k")),
            "unions" => "INSERT INTO o " + string.Join(" UNION ALL ", Enumerable.Range(0, 40_000).Select(i => $"SELECT a FROM t{i}")),
            _ => "INSERT INTO o SELECT a FROM " + new string('(', 50_000) + "t" + new string(')', 50_000),
        };
        LineageResult? result = null;
        var thread = new Thread(() => result = SqlLineageEngine.Analyze(new LineageRequest(sql)), 256 * 1024);

        thread.Start();
        thread.Join();

        result.ShouldNotBeNull().Diagnostics.ShouldNotContain(d => d.Code == DiagnosticCodes.InternalError);
    }
}
