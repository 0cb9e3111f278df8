namespace DataSpine.SqlLineage;

/// <summary>A problem found while analysing SQL.</summary>
/// <param name="Severity">"error", "warning" or "info".</param>
/// <param name="Code">A stable code from <see cref="DiagnosticCodes"/>.</param>
/// <param name="Message">Human-readable explanation.</param>
/// <param name="Line">1-based line of the offending token.</param>
/// <param name="Column">1-based column of the offending token.</param>
public sealed record Diagnostic(string Severity, string Code, string Message, int Line, int Column);
