using System.Text.Json.Nodes;

namespace DataSpine.Grains.Audit;

/// <summary>
/// What a state write changed, as a JSON list of <c>{"path", "before", "after"}</c> (an array that only grew
/// shows as <c>{"path", "appended": [...]}</c>). Fields that hold secrets or their protected form are shown
/// as changed but never with their value. A diff larger than <see cref="MaxLength"/> keeps its paths only.
/// </summary>
public static class AuditDiff
{
    public const int MaxLength = 16 * 1024;
    private const int MaxPaths = 100;
    private const string Redacted = "[redacted]";
    private static readonly string[] SecretWords = ["protected", "secret", "password", "passwd", "token", "credential", "hash"];

    public static string Between(string? before, string? after)
    {
        var changes = new JsonArray();
        Compare(Parse(before), Parse(after), "$", changes, redact: false);
        var text = changes.ToJsonString();
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var paths = changes.Take(MaxPaths).Select(c => (JsonNode?)JsonValue.Create(c!["path"]!.GetValue<string>())).ToArray();
        return new JsonObject { ["truncated"] = true, ["changes"] = changes.Count, ["paths"] = new JsonArray(paths) }.ToJsonString();
    }

    private static JsonNode? Parse(string? json) => json is null ? null : JsonNode.Parse(json);

    private static void Compare(JsonNode? before, JsonNode? after, string path, JsonArray changes, bool redact)
    {
        if (JsonNode.DeepEquals(before, after))
        {
            return;
        }

        if (before is JsonObject or null && after is JsonObject or null)
        {
            // A created or cleared state is compared field by field too, so secrets are redacted there as well.
            var oldObject = before as JsonObject ?? [];
            var newObject = after as JsonObject ?? [];
            foreach (var name in oldObject.Select(p => p.Key).Union(newObject.Select(p => p.Key)))
            {
                Compare(oldObject[name], newObject[name], $"{path}.{name}", changes, redact || IsSecret(name));
            }

            return;
        }

        if (!redact && before is JsonArray oldArray && after is JsonArray newArray && newArray.Count > oldArray.Count
            && oldArray.Select((item, i) => JsonNode.DeepEquals(item, newArray[i])).All(same => same))
        {
            changes.Add(new JsonObject { ["path"] = path, ["appended"] = new JsonArray([.. newArray.Skip(oldArray.Count).Select(n => n?.DeepClone())]) });
            return;
        }

        changes.Add(new JsonObject
        {
            ["path"] = path,
            ["before"] = redact && before is not null ? Redacted : before?.DeepClone(),
            ["after"] = redact && after is not null ? Redacted : after?.DeepClone(),
        });
    }

    private static bool IsSecret(string name) => SecretWords.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase));
}
