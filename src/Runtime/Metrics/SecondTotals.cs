namespace DataSpine.Runtime.Metrics;

/// <summary>All grain calls of one second on this silo, summed by the sampler over every method.</summary>
internal sealed class SecondTotals
{
    public long Calls { get; set; }

    public long Errors { get; set; }

    public long Ticks { get; set; }

    public long[] Histogram { get; } = new long[LatencyHistogram.BucketCount];

    public double MeanMilliseconds => Calls == 0 ? 0 : CallStatistics.ToMilliseconds(Ticks) / Calls;

    public double P99Milliseconds => LatencyHistogram.Quantile(Histogram, 0.99);
}
