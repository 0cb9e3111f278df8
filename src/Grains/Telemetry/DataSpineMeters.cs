using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace DataSpine.Grains.Telemetry;

/// <summary>
/// DataSpine's own instruments (meter "DataSpine"), exported at /metrics by prometheus-net beside Orleans'
/// meters: scans and the assets they took in, search latency, schemas registered, SQL statements analysed, CDC lag.
/// </summary>
internal static class DataSpineMeters
{
    private static readonly Meter Meter = new("DataSpine");

    private static readonly Counter<long> Scans = Meter.CreateCounter<long>("scans", description: "Scans finished, by status.");

    private static readonly Counter<long> ScannedAssets = Meter.CreateCounter<long>("scan.assets", description: "Assets a scan harvested (new or changed).");

    private static readonly Histogram<double> SearchDuration = Meter.CreateHistogram<double>("search.duration.seconds", "s", "Full-text searches, from query to page.");

    private static readonly Counter<long> SchemasRegistered = Meter.CreateCounter<long>("registry.registrations", description: "Schema registrations, by outcome.");

    private static readonly Counter<long> SqlStatements = Meter.CreateCounter<long>("lineage.sql.analyses", description: "SQL texts analysed for lineage.");

    private static readonly Histogram<double> CdcLagSeconds = Meter.CreateHistogram<double>("cdc.lag.seconds", "s", "CDC route lag: source commit to sink commit, per route.");

    public static void CdcLag(string routeId, double seconds) => CdcLagSeconds.Record(seconds, new KeyValuePair<string, object?>("route", routeId));

    public static void ScanFinished(string status) => Scans.Add(1, new KeyValuePair<string, object?>("status", status));

    public static void AssetHarvested() => ScannedAssets.Add(1);

    public static void Searched(long startedTimestamp) => SearchDuration.Record(Stopwatch.GetElapsedTime(startedTimestamp).TotalSeconds);

    public static void SchemaRegistration(bool succeeded) =>
        SchemasRegistered.Add(1, new KeyValuePair<string, object?>("outcome", succeeded ? "registered" : "refused"));

    public static void SqlAnalysed() => SqlStatements.Add(1);
}
