namespace DataSpine.Grains.Registry;

/// <summary>Durable state of one subject.</summary>
public sealed record SubjectState
{
    /// <summary>Every version, soft-deleted ones included, in registration order.</summary>
    public List<SubjectVersionState> Versions { get; set; } = [];

    /// <summary>Subject-level compatibility (wire name); null falls back to the global level.</summary>
    public string? Compatibility { get; set; }

    /// <summary>Subject-level mode; null falls back to the global mode.</summary>
    public string? Mode { get; set; }

    /// <summary>Lint severities; null means the defaults (every rule a warning).</summary>
    public LintPolicy? Lint { get; set; }

    /// <summary>The largest semantic change accepted; null means major (anything compatible).</summary>
    public string? Contract { get; set; }
}

public sealed record SubjectVersionState
{
    public int Version { get; set; }

    public int Id { get; set; }

    public string SchemaType { get; set; } = "";

    public string Schema { get; set; } = "";

    public List<SchemaReference> References { get; set; } = [];

    /// <summary>The references resolved to texts (transitively, dependencies first), kept to re-parse without calls.</summary>
    public List<ResolvedSchemaReference> Resolved { get; set; } = [];

    public string Fingerprint { get; set; } = "";

    public bool Deleted { get; set; }

    /// <summary>Semantic version of this schema version (issue 5's contracts).</summary>
    public string? Semver { get; set; }
}
