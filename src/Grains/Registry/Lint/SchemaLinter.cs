using DataSpine.Registry.Compatibility;
using DataSpine.Registry.Compatibility.Protobuf;

namespace DataSpine.Grains.Registry.Lint;

/// <summary>The lint gates: PII tags on personal fields, retention hints on text fields.</summary>
internal static class SchemaLinter
{
    public const string PiiRule = "pii-tag";
    public const string RetentionRule = "retention-hint";

    public static LintReport Lint(ParsedSchema schema, LintPolicy policy)
    {
        var fields = schema switch
        {
            ProtobufSchema proto => ProtobufFields.Of(proto),
            _ when schema.SchemaType == SchemaTypes.Json => JsonSchemaFields.Of(schema.SchemaText),
            _ => AvroFields.Of(schema.SchemaText),
        };
        var findings = new List<LintFinding>();
        foreach (var field in fields)
        {
            if (policy.Pii != LintSeverities.Off && !field.PiiTagged && PiiWords.Match(field.Name, field.Doc) is { } word)
            {
                findings.Add(new LintFinding(PiiRule, field.Path,
                    $"Field '{field.Name}' looks like personal data ('{word}') and carries no PII tag", policy.Pii));
            }

            if (policy.Retention != LintSeverities.Off && field.IsText && !field.HasRetention)
            {
                findings.Add(new LintFinding(RetentionRule, field.Path,
                    $"Text field '{field.Name}' carries no retention hint (retain=<duration>)", policy.Retention));
            }
        }

        return new LintReport(
            findings.Where(f => f.Severity == LintSeverities.Error).ToList(),
            findings.Where(f => f.Severity == LintSeverities.Warning).ToList());
    }

    /// <summary>"retain=30d" in a doc or comment.</summary>
    public static bool MentionsRetention(string? text) =>
        text is not null && text.Contains("retain=", StringComparison.OrdinalIgnoreCase);
}
