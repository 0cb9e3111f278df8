using DataSpine.Grains.Telemetry;

namespace DataSpine.Grains.Registry;

public sealed partial class SubjectGrain
{
    public async Task<RegistryResult<RegisterResult>> RegisterAsync(RegisterSchemaRequest request)
    {
        var result = await RegisterCoreAsync(request);
        DataSpineMeters.SchemaRegistration(result.IsSuccess);
        return result;
    }

    private async Task<RegistryResult<RegisterResult>> RegisterCoreAsync(RegisterSchemaRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var mode = await EffectiveModeAsync();
        if (RejectWrites(mode) is { } readOnly)
        {
            return RegistryResult.Fail<RegisterResult>(readOnly);
        }

        var importing = mode == RegistryModes.Import;
        if (!importing && (request.Id is not null || request.Version is not null))
        {
            return RegistryResult.Fail<RegisterResult>(RegistryErrorCodes.OperationNotPermitted,
                $"Subject {Subject} is not in import mode; an explicit id or version is only allowed in IMPORT mode");
        }

        var prepared = await PrepareAsync(request.Schema);
        if (!prepared.IsSuccess)
        {
            return RegistryResult.Fail<RegisterResult>(prepared.Error!);
        }

        var candidate = prepared.Value!;
        var live = Visible(includeDeleted: false).ToList();
        if (live.FindLast(v => v.Fingerprint == candidate.Fingerprint) is { } existing
            && (request.Id is null || request.Id == existing.Id))
        {
            return RegistryResult.Ok<RegisterResult>(new RegisterResult(existing.Id, existing.Version));
        }

        if (!importing && LintErrors(candidate) is { } lintErrors)
        {
            return RegistryResult.Fail<RegisterResult>(lintErrors);
        }

        if (!importing)
        {
            var level = await EffectiveLevelAsync();
            var compatibility = Check(level, candidate, live);
            if (!compatibility.IsCompatible)
            {
                return RegistryResult.Fail<RegisterResult>(RegistryErrorCodes.Incompatible,
                    $"Schema being registered is incompatible with an earlier schema for subject \"{Subject}\", details: [{string.Join(", ", compatibility.Messages)}]");
            }
        }

        var previous = live.LastOrDefault();
        var (semver, change) = SemanticVersion.Next(candidate.Parsed, candidate.Format, previous is null ? null : Parsed(previous), previous?.Semver);
        if (!importing && SemanticVersion.Rank(change) > SemanticVersion.Rank(state.State.Contract ?? SemverChanges.Major))
        {
            return RegistryResult.Fail<RegisterResult>(RegistryErrorCodes.Incompatible,
                $"Schema being registered is a {change} change; subject \"{Subject}\" declares a {state.State.Contract} contract");
        }

        var version = request.Version ?? (state.State.Versions.Count == 0 ? 1 : state.State.Versions.Max(v => v.Version) + 1);
        if (state.State.Versions.Exists(v => v.Version == version))
        {
            return RegistryResult.Fail<RegisterResult>(RegistryErrorCodes.OperationNotPermitted,
                $"Version {version} already exists under subject {Subject}");
        }

        // SchemaText, not the request's text: a serialized Protobuf descriptor is stored as the .proto text it decodes to.
        var text = request.Schema.Normalize ? candidate.Parsed.CanonicalString : candidate.Parsed.SchemaText;
        var assigned = await Ids.AssignAsync(new SchemaIdRequest(
            candidate.Fingerprint, candidate.SchemaType, text, candidate.References, Subject, version, request.Id));
        if (!assigned.IsSuccess)
        {
            return RegistryResult.Fail<RegisterResult>(assigned.Error!);
        }

        var stored = assigned.Value!;
        state.State.Versions.Add(new SubjectVersionState
        {
            Version = version,
            Id = stored.Id,
            SchemaType = stored.SchemaType,
            Schema = stored.Schema,
            References = [.. stored.References],
            Resolved = [.. candidate.Resolved],
            Fingerprint = candidate.Fingerprint,
            Semver = semver,
        });
        await state.WriteStateAsync();
        await Registry.SetSubjectStatusAsync(Subject, SubjectStatus.Active);
        return RegistryResult.Ok<RegisterResult>(new RegisterResult(stored.Id, version));
    }
}
