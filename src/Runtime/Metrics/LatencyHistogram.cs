using System.Numerics;

namespace DataSpine.Runtime.Metrics;

/// <summary>
/// A fixed log-linear latency histogram: four buckets per power of two from 1 µs to about 68 s (each
/// bucket at most 25% wide), one underflow bucket below 1 µs and the last bucket open-ended. Recording
/// is an index computation and one increment, so percentiles cost no stored samples; histograms of
/// several methods or silos merge by adding counts bucket by bucket.
/// </summary>
public static class LatencyHistogram
{
    private const int FirstPower = 10;   // 2^10 ns ≈ 1 µs
    private const int LastPower = 35;    // 2^36 ns ≈ 68 s is the top of the last regular bucket
    private const int SubBuckets = 4;

    public const int BucketCount = 1 + ((LastPower - FirstPower + 1) * SubBuckets);

    /// <summary>The bucket of a duration in nanoseconds.</summary>
    public static int BucketOf(long nanoseconds)
    {
        if (nanoseconds < 1L << FirstPower)
        {
            return 0;
        }

        var power = 63 - BitOperations.LeadingZeroCount((ulong)nanoseconds);
        if (power > LastPower)
        {
            return BucketCount - 1;
        }

        var sub = (int)(nanoseconds >> (power - 2)) & (SubBuckets - 1);
        return 1 + ((power - FirstPower) * SubBuckets) + sub;
    }

    /// <summary>The lower and upper bound of a bucket, in nanoseconds.</summary>
    public static (long Lower, long Upper) BoundsOf(int bucket)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bucket);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(bucket, BucketCount);
        if (bucket == 0)
        {
            return (0, 1L << FirstPower);
        }

        var power = FirstPower + ((bucket - 1) / SubBuckets);
        var sub = (bucket - 1) % SubBuckets;
        return ((long)(SubBuckets + sub) << (power - 2), (long)(SubBuckets + sub + 1) << (power - 2));
    }

    /// <summary>
    /// The <paramref name="quantile"/> (0..1) of the counts in milliseconds, interpolated linearly inside
    /// its bucket (as Prometheus' histogram_quantile does); 0 when there are no counts.
    /// </summary>
    public static double Quantile(IReadOnlyList<long> counts, double quantile)
    {
        ArgumentNullException.ThrowIfNull(counts);
        long total = 0;
        foreach (var count in counts)
        {
            total += count;
        }

        if (total == 0)
        {
            return 0;
        }

        var rank = Math.Max(1, Math.Ceiling(quantile * total));
        long seen = 0;
        for (var bucket = 0; bucket < counts.Count; bucket++)
        {
            if (counts[bucket] == 0 || seen + counts[bucket] < rank)
            {
                seen += counts[bucket];
                continue;
            }

            var (lower, upper) = BoundsOf(Math.Min(bucket, BucketCount - 1));
            var fraction = (rank - seen) / counts[bucket];
            return (lower + ((upper - lower) * fraction)) / 1e6;
        }

        return BoundsOf(BucketCount - 1).Upper / 1e6;
    }

    /// <summary>Adds <paramref name="counts"/> into <paramref name="into"/> (which grows as needed).</summary>
    public static void Add(List<long> into, IReadOnlyList<long> counts)
    {
        ArgumentNullException.ThrowIfNull(into);
        ArgumentNullException.ThrowIfNull(counts);
        for (var bucket = 0; bucket < counts.Count; bucket++)
        {
            if (bucket == into.Count)
            {
                into.Add(0);
            }

            into[bucket] += counts[bucket];
        }
    }

    /// <summary>The counts without trailing empty buckets, as a snapshot carries them.</summary>
    public static long[] Trim(ReadOnlySpan<long> counts)
    {
        var length = counts.Length;
        while (length > 0 && counts[length - 1] == 0)
        {
            length--;
        }

        return counts[..length].ToArray();
    }
}
