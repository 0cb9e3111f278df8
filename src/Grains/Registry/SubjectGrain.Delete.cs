namespace DataSpine.Grains.Registry;

public sealed partial class SubjectGrain
{
    public async Task<RegistryResult<IReadOnlyList<int>>> DeleteAsync(bool permanent)
    {
        var versions = state.State.Versions;
        if (versions.Count == 0)
        {
            return RegistryResult.Fail<IReadOnlyList<int>>(SubjectNotFound());
        }

        if (RejectWrites(await EffectiveModeAsync()) is { } readOnly)
        {
            return RegistryResult.Fail<IReadOnlyList<int>>(readOnly);
        }

        var live = versions.Where(v => !v.Deleted).ToList();
        if (!permanent && live.Count == 0)
        {
            return RegistryResult.Fail<IReadOnlyList<int>>(RegistryErrorCodes.SubjectSoftDeleted,
                $"Subject '{Subject}' was soft deleted.Set permanent=true to delete permanently");
        }

        if (permanent && live.Count > 0)
        {
            return RegistryResult.Fail<IReadOnlyList<int>>(RegistryErrorCodes.SubjectNotSoftDeleted,
                $"Subject '{Subject}' was not deleted first before being permanently deleted");
        }

        var targets = permanent ? versions.ToList() : live;
        foreach (var version in targets)
        {
            if (await ReferenceErrorAsync(version, permanent) is { } referenced)
            {
                return RegistryResult.Fail<IReadOnlyList<int>>(referenced);
            }
        }

        IReadOnlyList<int> deleted = targets.Select(v => v.Version).Order().ToList();
        if (permanent)
        {
            versions.Clear();
            state.State.Compatibility = null;
            state.State.Mode = null;
            state.State.Lint = null;
            state.State.Contract = null;
            _parsed.Clear();
        }
        else
        {
            live.ForEach(v => v.Deleted = true);
        }

        await state.WriteStateAsync();
        await Ids.ReleaseAsync(targets.Select(v => new SchemaUsage(v.Id, Subject, v.Version)).ToList(), permanent);
        await Registry.SetSubjectStatusAsync(Subject, Status());
        return RegistryResult.Ok<IReadOnlyList<int>>(deleted);
    }

    public async Task<RegistryResult<int>> DeleteVersionAsync(int version, bool permanent)
    {
        if (RejectWrites(await EffectiveModeAsync()) is { } readOnly && state.State.Versions.Count > 0)
        {
            return RegistryResult.Fail<int>(readOnly);
        }

        // Confluent looks the version up with soft-deleted ones included: deleting one twice is 40406, not 40402.
        if (FindState(version, includeDeleted: true) is not { } target)
        {
            return RegistryResult.Fail<int>(FindError(version, includeDeleted: true));
        }

        if (!permanent && target.Deleted)
        {
            return RegistryResult.Fail<int>(RegistryErrorCodes.VersionSoftDeleted,
                $"Subject '{Subject}' Version {target.Version} was soft deleted.Set permanent=true to delete permanently");
        }

        if (permanent && !target.Deleted)
        {
            return RegistryResult.Fail<int>(RegistryErrorCodes.VersionNotSoftDeleted,
                $"Subject '{Subject}' Version {target.Version} was not deleted first before being permanently deleted");
        }

        if (await ReferenceErrorAsync(target, permanent) is { } referenced)
        {
            return RegistryResult.Fail<int>(referenced);
        }

        if (permanent)
        {
            state.State.Versions.Remove(target);
            _parsed.Remove(target.Version);
        }
        else
        {
            target.Deleted = true;
        }

        await state.WriteStateAsync();
        await Ids.ReleaseAsync([new SchemaUsage(target.Id, Subject, target.Version)], permanent);
        await Registry.SetSubjectStatusAsync(Subject, Status());
        return RegistryResult.Ok<int>(target.Version);
    }

    private async Task<RegistryError?> ReferenceErrorAsync(SubjectVersionState version, bool includeDeleted)
    {
        var referencedBy = await Ids.GetReferencedByAsync(Subject, version.Version, includeDeleted);
        return referencedBy.Count == 0
            ? null
            : new RegistryError(RegistryErrorCodes.ReferenceExists,
                $"One or more references exist to the schema {{subject={Subject},version={version.Version}}} (ids {string.Join(", ", referencedBy)})");
    }
}
