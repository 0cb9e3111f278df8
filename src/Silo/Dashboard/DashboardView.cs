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

/// <summary><c>Silos</c> counts the listed rows (dead ones too); <c>ActiveSilos</c> those Active that answer.</summary>
public sealed record ClusterTotals(int Silos, int ActiveSilos, int Activations, CallRates Calls);

/// <summary>
/// A silo: its own snapshot when it answered (<c>Answering</c>), otherwise what the membership table says
/// of it (no process statistics, no calls; <c>UptimeSeconds</c> runs from its start to when it was last
/// heard of). <c>Address</c> is its membership address (host:port:generation), null on a single node.
/// </summary>
public sealed record SiloRow(
    string Silo,
    string? Address,
    SiloStatus Status,
    bool Answering,
    DateTimeOffset StartedAt,
    double UptimeSeconds,
    int Activations,
    CallRates Calls,
    ProcessStatistics? Process,
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

/// <summary>Activations of one grain type on one silo, named by its address (its name on a single node).</summary>
public sealed record SiloActivations(string Silo, int Activations);

public sealed record MethodRow(string Method, CallRates Calls);

/// <summary>
/// One second of the whole cluster: calls and errors in it, their mean latency, activations at its end.
/// P99Milliseconds is the highest of the silos' p99s in that second, an upper bound of the cluster's.
/// </summary>
public sealed record HistoryPoint(long UnixSecond, long Calls, long Errors, double MeanMilliseconds, double P99Milliseconds, int Activations);
