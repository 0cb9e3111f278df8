using System.Text.Json;

namespace DataSpine.Cli.Registry;

public sealed partial class RegistryCommands
{
    /// <summary>The lint dry run, then the compatibility check with reasons; valid only when both pass.</summary>
    private async Task<int> ValidateAsync(CliArguments args)
    {
        args.Expect(3, "url", "api-key", "type", "reference", "version");
        var (subject, file) = (args.Positional[1], args.Positional[2]);
        var schema = await SchemaFile.ReadAsync(file, args.Value("type"), args.Values("reference"));
        var lint = await _registry.PostAsync($"lint/subjects/{Escape(subject)}", schema);
        if (await RefusedAsync(lint))
        {
            return ExitCodes.Failure;
        }

        var lintPassed = await PrintLintAsync(lint.Value);

        // Without --version: the versions the subject's level asks for, which is what publish checks.
        var against = args.Value("version");
        var path = against is null ? "versions" : $"versions/{Escape(against)}";
        var check = await _registry.PostAsync($"compatibility/subjects/{Escape(subject)}/{path}?verbose=true", schema);
        if (await RefusedAsync(check))
        {
            return ExitCodes.Failure;
        }

        var compatible = await PrintCompatibilityAsync(check.Value, against);
        var valid = lintPassed && compatible;
        await output.WriteLineAsync(valid ? $"valid: {file} can be published to {subject}" : $"invalid: {file} would be refused by {subject}");
        return valid ? ExitCodes.Success : ExitCodes.Failure;
    }

    private async Task<int> PublishAsync(CliArguments args)
    {
        args.Expect(3, "url", "api-key", "type", "reference");
        var subject = args.Positional[1];
        var schema = await SchemaFile.ReadAsync(args.Positional[2], args.Value("type"), args.Values("reference"));
        var registered = await _registry.PostAsync($"subjects/{Escape(subject)}/versions", schema);
        if (await RefusedAsync(registered))
        {
            return ExitCodes.Failure;
        }

        // Confluent's register answers the id only; the lookup under the subject gives the version.
        var found = await _registry.PostAsync($"subjects/{Escape(subject)}", schema);
        if (await RefusedAsync(found))
        {
            return ExitCodes.Failure;
        }

        await output.WriteLineAsync($"subject: {subject}");
        await output.WriteLineAsync($"id: {registered.Value.GetProperty("id").GetInt32()}");
        await output.WriteLineAsync($"version: {found.Value.GetProperty("version").GetInt32()}");
        return ExitCodes.Success;
    }

    private async Task<bool> PrintLintAsync(JsonElement report)
    {
        var errors = report.GetProperty("errors");
        var warnings = report.GetProperty("warnings");
        await output.WriteLineAsync($"lint: {(errors.GetArrayLength() == 0 ? "passed" : "failed")}, "
            + $"{errors.GetArrayLength()} error(s), {warnings.GetArrayLength()} warning(s)");
        foreach (var (severity, findings) in new[] { ("error", errors), ("warning", warnings) })
        {
            foreach (var finding in findings.EnumerateArray())
            {
                await output.WriteLineAsync($"  {severity} {Text(finding, "rule")} at {Text(finding, "path")}: {Text(finding, "message")}");
            }
        }

        return errors.GetArrayLength() == 0;
    }

    private async Task<bool> PrintCompatibilityAsync(JsonElement check, string? against)
    {
        var compatible = check.GetProperty("is_compatible").GetBoolean();
        var scope = against is null ? "the versions its compatibility level requires" : $"version {against}";
        await output.WriteLineAsync($"compatibility: {(compatible ? "compatible" : "incompatible")} with {scope}");
        foreach (var message in check.TryGetProperty("messages", out var messages) ? messages.EnumerateArray() : default)
        {
            await output.WriteLineAsync($"  {message.GetString()}");
        }

        return compatible;
    }
}
