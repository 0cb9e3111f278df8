using System.Globalization;

namespace DataSpine.Cli.Registry;

/// <summary>A schema file on disk, with its type and references from the command line.</summary>
internal static class SchemaFile
{
    private static readonly Dictionary<string, string> TypesByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".avsc"] = "AVRO",
        [".json"] = "JSON",
        [".proto"] = "PROTOBUF",
    };

    public static async Task<SchemaRequest> ReadAsync(string path, string? type, IReadOnlyList<string> references)
    {
        var schemaType = TypeOf(path, type);
        var parsed = references.Select(ParseReference).ToList();
        try
        {
            return new SchemaRequest(await File.ReadAllTextAsync(path), schemaType, parsed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot read schema file '{path}': {e.Message}");
        }
    }

    /// <summary>--type when given (any case), else the extension's: .avsc AVRO, .json JSON, .proto PROTOBUF.</summary>
    public static string TypeOf(string path, string? type)
    {
        if (type is not null)
        {
            var upper = type.ToUpperInvariant();
            return upper is "AVRO" or "JSON" or "PROTOBUF"
                ? upper
                : throw new CliUsageException($"--type must be AVRO, JSON or PROTOBUF, not '{type}'");
        }

        return TypesByExtension.TryGetValue(Path.GetExtension(path), out var byExtension)
            ? byExtension
            : throw new CliUsageException($"cannot tell the schema type of '{path}' from its extension; pass --type AVRO|JSON|PROTOBUF");
    }

    /// <summary><c>name=subject:version</c>; without <c>:version</c> (or with <c>:latest</c>) the subject's latest.</summary>
    public static SchemaReferenceRequest ParseReference(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var name = equals < 0 ? "" : text[..equals];
        var target = equals < 0 ? "" : text[(equals + 1)..];
        var colon = target.LastIndexOf(':');
        var subject = target;
        var version = -1;
        if (colon >= 0 && target[(colon + 1)..] is var suffix)
        {
            if (suffix == "latest")
            {
                subject = target[..colon];
            }
            else if (int.TryParse(suffix, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                (subject, version) = (target[..colon], number);
            }
        }

        return name.Length > 0 && subject.Length > 0 && version is -1 or > 0
            ? new SchemaReferenceRequest(name, subject, version)
            : throw new CliUsageException($"--reference must be name=subject:version, not '{text}'");
    }
}
