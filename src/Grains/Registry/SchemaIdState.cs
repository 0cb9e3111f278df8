namespace DataSpine.Grains.Registry;

/// <summary>Durable state of the global schema id allocator.</summary>
public sealed record SchemaIdState
{
    public int NextId { get; set; } = 1;

    public Dictionary<string, int> ByFingerprint { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<int, SchemaEntry> ById { get; set; } = [];
}

/// <summary>One schema id: what it stands for and which subject versions use it.</summary>
public sealed record SchemaEntry
{
    public int Id { get; set; }

    public string Fingerprint { get; set; } = "";

    public string SchemaType { get; set; } = "";

    public string Schema { get; set; } = "";

    public List<SchemaReference> References { get; set; } = [];

    public List<SchemaUsageState> Usages { get; set; } = [];

    public StoredSchema ToStored() => new(Id, SchemaType, Schema, References);
}

public sealed record SchemaUsageState
{
    public string Subject { get; set; } = "";

    public int Version { get; set; }

    public bool Deleted { get; set; }
}
