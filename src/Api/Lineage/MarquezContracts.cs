namespace DataSpine.Api.Lineage;

// Marquez's wire shapes (camelCase JSON), so Marquez clients and its UI read DataSpine unchanged.
// Members past Marquez's own (assetId, sql, truncated, transformations) are DataSpine's additions.

public sealed record MarquezGraph(IReadOnlyList<MarquezNode> Graph, bool Truncated);

/// <summary>A graph node; data is a dataset, a job or a dataset field, by type.</summary>
public sealed record MarquezNode(string Id, string Type, object Data, IReadOnlyList<MarquezEdge> InEdges, IReadOnlyList<MarquezEdge> OutEdges);

public sealed record MarquezEdge(string Origin, string Destination);

public sealed record MarquezId(string Namespace, string Name);

public sealed record MarquezField(string Name, string? Type, IReadOnlyList<string> Tags, string? Description);

public sealed record MarquezDataset(
    MarquezId Id,
    string Type,
    string Name,
    string PhysicalName,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string Namespace,
    string? SourceName,
    IReadOnlyList<MarquezField> Fields,
    IReadOnlyList<string> Tags,
    DateTimeOffset? LastModifiedAt,
    string? Description,
    string? AssetId);

public sealed record MarquezJob(
    MarquezId Id,
    string Type,
    string Name,
    string SimpleName,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string Namespace,
    IReadOnlyList<MarquezId> Inputs,
    IReadOnlyList<MarquezId> Outputs,
    string? Location,
    string? Description,
    string? Sql,
    MarquezRun? LatestRun);

public sealed record MarquezRun(
    string Id,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? NominalStartTime,
    DateTimeOffset? NominalEndTime,
    string State,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    long? DurationMs,
    IReadOnlyDictionary<string, string> Args,
    MarquezId JobId,
    string? ParentRunId,
    IReadOnlyList<string> Inputs,
    IReadOnlyList<string> Outputs);

public sealed record MarquezInputField(
    string Namespace,
    string Dataset,
    string? DatasetVersion,
    string Field,
    string? TransformationDescription,
    string? TransformationType,
    string? Type,
    string? Subtype);

public sealed record MarquezFieldData(
    string Namespace,
    string Dataset,
    string? DatasetVersion,
    string Field,
    string? FieldType,
    string? TransformationDescription,
    string? TransformationType,
    IReadOnlyList<MarquezInputField> InputFields);

public sealed record MarquezNamespace(string Name, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string OwnerName, string? Description, bool IsHidden);

public sealed record MarquezNamespaces(IReadOnlyList<MarquezNamespace> Namespaces);

public sealed record MarquezDatasets(IReadOnlyList<MarquezDataset> Datasets, int TotalCount);

public sealed record MarquezJobs(IReadOnlyList<MarquezJob> Jobs, int TotalCount);

public sealed record MarquezRuns(IReadOnlyList<MarquezRun> Runs, int TotalCount);

public sealed record MarquezEvents(IReadOnlyList<System.Text.Json.JsonElement> Events, int TotalCount);

/// <summary>The answer of POST /api/v1/lineage: where the event sits in the log.</summary>
public sealed record LineageAccepted(long Sequence);
