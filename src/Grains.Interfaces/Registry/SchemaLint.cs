namespace DataSpine.Grains.Registry;

/// <summary>
/// DataSpine's lint gates on top of Confluent's API (issue 5): severities per rule, per subject.
/// "error" blocks a registration, "warning" only reports, "off" skips the rule.
/// </summary>
/// <param name="Pii">Fields whose name or doc suggests personal data must carry a PII tag.</param>
/// <param name="Retention">String and bytes fields should carry a retention hint (retain=&lt;duration&gt;).</param>
[GenerateSerializer, Immutable, Alias("ds.registry.LintPolicy")]
public sealed record LintPolicy(string Pii = LintSeverities.Warning, string Retention = LintSeverities.Warning);

public static class LintSeverities
{
    public const string Error = "error";
    public const string Warning = "warning";
    public const string Off = "off";

    /// <summary>The lower-case severity, or null when it is not one.</summary>
    public static string? Normalize(string? severity) =>
        severity?.Trim().ToLowerInvariant() is Error or Warning or Off ? severity.Trim().ToLowerInvariant() : null;
}

/// <summary>One violation, with the path of the field in the schema (Record.field, $.a.b, package.Message.field).</summary>
[GenerateSerializer, Immutable, Alias("ds.registry.LintFinding")]
public sealed record LintFinding(string Rule, string Path, string Message, string Severity);

/// <summary>The findings of a lint run; registration is blocked when <see cref="Errors"/> is not empty.</summary>
[GenerateSerializer, Immutable, Alias("ds.registry.LintReport")]
public sealed record LintReport(IReadOnlyList<LintFinding> Errors, IReadOnlyList<LintFinding> Warnings);
