using DataSpine.Registry.Compatibility.Protobuf;

namespace DataSpine.Grains.Registry.Lint;

/// <summary>
/// Fields of a Protobuf schema, from the parsed file plus the comments on the field's line (or the
/// comment line just above it). A PII tag is a field option whose name contains "pii" set to true,
/// or "[pii]" in the comment; a retention hint is a "retain" option or "retain=" in the comment.
/// </summary>
internal static class ProtobufFields
{
    public static List<LintField> Of(ProtobufSchema schema)
    {
        var lines = schema.SchemaText.Split('\n');
        var fields = new List<LintField>();
        var prefix = string.IsNullOrEmpty(schema.File.Package) ? "" : schema.File.Package + ".";
        foreach (var type in schema.File.Types)
        {
            Walk(type, prefix, lines, fields);
        }

        return fields;
    }

    private static void Walk(ProtoTypeElement type, string prefix, string[] lines, List<LintField> fields)
    {
        if (type is not ProtoMessage message)
        {
            return;
        }

        var path = prefix + message.Name;
        foreach (var field in message.AllFields)
        {
            var comment = Comment(lines, field.Line);
            var tagged = field.Options.Any(o => o.Name.Contains("pii", StringComparison.OrdinalIgnoreCase) && o.Value == "true")
                || comment?.Contains("[pii]", StringComparison.OrdinalIgnoreCase) == true;
            var retention = field.Options.Any(o => o.Name.Contains("retain", StringComparison.OrdinalIgnoreCase))
                || SchemaLinter.MentionsRetention(comment);
            var isText = field.Type is "string" or "bytes" || field.MapValue is "string" or "bytes";
            fields.Add(new LintField($"{path}.{field.Name}", field.Name, comment, isText, tagged, retention));
        }

        foreach (var nested in message.NestedTypes)
        {
            Walk(nested, path + ".", lines, fields);
        }
    }

    /// <summary>The trailing // comment of the field's line, or a comment-only line just above it.</summary>
    private static string? Comment(string[] lines, int line)
    {
        if (line < 1 || line > lines.Length)
        {
            return null;
        }

        var own = lines[line - 1];
        var slash = own.IndexOf("//", StringComparison.Ordinal);
        if (slash >= 0)
        {
            return own[(slash + 2)..].Trim();
        }

        var above = line >= 2 ? lines[line - 2].Trim() : "";
        return above.StartsWith("//", StringComparison.Ordinal) ? above[2..].Trim() : null;
    }
}
