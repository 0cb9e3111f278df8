using Orleans.Concurrency;

namespace DataSpine.Grains.Registry;

/// <summary>
/// One schema registry subject (keyed by subject name): its versions, subject-level compatibility
/// and mode. Versions are numbered from 1; -1 selects the latest version wherever a version is taken.
/// </summary>
[Alias("ds.registry.ISubjectGrain")]
public interface ISubjectGrain : IGrainWithStringKey
{
    Task<RegistryResult<RegisterResult>> RegisterAsync(RegisterSchemaRequest request);

    /// <summary>The version under this subject whose schema equals the given one (POST /subjects/{s}).</summary>
    [ReadOnly]
    Task<RegistryResult<SubjectVersion>> LookupAsync(SchemaInput schema, bool includeDeleted);

    [ReadOnly]
    Task<RegistryResult<IReadOnlyList<int>>> GetVersionsAsync(bool includeDeleted);

    [ReadOnly]
    Task<RegistryResult<SubjectVersion>> GetVersionAsync(int version, bool includeDeleted);

    /// <summary>
    /// A Protobuf version as the base64 of its FileDescriptorProto (Confluent's <c>?format=serialized</c>);
    /// other schema types answer their stored text, as Confluent ignores formats a type does not know.
    /// </summary>
    [ReadOnly]
    Task<RegistryResult<string>> GetSerializedAsync(int version, bool includeDeleted);

    /// <summary>
    /// The latest version whose metadata properties hold every given pair (GET /subjects/{s}/metadata):
    /// 40401 when the subject has no versions, 40403 when none matches. A version without metadata never matches.
    /// </summary>
    [ReadOnly]
    Task<RegistryResult<SubjectVersion>> GetLatestWithMetadataAsync(IReadOnlyDictionary<string, string> metadata, bool includeDeleted);

    /// <summary>Every version including soft-deleted ones; empty when the subject has none.</summary>
    [ReadOnly]
    Task<IReadOnlyList<SubjectVersion>> GetAllVersionsAsync();

    /// <summary>
    /// The version with its references resolved to schema texts, dependencies first. Subject grains
    /// call it on each other while registering, so it interleaves with everything: two subjects
    /// registering schemas that reference each other's versions must not wait on each other.
    /// </summary>
    [AlwaysInterleave]
    Task<RegistryResult<IReadOnlyList<ResolvedSchemaReference>>> ResolveAsync(string name, int version);

    Task<RegistryResult<IReadOnlyList<int>>> DeleteAsync(bool permanent);

    Task<RegistryResult<int>> DeleteVersionAsync(int version, bool permanent);

    [ReadOnly]
    Task<RegistryResult<CompatibilityCheckResult>> CheckCompatibilityAsync(CompatibilityCheckRequest request);

    /// <summary>The subject-level level (wire name), or the global one when <paramref name="defaultToGlobal"/>.</summary>
    [ReadOnly]
    Task<RegistryResult<string>> GetCompatibilityAsync(bool defaultToGlobal);

    Task<RegistryResult<string>> SetCompatibilityAsync(string level);

    Task<RegistryResult<string>> DeleteCompatibilityAsync();

    [ReadOnly]
    Task<RegistryResult<string>> GetModeAsync(bool defaultToGlobal);

    Task<RegistryResult<string>> SetModeAsync(string mode, bool force);

    Task<RegistryResult<string>> DeleteModeAsync();

    /// <summary>Runs the lint gates without registering (the dry run).</summary>
    [ReadOnly]
    Task<RegistryResult<LintReport>> LintAsync(SchemaInput schema);

    [ReadOnly]
    Task<LintPolicy> GetLintPolicyAsync();

    Task<RegistryResult<LintPolicy>> SetLintPolicyAsync(LintPolicy policy);

    /// <summary>The largest semantic change this subject accepts (major, minor, patch).</summary>
    [ReadOnly]
    Task<string> GetContractAsync();

    Task<RegistryResult<string>> SetContractAsync(string level);
}
