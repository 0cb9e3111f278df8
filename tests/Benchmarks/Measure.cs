using System.Diagnostics;

namespace DataSpine.Benchmarks;

internal static class Measure
{
    /// <summary>Best of several rounds, in nanoseconds per operation (the least disturbed round).</summary>
    public static async Task<double> NanosPerOpAsync(int operations, Func<int, Task> body, int rounds = 5)
    {
        await body(operations / 10);
        var best = double.MaxValue;
        for (var round = 0; round < rounds; round++)
        {
            var started = Stopwatch.GetTimestamp();
            await body(operations);
            best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalNanoseconds / operations);
        }

        return best;
    }

    /// <summary>The nearest-rank percentile of a set of timings.</summary>
    public static double Percentile(IReadOnlyList<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
    }

    public static void Row(string what, string value) => Console.WriteLine($"  {what,-58} {value}");
}
