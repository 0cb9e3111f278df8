using DataSpine.Registry.Compatibility;

namespace DataSpine.Grains.Registry;

public sealed partial class SubjectGrain
{
    public async Task<RegistryResult<string>> GetCompatibilityAsync(bool defaultToGlobal)
    {
        if (state.State.Compatibility is { } level)
        {
            return RegistryResult.Ok<string>(level);
        }

        return defaultToGlobal
            ? RegistryResult.Ok<string>(await Registry.GetCompatibilityAsync())
            : RegistryResult.Fail<string>(RegistryErrorCodes.SubjectCompatibilityNotConfigured,
                $"Subject '{Subject}' does not have subject-level compatibility configured");
    }

    public async Task<RegistryResult<string>> SetCompatibilityAsync(string level)
    {
        if (!CompatibilityLevels.TryParse(level, out var parsed))
        {
            return RegistryResult.Fail<string>(RegistryErrorCodes.InvalidCompatibilityLevel, InvalidLevelMessage);
        }

        state.State.Compatibility = parsed.ToWireName();
        await state.WriteStateAsync();
        return RegistryResult.Ok<string>(state.State.Compatibility);
    }

    public async Task<RegistryResult<string>> DeleteCompatibilityAsync()
    {
        if (state.State.Compatibility is not { } previous)
        {
            // Confluent answers 40401 here (not 40408): there is no subject-level config to delete.
            return RegistryResult.Fail<string>(SubjectNotFound());
        }

        state.State.Compatibility = null;
        await state.WriteStateAsync();
        return RegistryResult.Ok<string>(previous);
    }

    public async Task<RegistryResult<string>> GetModeAsync(bool defaultToGlobal)
    {
        if (state.State.Mode is { } mode)
        {
            return RegistryResult.Ok<string>(mode);
        }

        return defaultToGlobal
            ? RegistryResult.Ok<string>(await Registry.GetModeAsync())
            : RegistryResult.Fail<string>(RegistryErrorCodes.SubjectModeNotConfigured,
                $"Subject '{Subject}' does not have subject-level mode configured");
    }

    public async Task<RegistryResult<string>> SetModeAsync(string mode, bool force)
    {
        if (RegistryModes.Normalize(mode) is not { } parsed)
        {
            return RegistryResult.Fail<string>(RegistryErrorCodes.InvalidMode, RegistryModes.InvalidModeMessage);
        }

        // Confluent refuses IMPORT over existing schemas unless forced: imported ids could clash with them.
        if (parsed == RegistryModes.Import && !force && state.State.Versions.Exists(v => !v.Deleted))
        {
            return RegistryResult.Fail<string>(RegistryErrorCodes.OperationNotPermitted,
                "Cannot import since found existing subjects");
        }

        state.State.Mode = parsed;
        await state.WriteStateAsync();
        return RegistryResult.Ok<string>(parsed);
    }

    public async Task<RegistryResult<string>> DeleteModeAsync()
    {
        if (state.State.Mode is not { } previous)
        {
            return RegistryResult.Fail<string>(SubjectNotFound());
        }

        state.State.Mode = null;
        await state.WriteStateAsync();
        return RegistryResult.Ok<string>(previous);
    }
}
