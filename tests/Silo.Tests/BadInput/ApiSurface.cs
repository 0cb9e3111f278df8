using System.Text.Json;

namespace DataSpine.Silo.Tests.BadInput;

/// <summary>Every operation the node's OpenAPI document describes, with its path parameters filled in.</summary>
internal sealed record ApiOperation(string Method, string Template)
{
    public bool Writes => Method is "POST" or "PUT" or "PATCH" or "DELETE";

    /// <summary>The path with each {parameter} replaced by the caller's value for it (or a fallback).</summary>
    public string Path(IReadOnlyDictionary<string, string> values, string fallback) =>
        System.Text.RegularExpressions.Regex.Replace(Template, @"\{\*{0,2}([^}]+)\}",
            m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : fallback);

    public static async Task<IReadOnlyList<ApiOperation>> ReadAsync(HttpClient http)
    {
        var document = await http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        return [.. document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(op => op.Name is "get" or "post" or "put" or "patch" or "delete")
                .Select(op => new ApiOperation(op.Name.ToUpperInvariant(), path.Name)))];
    }
}
