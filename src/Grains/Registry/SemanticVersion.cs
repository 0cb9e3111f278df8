using System.Text.Json.Nodes;
using DataSpine.Registry.Compatibility;

namespace DataSpine.Grains.Registry;

/// <summary>
/// Semantic versions of a subject's schema versions (issue 5): major for a change that new readers
/// cannot read old data with (only possible under NONE or in IMPORT), minor for a compatible
/// structural change, patch for a change of documentation only.
/// </summary>
internal static class SemanticVersion
{
    public const string First = "1.0.0";

    /// <summary>The change that makes the first version: no contract forbids it.</summary>
    public const string Initial = "initial";

    /// <summary>Documentation keys, ignored when deciding whether a change is doc-only.</summary>
    private static readonly string[] DocKeys = ["doc", "description", "title", "$comment", "examples"];

    public static (string Version, string Change) Next(ParsedSchema candidate, ISchemaFormat format, ParsedSchema? previous, string? previousVersion)
    {
        if (previous is null || previous.SchemaType != candidate.SchemaType || !TryParse(previousVersion, out var major, out var minor, out var patch))
        {
            return previous is null ? (First, Initial) : Bump(previousVersion, SemverChanges.Major);
        }

        var change = WithoutDocs(candidate) == WithoutDocs(previous) ? SemverChanges.Patch
            : format.Check(candidate, previous).IsCompatible ? SemverChanges.Minor
            : SemverChanges.Major;
        return change switch
        {
            SemverChanges.Patch => ($"{major}.{minor}.{patch + 1}", change),
            SemverChanges.Minor => ($"{major}.{minor + 1}.0", change),
            _ => ($"{major + 1}.0.0", change),
        };
    }

    /// <summary>Rank of a change or contract level: patch &lt; minor &lt; major.</summary>
    public static int Rank(string change) => change switch
    {
        Initial => -1,
        SemverChanges.Patch => 0,
        SemverChanges.Minor => 1,
        _ => 2,
    };

    private static (string, string) Bump(string? previousVersion, string change) =>
        TryParse(previousVersion, out var major, out _, out _) ? ($"{major + 1}.0.0", change) : (First, change);

    private static bool TryParse(string? text, out int major, out int minor, out int patch)
    {
        major = minor = patch = 0;
        var parts = text?.Split('.') ?? [];
        return parts.Length == 3 && int.TryParse(parts[0], out major) && int.TryParse(parts[1], out minor) && int.TryParse(parts[2], out patch);
    }

    /// <summary>The canonical form without documentation (JSON-based formats); Protobuf's printed form has no comments.</summary>
    private static string WithoutDocs(ParsedSchema schema)
    {
        if (schema.SchemaType == SchemaTypes.Protobuf)
        {
            return schema.CanonicalString;
        }

        var node = JsonNode.Parse(schema.CanonicalString, documentOptions: new System.Text.Json.JsonDocumentOptions { MaxDepth = 512 });
        Strip(node);
        return node?.ToJsonString() ?? "";
    }

    private static void Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in DocKeys)
                {
                    obj.Remove(key);
                }

                foreach (var (_, child) in obj)
                {
                    Strip(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Strip(child);
                }

                break;
        }
    }
}
