using DataSpine.Runtime.Metrics;

namespace DataSpine.Runtime.Tests.Metrics;

public sealed class LatencyHistogramTests
{
    [Theory]
    [InlineData(0L)]
    [InlineData(1_023L)]
    [InlineData(1_024L)]
    [InlineData(1_500L)]
    [InlineData(87_000L)]
    [InlineData(1_000_000L)]
    [InlineData(7_340_033L)]
    [InlineData(2_000_000_000L)]
    [InlineData(30_000_000_000L)]
    public void a_value_falls_inside_its_buckets_bounds(long nanoseconds)
    {
        var (lower, upper) = LatencyHistogram.BoundsOf(LatencyHistogram.BucketOf(nanoseconds));

        nanoseconds.ShouldBeGreaterThanOrEqualTo(lower);
        nanoseconds.ShouldBeLessThan(upper);
    }

    [Fact]
    public void buckets_are_contiguous_and_at_most_a_quarter_wide()
    {
        for (var bucket = 1; bucket < LatencyHistogram.BucketCount; bucket++)
        {
            var (lower, upper) = LatencyHistogram.BoundsOf(bucket);
            lower.ShouldBe(LatencyHistogram.BoundsOf(bucket - 1).Upper);
            ((double)(upper - lower) / lower).ShouldBeLessThanOrEqualTo(0.25);
        }
    }

    [Fact]
    public void beyond_the_last_bucket_values_land_in_it()
    {
        LatencyHistogram.BucketOf(long.MaxValue).ShouldBe(LatencyHistogram.BucketCount - 1);
        LatencyHistogram.BucketOf(-5).ShouldBe(0);
    }

    [Fact]
    public void p99_lands_within_a_quarter_of_the_true_value()
    {
        var counts = new long[LatencyHistogram.BucketCount];
        counts[LatencyHistogram.BucketOf(100_000)] += 985;      // 0.1 ms
        counts[LatencyHistogram.BucketOf(50_000_000)] += 15;    // 50 ms: the slowest 1.5%

        LatencyHistogram.Quantile(counts, 0.99).ShouldBe(50, tolerance: 50 * 0.25);
        LatencyHistogram.Quantile(counts, 0.5).ShouldBe(0.1, tolerance: 0.1 * 0.25);
    }

    [Fact]
    public void no_counts_have_no_quantile()
    {
        LatencyHistogram.Quantile([], 0.99).ShouldBe(0);
        LatencyHistogram.Quantile(new long[LatencyHistogram.BucketCount], 0.99).ShouldBe(0);
    }

    [Fact]
    public void histograms_add_bucket_by_bucket_and_trim_their_empty_tail()
    {
        var merged = new List<long>();
        LatencyHistogram.Add(merged, [1, 2]);
        LatencyHistogram.Add(merged, [0, 1, 0, 4]);

        merged.ShouldBe([1, 3, 0, 4]);
        LatencyHistogram.Trim([1, 0, 3, 0, 0]).ShouldBe([1, 0, 3]);
    }
}
