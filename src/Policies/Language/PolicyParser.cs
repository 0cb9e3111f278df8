using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using DataSpine.Policies.Evaluation;

namespace DataSpine.Policies.Language;

/// <summary>
/// Reads policy documents (one, a list, or <c>{"policies": [...]}</c>) and compiles them. Every problem is
/// reported with its JSON path and a stable code; one bad document refuses the whole load, so a set is
/// never half-applied.
/// </summary>
public static partial class PolicyParser
{
    public const int MaxPolicies = 10_000;
    public const int MaxValuesPerCondition = 1_000;

    private static readonly JsonSerializerOptions Options = new()
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        MaxDepth = 16,
        AllowTrailingCommas = false,
    };

    public static PolicyParseResult Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var shape = Shape.Single;
        List<PolicyDocument?>? documents;
        try
        {
            documents = ReadDocuments(json, out shape);
        }
        catch (JsonException error)
        {
            var path = error.Path ?? "$";
            return PolicyParseResult.Failed(new PolicyError(shape == Shape.Wrapped ? "$.policies" + path[1..] : path, PolicyErrorCodes.MalformedJson, FirstLine(error.Message)));
        }

        return documents is null
            ? PolicyParseResult.Failed(new PolicyError("$", PolicyErrorCodes.MalformedJson, "expected a policy, a list of policies, or {\"policies\": [...]}."))
            : Compile(documents, shape == Shape.Wrapped ? "$.policies" : "$", single: shape == Shape.Single);
    }

    private enum Shape { Single, List, Wrapped }

    /// <summary>Compiles documents already read; <paramref name="single"/> reports paths as of one document at <paramref name="basePath"/>.</summary>
    public static PolicyParseResult Compile(IReadOnlyList<PolicyDocument?> documents, string basePath = "$", bool single = false)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count > MaxPolicies)
        {
            return PolicyParseResult.Failed(new PolicyError(basePath, PolicyErrorCodes.TooLarge, $"at most {MaxPolicies} policies in one set."));
        }

        var errors = new List<PolicyError>();
        var policies = new List<Policy>(documents.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            var path = single ? basePath : $"{basePath}[{i}]";
            if (documents[i] is not { } document)
            {
                errors.Add(new PolicyError(path, PolicyErrorCodes.MissingField, "a policy must be an object."));
                continue;
            }

            if (document.Id is { } id && !ids.Add(id))
            {
                errors.Add(new PolicyError($"{path}.id", PolicyErrorCodes.DuplicateId, $"'{id}' is used by an earlier policy."));
            }

            if (PolicyCompiler.Compile(document, path, errors) is { } policy)
            {
                policies.Add(policy);
            }
        }

        return errors.Count > 0 ? PolicyParseResult.Failed([.. errors]) : PolicyParseResult.Succeeded(policies);
    }

    private static List<PolicyDocument?>? ReadDocuments(string json, out Shape shape)
    {
        shape = Shape.Single;
        using var parsed = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = Options.MaxDepth });
        var root = parsed.RootElement;
        if (root.ValueKind == JsonValueKind.Array)
        {
            shape = Shape.List;
            return root.Deserialize<List<PolicyDocument?>>(Options);
        }

        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("policies", out var list))
        {
            shape = Shape.Wrapped;
            return root.EnumerateObject().Count() == 1 && list.ValueKind == JsonValueKind.Array
                ? list.Deserialize<List<PolicyDocument?>>(Options)
                : null;
        }

        return root.ValueKind == JsonValueKind.Object ? [root.Deserialize<PolicyDocument>(Options)] : null;
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$")]
    internal static partial Regex IdPattern();
}

/// <summary>Compiled policies, or every reason the documents were refused.</summary>
public sealed record PolicyParseResult(IReadOnlyList<Policy> Policies, IReadOnlyList<PolicyError> Errors)
{
    public bool Ok => Errors.Count == 0;

    internal static PolicyParseResult Succeeded(IReadOnlyList<Policy> policies) => new(policies, []);

    internal static PolicyParseResult Failed(params PolicyError[] errors) => new([], errors);
}
