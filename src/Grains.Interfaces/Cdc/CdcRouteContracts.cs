namespace DataSpine.Grains.Cdc;

/// <summary>
/// Where a route reads: tables ("schema.table") of a catalogued PostgreSQL source (its id in the catalog), through that
/// source's connection or, when given, another connection to the same database (one with the REPLICATION attribute).
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.cdc.CdcSource")]
public sealed record CdcSource
{
    [Id(0)]
    public string CatalogSource { get; init; } = "";

    [Id(1)]
    public string? Connection { get; init; }

    [Id(2)]
    public IReadOnlyList<string> Tables { get; init; } = [];
}

/// <summary>
/// Where a route writes: "postgres", a database (<see cref="Connection"/>), into <see cref="Schema"/> (default: each table's
/// own schema); or "kafka", bootstrap servers (<see cref="Connection"/>) and a topic prefix (<see cref="Topic"/>), in Debezium's
/// change-event shape.
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.cdc.CdcSink")]
public sealed record CdcSink
{
    [Id(0)]
    public string Type { get; init; } = "";

    [Id(1)]
    public string Connection { get; init; } = "";

    [Id(2)]
    public string? Schema { get; init; }

    [Id(3)]
    public string? Topic { get; init; }
}

/// <summary>What a user asks for: source, sink, destination region and per-column handling ("schema.table.column" → pass, mask, drop).</summary>
[GenerateSerializer, Immutable, Alias("ds.cdc.CdcRouteDefinition")]
public sealed record CdcRouteDefinition
{
    [Id(0)]
    public string Name { get; init; } = "";

    [Id(1)]
    public CdcSource Source { get; init; } = new();

    [Id(2)]
    public CdcSink Sink { get; init; } = new();

    [Id(3)]
    public string Region { get; init; } = "";

    [Id(4)]
    public IReadOnlyDictionary<string, string> Columns { get; init; } = new Dictionary<string, string>();
}

/// <summary>A column the residency matrix keeps from the route's region; <see cref="Code"/> is a residency reason code.</summary>
[GenerateSerializer, Immutable, Alias("ds.cdc.CdcDenial")]
public sealed record CdcDenial(string Column, string Code, string? Class, string? Category, string? Rule, string Region);

/// <summary>
/// A route as the API shows it (connections never appear). Status: snapshotting, streaming, paused, stopped (by the
/// residency gate, with <see cref="Denials"/>) or failed (with <see cref="LastError"/>; it retries from its checkpoint).
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.cdc.CdcRouteView")]
public sealed record CdcRouteView(
    string Id,
    string Name,
    string Status,
    double? LagSeconds,
    long RowsApplied,
    long DeadLetters,
    string CatalogSource,
    IReadOnlyList<string> Tables,
    string SinkType,
    string? SinkSchema,
    string Region,
    IReadOnlyDictionary<string, string> Columns,
    string? CheckpointLsn,
    string? LastError,
    IReadOnlyList<CdcDenial> Denials,
    DateTimeOffset CreatedAt,
    string? SinkTopic = null);

/// <summary>A change the sink refused, with the row as it would have been written (masked, without dropped columns).</summary>
[GenerateSerializer, Immutable, Alias("ds.cdc.CdcDeadLetter")]
public sealed record CdcDeadLetter(
    long Id,
    string Table,
    string Operation,
    IReadOnlyDictionary<string, string?> Row,
    string Error,
    string? SqlState,
    string Lsn,
    int Attempts,
    DateTimeOffset FailedAt);

/// <summary>What a replay did: rows now applied (and removed from the queue), rows still refused (kept, with the new error).</summary>
[GenerateSerializer, Immutable, Alias("ds.cdc.CdcReplay")]
public sealed record CdcReplay(int Applied, int StillFailing);

/// <summary>The result of a route operation: a value, or a stable error code with its reason and, for a residency refusal, every denial.</summary>
[GenerateSerializer, Immutable, Alias("ds.cdc.CdcResult`1")]
public sealed record CdcResult<T>(T? Value, string? ErrorCode = null, string? Error = null, IReadOnlyList<CdcDenial>? Denials = null)
{
    public bool Succeeded => ErrorCode is null;
}
