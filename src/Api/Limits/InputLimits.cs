namespace DataSpine.Api.Limits;

/// <summary>Input caps of the HTTP API and their stable codes (docs/security.md, Input limits).</summary>
public static class InputLimits
{
    /// <summary>JSON nesting deeper than <c>Limits:JsonMaxDepth</c> (default 64) → 400 <c>too_deep</c>.</summary>
    public const int DefaultJsonMaxDepth = 64;

    public const string TooDeep = "too_deep";

    /// <summary>Whether a System.Text.Json failure is the depth cap rather than bad syntax (the reader has no error code for it).</summary>
    public static bool IsTooDeep(System.Text.Json.JsonException error) =>
        error.Message.Contains("maximum configured depth", StringComparison.Ordinal);
}
