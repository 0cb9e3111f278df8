using Orleans.Concurrency;

namespace DataSpine.Grains.Lineage;

/// <summary>
/// Turns lineage (OpenLineage events, analysed SQL, scanned views) into node, run and namespace writes
/// (stateless; any silo). Every write is idempotent, so a retried ingest converges.
/// </summary>
[Alias("ds.lineage.ILineageIngestGrain")]
public interface ILineageIngestGrain : IGrainWithStringKey
{
    /// <summary>
    /// Validates an OpenLineage event; a valid one is stored as received first, then applied. An invalid
    /// one changes nothing and comes back with every reason.
    /// </summary>
    Task<LineageIngestResult> IngestEventAsync(string json);

    /// <summary>Records analysed SQL as a job of the record's namespace reading its sources and writing its targets.</summary>
    Task RecordSqlAsync(SqlLineageRecord record);
}

/// <summary>The event's place in the log, or why it was refused.</summary>
[GenerateSerializer, Immutable, Alias("ds.lineage.LineageIngestResult")]
public sealed record LineageIngestResult(long? Sequence, string? ErrorCode, IReadOnlyList<string> Errors);

/// <summary>
/// SQL lineage to record: the job that ran it and the namespace its tables live in. With a database,
/// schema.table names become database.schema.table (OpenLineage's names for PostgreSQL). A catalog
/// asset that the SQL defines (a view) is named, with its fields, on the target dataset.
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.lineage.SqlLineageRecord")]
public sealed record SqlLineageRecord(
    string Namespace,
    string? Database,
    string JobName,
    string JobKind,
    string Sql,
    SqlLineageResult Result,
    DateTimeOffset At,
    string? AssetId = null,
    IReadOnlyList<LineageField>? TargetFields = null);

/// <summary>The append-only log of received OpenLineage events (one grain, key "all").</summary>
[Alias("ds.lineage.ILineageEventLogGrain")]
public interface ILineageEventLogGrain : IGrainWithStringKey
{
    Task<long> AppendAsync(DateTimeOffset eventTime, string json);

    [ReadOnly]
    Task<LineageEventPage> ListAsync(LineageEventQuery query);
}

/// <summary>One run, keyed by its run id.</summary>
[Alias("ds.lineage.ILineageRunGrain")]
public interface ILineageRunGrain : IGrainWithStringKey
{
    Task ApplyAsync(OpenLineageEvent lineageEvent);

    [ReadOnly]
    Task<LineageRunView?> GetAsync();
}

/// <summary>One namespace, keyed by its name.</summary>
[Alias("ds.lineage.ILineageNamespaceGrain")]
public interface ILineageNamespaceGrain : IGrainWithStringKey
{
    Task AddAsync(IReadOnlyList<string> datasets, IReadOnlyList<string> jobs, DateTimeOffset at);

    [ReadOnly]
    Task<LineageNamespaceView?> GetAsync();
}

/// <summary>The names of all lineage namespaces (one grain, key "all").</summary>
[Alias("ds.lineage.ILineageNamespaceDirectoryGrain")]
public interface ILineageNamespaceDirectoryGrain : IGrainWithStringKey
{
    Task AddAsync(string ns);

    [ReadOnly]
    Task<IReadOnlyList<string>> ListAsync();
}
