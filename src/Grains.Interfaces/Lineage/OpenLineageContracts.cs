namespace DataSpine.Grains.Lineage;

/// <summary>One input field of an output column, from the ColumnLineageDatasetFacet (DIRECT or INDIRECT).</summary>
[GenerateSerializer, Immutable, Alias("ds.lineage.ColumnLineageInput")]
public sealed record ColumnLineageInput(string Namespace, string Name, string Field, string Type, string? Subtype, string? Description);

/// <summary>An output column and the input fields it comes from.</summary>
[GenerateSerializer, Immutable, Alias("ds.lineage.ColumnLineageEntry")]
public sealed record ColumnLineageEntry(string Field, IReadOnlyList<ColumnLineageInput> Inputs);

/// <summary>A dataset named by an event, with what its facets say.</summary>
[GenerateSerializer, Immutable, Alias("ds.lineage.OpenLineageDataset")]
public sealed record OpenLineageDataset(
    string Namespace,
    string Name,
    IReadOnlyList<LineageField>? Fields,
    IReadOnlyList<ColumnLineageEntry> ColumnLineage,
    string? Description,
    string? SourceName);

/// <summary>The job an event names, with its facets that lineage uses.</summary>
[GenerateSerializer, Immutable, Alias("ds.lineage.OpenLineageJob")]
public sealed record OpenLineageJob(string Namespace, string Name, string? Kind, string? Description, string? Sql, string? SqlDialect, string? Location);

/// <summary>
/// A validated OpenLineage event (RunEvent, DatasetEvent or JobEvent, spec 2-0-2). <see cref="Json"/> is
/// the event as received, kept verbatim for GET /api/v1/events/lineage.
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.lineage.OpenLineageEvent")]
public sealed record OpenLineageEvent(
    string Kind,
    string? EventType,
    DateTimeOffset EventTime,
    string Producer,
    string SchemaUrl,
    string? RunId,
    OpenLineageJob? Job,
    IReadOnlyList<OpenLineageDataset> Inputs,
    IReadOnlyList<OpenLineageDataset> Outputs,
    DateTimeOffset? NominalStartTime,
    DateTimeOffset? NominalEndTime,
    string? ParentRunId,
    string Json)
{
    public const string RunEvent = "RunEvent";
    public const string DatasetEvent = "DatasetEvent";
    public const string JobEvent = "JobEvent";
}

/// <summary>A stored event, numbered in the order received.</summary>
[GenerateSerializer, Immutable, Alias("ds.lineage.LineageEventEntry")]
public sealed record LineageEventEntry(long Sequence, DateTimeOffset EventTime, DateTimeOffset ReceivedAt, string Json);

/// <summary>A page of stored events: newest first unless ascending; times bound eventTime (before exclusive, after exclusive).</summary>
[GenerateSerializer, Immutable, Alias("ds.lineage.LineageEventQuery")]
public sealed record LineageEventQuery(DateTimeOffset? Before, DateTimeOffset? After, int Limit, int Offset, bool Ascending);

[GenerateSerializer, Immutable, Alias("ds.lineage.LineageEventPage")]
public sealed record LineageEventPage(IReadOnlyList<LineageEventEntry> Events, int TotalCount);

/// <summary>A run of a job, built from its events.</summary>
[GenerateSerializer, Immutable, Alias("ds.lineage.LineageRunView")]
public sealed record LineageRunView(
    string Id,
    string JobNamespace,
    string JobName,
    string State,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    DateTimeOffset? NominalStartTime,
    DateTimeOffset? NominalEndTime,
    string? ParentRunId,
    IReadOnlyList<string> InputIds,
    IReadOnlyList<string> OutputIds);

/// <summary>A namespace and the datasets and jobs lineage knows in it.</summary>
[GenerateSerializer, Immutable, Alias("ds.lineage.LineageNamespaceView")]
public sealed record LineageNamespaceView(string Name, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, IReadOnlyList<string> Datasets, IReadOnlyList<string> Jobs);
