using Orleans.Concurrency;

namespace DataSpine.Grains.Registry;

/// <summary>
/// The registry-wide grain (key "global"): global compatibility level and mode, and the subject
/// directory behind GET /subjects. Subject grains report to it; it never calls them.
/// </summary>
[Alias("ds.registry.IRegistryGrain")]
public interface IRegistryGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<string> GetCompatibilityAsync();

    Task<RegistryResult<string>> SetCompatibilityAsync(string level);

    [ReadOnly]
    Task<string> GetModeAsync();

    /// <summary>IMPORT over existing subjects needs <paramref name="force"/>.</summary>
    Task<RegistryResult<string>> SetModeAsync(string mode, bool force);

    Task SetSubjectStatusAsync(string subject, SubjectStatus status);

    /// <summary>Subject names starting with the prefix, sorted; soft-deleted ones only when asked.</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> ListSubjectsAsync(string prefix, bool includeDeleted);
}
