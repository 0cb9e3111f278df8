using System.Text.Json;

namespace DataSpine.Cli.Registry;

public sealed partial class RegistryCommands
{
    /// <summary>The metadata property in which the node reports a version's semantic version.</summary>
    private const string SemverProperty = "dataspine.semver";

    private async Task<int> SubjectsAsync(CliArguments args)
    {
        args.Expect(1, "url", "api-key", "prefix", "deleted");
        var query = $"subjects?deleted={(args.Has("deleted") ? "true" : "false")}";
        if (args.Value("prefix") is { } prefix)
        {
            query += $"&subjectPrefix={Escape(prefix)}";
        }

        var answer = await _registry.GetAsync(query);
        if (await RefusedAsync(answer))
        {
            return ExitCodes.Failure;
        }

        foreach (var subject in answer.Value.EnumerateArray())
        {
            await output.WriteLineAsync(subject.GetString());
        }

        return ExitCodes.Success;
    }

    private async Task<int> LatestAsync(CliArguments args)
    {
        args.Expect(2, "url", "api-key");
        var answer = await _registry.GetAsync($"subjects/{Escape(args.Positional[1])}/versions/latest");
        if (await RefusedAsync(answer))
        {
            return ExitCodes.Failure;
        }

        var latest = answer.Value;
        await output.WriteLineAsync($"subject: {latest.GetProperty("subject").GetString()}");
        await output.WriteLineAsync($"version: {latest.GetProperty("version").GetInt32()}");
        await output.WriteLineAsync($"id: {latest.GetProperty("id").GetInt32()}");
        // Confluent leaves schemaType out for AVRO.
        await output.WriteLineAsync($"type: {(latest.TryGetProperty("schemaType", out var type) ? type.GetString() : "AVRO")}");
        if (latest.TryGetProperty("metadata", out var metadata) && metadata.TryGetProperty("properties", out var properties)
            && properties.TryGetProperty(SemverProperty, out var semver))
        {
            await output.WriteLineAsync($"semver: {semver.GetString()}");
        }

        foreach (var reference in latest.TryGetProperty("references", out var references) ? references.EnumerateArray() : default)
        {
            await output.WriteLineAsync($"reference: {Text(reference, "name")}={Text(reference, "subject")}:{reference.GetProperty("version").GetInt32()}");
        }

        await output.WriteLineAsync("schema:");
        await output.WriteLineAsync(latest.GetProperty("schema").GetString()?.TrimEnd());
        return ExitCodes.Success;
    }

    private static string? Text(JsonElement element, string name) => element.GetProperty(name).GetString();
}
