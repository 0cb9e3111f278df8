namespace DataSpine.Grains.Security;

/// <summary>What a caller may do; each role includes the ones below it (issue 17).</summary>
[GenerateSerializer, Alias("ds.security.Role")]
public enum Role
{
    /// <summary>Reads everything.</summary>
    Viewer = 1,

    /// <summary>Also curates meaning: glossary terms, classifications, descriptions.</summary>
    Steward = 2,

    /// <summary>Also runs the plumbing: sources, scans, registry writes, lineage ingest.</summary>
    Engineer = 3,

    /// <summary>Also keys, configuration, deletes and the operator surfaces.</summary>
    Admin = 4,
}
