using DataSpine.Runtime.Management;

namespace DataSpine.Silo.Dashboard;

/// <summary>The dashboard's whole picture of the cluster: every page reads from it.</summary>
public sealed record DashboardView(
    DateTimeOffset TakenAt,
    ClusterTotals Totals,
    IReadOnlyList<SiloRow> Silos,
    IReadOnlyList<GrainTypeRow> GrainTypes,
    IReadOnlyList<HistoryPoint> History);

/// <summary>Calls over the last minute: rates, counts, mean latency and p99 (from merged histograms).</summary>
public sealed record CallRates(
    double CallsPerSecond,
    double ErrorsPerSecond,
    long Calls,
    long Errors,
    double MeanMilliseconds,
    double P99Milliseconds);

public sealed record ClusterTotals(int Silos, int ActiveSilos, int Activations, CallRates Calls);

public sealed record SiloRow(
    string Silo,
    SiloStatus Status,
    DateTimeOffset StartedAt,
    double UptimeSeconds,
    int Activations,
    CallRates Calls,
    ProcessStatistics Process,
    IReadOnlyList<GrainTypeStatistics> ActivationsByType,
    IReadOnlyList<SiloPoint> History);

/// <summary>One second of one silo's process, for the silos page's charts.</summary>
public sealed record SiloPoint(long UnixSecond, double CpuPercent, long WorkingSetBytes);

public sealed record GrainTypeRow(
    string GrainType,
    int Activations,
    IReadOnlyList<SiloActivations> ActivationsBySilo,
    CallRates Calls,
    IReadOnlyList<MethodRow> Methods);

public sealed record SiloActivations(string Silo, int Activations);

public sealed record MethodRow(string Method, CallRates Calls);

/// <summary>
/// One second of the whole cluster: calls and errors in it, their mean latency, activations at its end.
/// P99Milliseconds is the highest of the silos' p99s in that second, an upper bound of the cluster's.
/// </summary>
public sealed record HistoryPoint(long UnixSecond, long Calls, long Errors, double MeanMilliseconds, double P99Milliseconds, int Activations);
