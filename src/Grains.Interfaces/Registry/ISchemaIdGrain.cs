using Orleans.Concurrency;

namespace DataSpine.Grains.Registry;

/// <summary>
/// The global schema id allocator (key "global"): one stable id per fingerprint, so the same schema
/// under two subjects gets one id, and the id → schema map that GET /schemas/ids/{id} serves from memory.
/// It also records which subject versions use each id. It never calls other grains.
/// </summary>
[Alias("ds.registry.ISchemaIdGrain")]
public interface ISchemaIdGrain : IGrainWithStringKey
{
    /// <summary>Finds or assigns the id and records the subject version as a user of it.</summary>
    Task<RegistryResult<StoredSchema>> AssignAsync(SchemaIdRequest request);

    /// <summary>The id for a fingerprint, or null, without assigning one.</summary>
    [ReadOnly]
    Task<StoredSchema?> FindAsync(string fingerprint);

    [ReadOnly]
    Task<StoredSchema?> GetAsync(int id);

    /// <summary>Subject versions using the id; soft-deleted ones only when asked.</summary>
    [ReadOnly]
    Task<IReadOnlyList<SubjectVersionRef>> GetUsagesAsync(int id, bool includeDeleted);

    /// <summary>Ids of schemas (used by live versions, or any when <paramref name="includeDeleted"/>) that reference the version.</summary>
    [ReadOnly]
    Task<IReadOnlyList<int>> GetReferencedByAsync(string subject, int version, bool includeDeleted);

    /// <summary>Marks usages soft-deleted, or removes them when <paramref name="permanent"/>.</summary>
    Task ReleaseAsync(IReadOnlyList<SchemaUsage> usages, bool permanent);
}
