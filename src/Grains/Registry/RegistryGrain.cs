using DataSpine.Registry.Compatibility;

namespace DataSpine.Grains.Registry;

public sealed class RegistryGrain([PersistentState("registry")] IPersistentState<RegistryState> state) : Grain, IRegistryGrain
{
    public const string DefaultCompatibility = "BACKWARD";

    public Task<string> GetCompatibilityAsync() => Task.FromResult(state.State.Compatibility ?? DefaultCompatibility);

    public async Task<RegistryResult<string>> SetCompatibilityAsync(string level)
    {
        if (!CompatibilityLevels.TryParse(level, out var parsed))
        {
            return RegistryResult.Fail<string>(RegistryErrorCodes.InvalidCompatibilityLevel, SubjectGrain.InvalidLevelMessage);
        }

        state.State.Compatibility = parsed.ToWireName();
        await state.WriteStateAsync();
        return RegistryResult.Ok<string>(state.State.Compatibility);
    }

    public Task<string> GetModeAsync() => Task.FromResult(state.State.Mode ?? RegistryModes.ReadWrite);

    public async Task<RegistryResult<string>> SetModeAsync(string mode, bool force)
    {
        if (RegistryModes.Normalize(mode) is not { } parsed)
        {
            return RegistryResult.Fail<string>(RegistryErrorCodes.InvalidMode, RegistryModes.InvalidModeMessage);
        }

        if (parsed == RegistryModes.Import && !force && state.State.Subjects.Values.Any(s => s == SubjectStatus.Active))
        {
            return RegistryResult.Fail<string>(RegistryErrorCodes.OperationNotPermitted, "Cannot import since found existing subjects");
        }

        state.State.Mode = parsed;
        await state.WriteStateAsync();
        return RegistryResult.Ok<string>(parsed);
    }

    public async Task SetSubjectStatusAsync(string subject, SubjectStatus status)
    {
        var changed = status == SubjectStatus.Gone
            ? state.State.Subjects.Remove(subject)
            : !state.State.Subjects.TryGetValue(subject, out var old) || old != status;
        if (status != SubjectStatus.Gone)
        {
            state.State.Subjects[subject] = status;
        }

        if (changed)
        {
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> ListSubjectsAsync(string prefix, bool includeDeleted)
    {
        IReadOnlyList<string> subjects = state.State.Subjects
            .Where(s => s.Key.StartsWith(prefix, StringComparison.Ordinal))
            .Where(s => includeDeleted || s.Value == SubjectStatus.Active)
            .Select(s => s.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(subjects);
    }
}
