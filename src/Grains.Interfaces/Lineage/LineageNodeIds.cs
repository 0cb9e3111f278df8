namespace DataSpine.Grains.Lineage;

/// <summary>
/// Lineage node ids in Marquez's format. Namespaces and names may themselves hold colons
/// (<c>postgres://host:5432</c>), so ids are built, never split; a node's data carries its parts.
/// </summary>
public static class LineageNodeIds
{
    public const string DatasetType = "DATASET";
    public const string JobType = "JOB";
    public const string FieldType = "DATASET_FIELD";

    public static string Dataset(string ns, string name) => $"dataset:{ns}:{name}";

    public static string Job(string ns, string name) => $"job:{ns}:{name}";

    public static string Field(string ns, string dataset, string field) => $"datasetField:{ns}:{dataset}:{field}";

    /// <summary>The node type an id names, or null when it is not a lineage node id.</summary>
    public static string? TypeOf(string id) =>
        id.StartsWith("dataset:", StringComparison.Ordinal) ? DatasetType
        : id.StartsWith("job:", StringComparison.Ordinal) ? JobType
        : id.StartsWith("datasetField:", StringComparison.Ordinal) ? FieldType
        : null;
}
