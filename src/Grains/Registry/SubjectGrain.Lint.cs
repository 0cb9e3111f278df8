using DataSpine.Grains.Registry.Lint;

namespace DataSpine.Grains.Registry;

public sealed partial class SubjectGrain
{
    public async Task<RegistryResult<LintReport>> LintAsync(SchemaInput schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var prepared = await PrepareAsync(schema);
        return prepared.IsSuccess
            ? RegistryResult.Ok(SchemaLinter.Lint(prepared.Value!.Parsed, Policy))
            : RegistryResult.Fail<LintReport>(prepared.Error!);
    }

    public Task<LintPolicy> GetLintPolicyAsync() => Task.FromResult(Policy);

    public async Task<RegistryResult<LintPolicy>> SetLintPolicyAsync(LintPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (LintSeverities.Normalize(policy.Pii) is not { } pii || LintSeverities.Normalize(policy.Retention) is not { } retention)
        {
            return RegistryResult.Fail<LintPolicy>(RegistryErrorCodes.InvalidLintPolicy,
                "Invalid lint severity. Valid values are error, warning and off");
        }

        state.State.Lint = new LintPolicy(pii, retention);
        await state.WriteStateAsync();
        return RegistryResult.Ok(state.State.Lint);
    }

    private LintPolicy Policy => state.State.Lint ?? new LintPolicy();

    /// <summary>Error-severity findings block a registration as an invalid schema (42201), listing every path.</summary>
    private RegistryError? LintErrors(PreparedSchema candidate)
    {
        var report = SchemaLinter.Lint(candidate.Parsed, Policy);
        return report.Errors.Count == 0
            ? null
            : new RegistryError(RegistryErrorCodes.InvalidSchema,
                $"Schema violates lint rules: {string.Join("; ", report.Errors.Select(e => $"{e.Path}: {e.Message} [{e.Rule}]"))}");
    }
}
