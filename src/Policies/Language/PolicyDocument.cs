using System.Text.Json.Serialization;

namespace DataSpine.Policies.Language;

/// <summary>
/// One policy as users write it (docs/policies.md):
/// <c>{"id", "description"?, "effect": "allow"|"deny", "actions": [...], "roles"?: [...], "resourceTypes"?: [...], "when"?: [conditions]}</c>.
/// <c>roles</c> and <c>resourceTypes</c> are shorthand for conditions on <c>principal.role</c> and <c>resource.type</c>.
/// </summary>
public sealed record PolicyDocument(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("effect")] string? Effect,
    [property: JsonPropertyName("actions")] IReadOnlyList<string>? Actions,
    [property: JsonPropertyName("roles")] IReadOnlyList<string>? Roles,
    [property: JsonPropertyName("resourceTypes")] IReadOnlyList<string>? ResourceTypes,
    [property: JsonPropertyName("when")] IReadOnlyList<ConditionDocument>? When);

/// <summary>
/// <c>{"attribute", "op", "value"?: string | [strings], "valueFrom"?: attribute}</c>. <c>valueFrom</c> compares
/// with another attribute of the same request, e.g. <c>resource.domain in principal.claims.domains</c>.
/// </summary>
public sealed record ConditionDocument(
    [property: JsonPropertyName("attribute")] string? Attribute,
    [property: JsonPropertyName("op")] string? Op,
    [property: JsonPropertyName("value")] StringOrList? Value,
    [property: JsonPropertyName("valueFrom")] string? ValueFrom);
