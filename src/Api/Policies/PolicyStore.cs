using System.Text.Json;
using System.Text.Json.Serialization;
using DataSpine.Policies.Language;

namespace DataSpine.Api.Policies;

/// <summary>How custom policy documents are checked and stored: a JSON array of documents, ids outside <c>builtin:</c>.</summary>
public static class PolicyStore
{
    public const string Key = "all";
    public const string BuiltInPrefix = "builtin:";

    private static readonly JsonSerializerOptions Stored = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>Parses and compiles a set as users send it (one document, a list, or {"policies": [...]}).</summary>
    public static PolicyParseResult Compile(string json)
    {
        var result = PolicyParser.Parse(json);
        if (!result.Ok)
        {
            return result;
        }

        var reserved = result.Policies.Select((p, i) => (p, i)).Where(x => x.p.Id.StartsWith(BuiltInPrefix, StringComparison.OrdinalIgnoreCase))
            .Select(x => new PolicyError($"$[{x.i}].id", PolicyErrorCodes.InvalidValue, $"ids starting with '{BuiltInPrefix}' are the built-in role policies'."))
            .ToArray();
        return reserved.Length == 0 ? result : new PolicyParseResult([], reserved);
    }

    /// <summary>The documents of a compiled set as the JSON array that is stored and shown.</summary>
    public static string Serialize(PolicyParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(result.Policies.Select(p => p.Document).ToList(), Stored);
    }
}
