using DataSpine.Grains.Catalog.Classification;
using Xunit.Abstractions;

namespace DataSpine.Grains.Tests.Catalog.Classification;

/// <summary>
/// Issue 20: per-class precision and recall on the tuned set (<see cref="LabelledColumns"/>) and on the
/// independent set (<see cref="IndependentColumns"/>), with sampling on and off; the targets are asserted
/// on the independent set. Print the figures with
/// <c>dotnet test tests/Grains.Tests -m:1 --filter "FullyQualifiedName~IndependentEvaluation" --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class IndependentEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void independent_set_is_large_varied_and_apart_from_the_tuned_set()
    {
        var all = IndependentColumns.All;
        all.Count.ShouldBeGreaterThanOrEqualTo(400);
        all.Select(c => c.TableName).Distinct().Count().ShouldBeGreaterThanOrEqualTo(60);
        all.Count(c => c.Expected.Count == 0).ShouldBeGreaterThanOrEqualTo(150);
        foreach (var cls in PiiClasses.All)
        {
            all.Count(c => c.Expected.Contains(cls)).ShouldBeGreaterThanOrEqualTo(3, cls);
        }

        var tuned = LabelledColumns.All.Select(c => (c.TableName, c.Name)).ToHashSet();
        all.Count(c => tuned.Contains((c.TableName, c.Name))).ShouldBe(0);
    }

    [Fact]
    public void prints_per_class_figures_for_both_sets_with_sampling_on_and_off()
    {
        var sets = new[]
        {
            ("tuned set", LabelledColumns.All),
            ("independent set", IndependentColumns.All),
            ("independent set, batch B only", IndependentColumns.BatchB),
            ("independent set, batch C only", IndependentColumns.BatchC),
        };
        foreach (var (name, set) in sets)
        {
            foreach (var withValues in new[] { true, false })
            {
                var score = EvaluationScore.Of(set, withValues);
                output.WriteLine(score.Report($"{name}, {(withValues ? "sampling on (20 values)" : "names only")}, {set.Count} columns:"));
            }
        }
    }

    [Fact]
    public void independent_set_meets_the_targets_with_sampling()
    {
        var score = EvaluationScore.Of(IndependentColumns.All, withValues: true);
        score.Errors.ForEach(output.WriteLine);
        score.Precision.ShouldBeGreaterThanOrEqualTo(0.95);
        score.Recall.ShouldBeGreaterThanOrEqualTo(0.90);
        score.LookAlikesFlaggedShare.ShouldBeLessThanOrEqualTo(0.02);
    }

    [Fact]
    public void independent_set_meets_the_recall_target_from_names_alone()
    {
        var score = EvaluationScore.Of(IndependentColumns.All, withValues: false);
        score.Errors.ForEach(output.WriteLine);
        score.Recall.ShouldBeGreaterThanOrEqualTo(0.75);
    }
}
