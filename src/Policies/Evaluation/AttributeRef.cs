using DataSpine.Policies.Language;

namespace DataSpine.Policies.Evaluation;

/// <summary>An attribute name resolved once, at load time, so evaluation does no string parsing.</summary>
internal sealed class AttributeRef
{
    private enum Kind { Role, Key, Subject, Claim, Resource }

    private readonly Kind _kind;
    private readonly string _name;

    private AttributeRef(string path, Kind kind, string name)
    {
        Path = path;
        _kind = kind;
        _name = name;
    }

    public string Path { get; }

    /// <summary>The <c>resource.type</c> attribute, which the policy index keys on.</summary>
    public bool IsResourceType => _kind == Kind.Resource && _name == "type";

    public static AttributeRef Parse(string path) => path switch
    {
        "principal.role" => new(path, Kind.Role, ""),
        "principal.key" => new(path, Kind.Key, ""),
        "principal.subject" => new(path, Kind.Subject, ""),
        _ when path.StartsWith(PolicyAttributes.ClaimsPrefix, StringComparison.Ordinal) => new(path, Kind.Claim, path[PolicyAttributes.ClaimsPrefix.Length..]),
        _ => new(path, Kind.Resource, path[PolicyAttributes.ResourcePrefix.Length..]),
    };

    public IReadOnlyList<string> Values(PolicyRequest request) => _kind switch
    {
        Kind.Role => [request.Principal.Role],
        Kind.Key => request.Principal.Key is { } key ? [key] : [],
        Kind.Subject => request.Principal.Subject is { } subject ? [subject] : [],
        Kind.Claim => request.Principal.Claims is { } claims && claims.TryGetValue(_name, out var values) ? values : [],
        _ => request.Resource.Get(_name),
    };
}
