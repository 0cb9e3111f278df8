using DataSpine.Registry.Compatibility;

namespace DataSpine.Grains.Registry;

/// <summary>One subject: versions, subject-level compatibility and mode (see <see cref="ISubjectGrain"/>).</summary>
public sealed partial class SubjectGrain([PersistentState("subject")] IPersistentState<SubjectState> state) : Grain, ISubjectGrain
{
    public const string InvalidLevelMessage =
        "Invalid compatibility level. Valid values are none, backward, forward, full, backward_transitive, forward_transitive, and full_transitive";

    /// <summary>Parsed versions, kept for compatibility checks; rebuilt from state after activation.</summary>
    private readonly Dictionary<int, ParsedSchema> _parsed = [];

    private string Subject => this.GetPrimaryKeyString();

    private IRegistryGrain Registry => GrainFactory.GetGrain<IRegistryGrain>("global");

    private ISchemaIdGrain Ids => GrainFactory.GetGrain<ISchemaIdGrain>("global");

    public Task<RegistryResult<IReadOnlyList<int>>> GetVersionsAsync(bool includeDeleted)
    {
        var versions = Visible(includeDeleted).Select(v => v.Version).ToList();
        return Task.FromResult(versions.Count == 0
            ? RegistryResult.Fail<IReadOnlyList<int>>(SubjectNotFound())
            : RegistryResult.Ok<IReadOnlyList<int>>(versions));
    }

    public Task<RegistryResult<SubjectVersion>> GetVersionAsync(int version, bool includeDeleted) =>
        Task.FromResult(FindState(version, includeDeleted) is { } found
            ? RegistryResult.Ok<SubjectVersion>(ToContract(found))
            : RegistryResult.Fail<SubjectVersion>(FindError(version, includeDeleted)));

    public Task<IReadOnlyList<SubjectVersion>> GetAllVersionsAsync() =>
        Task.FromResult<IReadOnlyList<SubjectVersion>>(state.State.Versions.Select(ToContract).ToList());

    public Task<RegistryResult<IReadOnlyList<ResolvedSchemaReference>>> ResolveAsync(string name, int version)
    {
        if (FindState(version, includeDeleted: true) is not { } v)
        {
            return Task.FromResult(RegistryResult.Fail<IReadOnlyList<ResolvedSchemaReference>>(
                RegistryErrorCodes.InvalidSchema, $"Invalid reference {name}: subject '{Subject}' version {version} not found"));
        }

        List<ResolvedSchemaReference> chain = [.. v.Resolved, new ResolvedSchemaReference(name, Subject, v.Version, v.Schema)];
        return Task.FromResult(RegistryResult.Ok<IReadOnlyList<ResolvedSchemaReference>>(chain));
    }

    private IEnumerable<SubjectVersionState> Visible(bool includeDeleted) =>
        state.State.Versions.Where(v => includeDeleted || !v.Deleted).OrderBy(v => v.Version);

    /// <summary>The version (-1: the latest visible one), or null.</summary>
    private SubjectVersionState? FindState(int version, bool includeDeleted)
    {
        var visible = Visible(includeDeleted).ToList();
        return version == -1 ? visible.LastOrDefault() : visible.Find(v => v.Version == version);
    }

    private RegistryError FindError(int version, bool includeDeleted) =>
        Visible(includeDeleted).Any() ? VersionNotFound(version) : SubjectNotFound();

    private RegistryError SubjectNotFound() => new(RegistryErrorCodes.SubjectNotFound, $"Subject '{Subject}' not found.");

    private static RegistryError VersionNotFound(int version) =>
        new(RegistryErrorCodes.VersionNotFound, $"Version {version} not found.");

    private SubjectVersion ToContract(SubjectVersionState v) =>
        new(Subject, v.Version, v.Id, v.SchemaType, v.Schema, v.References, v.Deleted, v.Semver);

    private SubjectStatus Status() =>
        state.State.Versions.Count == 0 ? SubjectStatus.Gone
        : state.State.Versions.Exists(v => !v.Deleted) ? SubjectStatus.Active
        : SubjectStatus.SoftDeleted;

    private async Task<string> EffectiveModeAsync() => state.State.Mode ?? await Registry.GetModeAsync();

    private RegistryError? RejectWrites(string mode) =>
        mode is RegistryModes.ReadOnly or RegistryModes.ReadOnlyOverride
            ? new RegistryError(RegistryErrorCodes.OperationNotPermitted, $"Subject {Subject} is in read-only mode")
            : null;
}
