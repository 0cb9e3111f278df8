using System.Diagnostics;
using Shouldly;
using Xunit;

namespace DataSpine.SqlLineage.Tests.Robustness;

/// <summary>
/// Wide statements must take time linear in their size. The release-build figure (100,000 columns well
/// under 1 s) comes from tests/SqlLineage.Benchmarks; here the bounds are loose enough for a debug build on
/// a busy machine, and the doubling check catches a quadratic step (it would show as about 4x).
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class LinearTimeTests
{
    [Fact]
    public void a_100000_column_select_answers_in_seconds_not_minutes()
    {
        var sql = WideSql.Select(100_000);

        var watch = Stopwatch.StartNew();
        var result = SqlLineageEngine.Analyze(new LineageRequest(sql));

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(8));
        result.Sources.ShouldBe(["wide_table"]);
        result.OutputColumnEdges.Count.ShouldBe(100_000);
    }

    [Fact]
    public void doubling_the_columns_about_doubles_the_time()
    {
        SqlLineageEngine.Analyze(new LineageRequest(WideSql.Select(5_000)));
        var small = Best(() => SqlLineageEngine.Analyze(new LineageRequest(WideSql.Select(10_000))));
        var large = Best(() => SqlLineageEngine.Analyze(new LineageRequest(WideSql.Select(40_000))));

        // Linear is 4x for 4x the columns; quadratic would be 16x.
        (large / small).ShouldBeLessThan(9.0);
    }

    private static double Best(Action body)
    {
        var best = double.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var watch = Stopwatch.StartNew();
            body();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        return best;
    }
}
