namespace DataSpine.Grains.Registry;

/// <summary>Durable state of the registry-wide grain.</summary>
public sealed record RegistryState
{
    /// <summary>Global compatibility level (wire name); null means the default, BACKWARD.</summary>
    public string? Compatibility { get; set; }

    /// <summary>Global mode; null means READWRITE.</summary>
    public string? Mode { get; set; }

    public Dictionary<string, SubjectStatus> Subjects { get; set; } = new(StringComparer.Ordinal);
}
