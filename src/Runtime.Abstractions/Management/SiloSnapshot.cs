namespace DataSpine.Runtime.Management;

/// <summary>A silo's place in the cluster's life cycle (the membership statuses of issue 6).</summary>
public enum SiloStatus
{
    // The numbers are Orleans' and are stored in the membership table: do not renumber.
    Joining = 1,
    Active = 3,
    ShuttingDown = 4,
    Dead = 6,
}

/// <summary>
/// What one silo knows about itself at one moment, for the dashboard: who it is, its activations, its
/// grain calls over the recent window, its process and a per-second history. Snapshots of several
/// silos are merged by the dashboard (counters summed, histograms added), never by the silo.
/// <c>Calls</c> holds the methods called in the last <c>WindowSeconds</c> (60, less just after start);
/// <c>History</c> has one point per second, oldest first, five minutes at most.
/// </summary>
public sealed record SiloSnapshot(
    string Silo,
    SiloStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset TakenAt,
    double UptimeSeconds,
    IReadOnlyList<GrainTypeStatistics> Activations,
    double WindowSeconds,
    IReadOnlyList<MethodCallStatistics> Calls,
    ProcessStatistics Process,
    IReadOnlyList<SecondStatistics> History);

/// <summary>
/// Calls of one grain method on one silo over the snapshot's window. <c>LatencyHistogram</c> counts calls
/// per latency bucket (bounds: <c>LatencyHistogram</c> in DataSpine.Runtime.Metrics) without trailing
/// empty buckets; histograms of several silos add up bucket by bucket.
/// </summary>
public sealed record MethodCallStatistics(
    string GrainType,
    string Method,
    long Calls,
    long Errors,
    double TotalMilliseconds,
    IReadOnlyList<long> LatencyHistogram);

/// <summary>
/// The silo process: CPU (share of the whole machine, all cores, over the last second), memory, garbage
/// collector and thread pool.
/// </summary>
public sealed record ProcessStatistics(
    double CpuPercent,
    long WorkingSetBytes,
    long GcHeapBytes,
    int Gen0Collections,
    int Gen1Collections,
    int Gen2Collections,
    int ThreadPoolThreads,
    long ThreadPoolQueueLength,
    int ProcessorCount);

/// <summary>
/// One second of a silo's life: grain calls in that second, activations and CPU at its end.
/// <c>UnixSecond</c> is by the silo's clock; the points of several silos merge on it.
/// </summary>
public sealed record SecondStatistics(
    long UnixSecond,
    long Calls,
    long Errors,
    double MeanMilliseconds,
    double P99Milliseconds,
    int Activations,
    double CpuPercent,
    long WorkingSetBytes);
