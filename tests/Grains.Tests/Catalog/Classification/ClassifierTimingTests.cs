using System.Diagnostics;
using System.Globalization;
using DataSpine.Grains.Catalog.Classification;
using Xunit.Abstractions;

namespace DataSpine.Grains.Tests.Catalog.Classification;

/// <summary>
/// Issue 20, speed: the classifier's time per column, names only and with 20 sampled values, over the
/// independent set (libphonenumber and the name lists run on every sampled value). A coarse ceiling keeps
/// it from rotting; the figure is printed for the closing note.
/// </summary>
public sealed class ClassifierTimingTests(ITestOutputHelper output)
{
    [Fact]
    public void classifying_a_column_takes_well_under_a_millisecond_on_average()
    {
        var columns = IndependentColumns.All;
        var namesOnly = MicrosecondsPerColumn(columns, withValues: false);
        var withValues = MicrosecondsPerColumn(columns, withValues: true);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"classifier time per column over {columns.Count} columns: names only {namesOnly:F1} µs, with 20 sampled values {withValues:F1} µs"));

        withValues.ShouldBeLessThan(5_000);
    }

    private static double MicrosecondsPerColumn(IReadOnlyList<LabelledColumn> columns, bool withValues)
    {
        var options = new ClassifierOptions { UseValues = withValues };
        var samples = columns.Select(c => c.ToSample(withValues)).ToArray();
        foreach (var sample in samples)
        {
            ColumnClassifier.Classify(sample, options); // warm-up: JIT, lazy lists, libphonenumber metadata
        }

        const int rounds = 5;
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var sample in samples)
            {
                ColumnClassifier.Classify(sample, options);
            }
        }

        return clock.Elapsed.TotalMicroseconds / (rounds * samples.Length);
    }
}
