namespace DataSpine.Grains.Registry;

/// <summary>How a subject appears in GET /subjects.</summary>
[GenerateSerializer, Alias("ds.registry.SubjectStatus")]
public enum SubjectStatus
{
    /// <summary>No versions at all (never registered, or permanently deleted).</summary>
    Gone,

    /// <summary>At least one live version.</summary>
    Active,

    /// <summary>Only soft-deleted versions.</summary>
    SoftDeleted,
}
