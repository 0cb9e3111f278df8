namespace DataSpine.Runtime.Metrics;

/// <summary>
/// One method's calls over the sliding window: <see cref="CallStatistics.Slots"/> slots of
/// <see cref="CallStatistics.SlotSeconds"/> seconds each, filled once a second from the running totals.
/// Five-second slots keep a method's window at about 5 KB with a full latency histogram per slot.
/// </summary>
internal sealed class MethodWindow
{
    private readonly Slot[] _slots = Enumerable.Range(0, CallStatistics.Slots).Select(_ => new Slot()).ToArray();
    private readonly long[] _lastHistogram = new long[LatencyHistogram.BucketCount];
    private long _lastCalls;
    private long _lastErrors;
    private long _lastTicks;

    /// <summary>
    /// Adds what the totals gained since the previous call to the slot of <paramref name="slotNumber"/>
    /// and to <paramref name="second"/> (this second's totals over all methods).
    /// </summary>
    public void Advance(long slotNumber, long calls, long errors, long ticks, ReadOnlySpan<long> histogram, SecondTotals second)
    {
        var slot = _slots[slotNumber % CallStatistics.Slots];
        if (slot.Number != slotNumber)
        {
            slot.Clear(slotNumber);
        }

        var newCalls = calls - _lastCalls;
        var newErrors = errors - _lastErrors;
        var newTicks = ticks - _lastTicks;
        slot.Calls += newCalls;
        slot.Errors += newErrors;
        slot.Ticks += newTicks;
        second.Calls += newCalls;
        second.Errors += newErrors;
        second.Ticks += newTicks;
        for (var bucket = 0; bucket < histogram.Length; bucket++)
        {
            var added = histogram[bucket] - _lastHistogram[bucket];
            slot.Histogram[bucket] += (int)added;   // a 5 s slot never sees 2^31 calls
            second.Histogram[bucket] += added;
        }

        _lastCalls = calls;
        _lastErrors = errors;
        _lastTicks = ticks;
        histogram.CopyTo(_lastHistogram);
    }

    /// <summary>Sums the slots of the window that ends with slot <paramref name="slotNumber"/>.</summary>
    public void Sum(long slotNumber, out long calls, out long errors, out long ticks, Span<long> histogram)
    {
        calls = errors = ticks = 0;
        histogram.Clear();
        foreach (var slot in _slots)
        {
            if (slot.Number > slotNumber - CallStatistics.Slots && slot.Number <= slotNumber)
            {
                calls += slot.Calls;
                errors += slot.Errors;
                ticks += slot.Ticks;
                for (var bucket = 0; bucket < histogram.Length; bucket++)
                {
                    histogram[bucket] += slot.Histogram[bucket];
                }
            }
        }
    }

    private sealed class Slot
    {
        public long Number { get; private set; } = long.MinValue;

        public long Calls { get; set; }

        public long Errors { get; set; }

        public long Ticks { get; set; }

        public int[] Histogram { get; } = new int[LatencyHistogram.BucketCount];

        public void Clear(long number)
        {
            Number = number;
            Calls = Errors = Ticks = 0;
            Array.Clear(Histogram);
        }
    }
}
