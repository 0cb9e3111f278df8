using System.Text.Json.Serialization;
using DataSpine.Grains.Registry;

namespace DataSpine.Api.Registry;

/// <summary>Confluent's error body: <c>{"error_code": 40401, "message": "..."}</c>.</summary>
public sealed record RegistryErrorBody([property: JsonPropertyName("error_code")] int ErrorCode, string Message);

/// <summary>A reference as Confluent's clients send it.</summary>
public sealed record SchemaReferenceBody(string? Name, string? Subject, int? Version);

/// <summary>POST /subjects/{s}/versions, POST /subjects/{s} and the compatibility endpoints.</summary>
public sealed record SchemaBody(string? Schema, string? SchemaType, IReadOnlyList<SchemaReferenceBody>? References, int? Id, int? Version);

public sealed record RegisterSchemaResponse(int Id);

/// <summary>A subject version; schemaType is left out for AVRO and references when empty, as Confluent does.</summary>
public sealed record SubjectVersionResponse(
    string Subject,
    int Version,
    int Id,
    string? SchemaType,
    IReadOnlyList<SchemaReferenceResponse>? References,
    string Schema,
    SchemaMetadataResponse? Metadata = null);

/// <summary>Confluent's data-contract metadata; DataSpine puts the version's semver in its properties.</summary>
public sealed record SchemaMetadataResponse(IReadOnlyDictionary<string, string> Properties);

/// <summary>A subject's semantic-version contract: the largest change it accepts.</summary>
public sealed record ContractBody(string? Level);

public sealed record SchemaReferenceResponse(string Name, string Subject, int Version);

public sealed record SchemaByIdResponse(string Schema, string? SchemaType, IReadOnlyList<SchemaReferenceResponse>? References);

public sealed record SubjectVersionPair(string Subject, int Version);

public sealed record CompatibilityResponse(
    [property: JsonPropertyName("is_compatible")] bool IsCompatible,
    IReadOnlyList<string>? Messages);

/// <summary>
/// PUT /config bodies and answers use "compatibility"; GET answers use "compatibilityLevel". Newer
/// clients send their whole config object, so a body with only "compatibilityLevel" is accepted too.
/// </summary>
public sealed record CompatibilityUpdate(string? Compatibility, string? CompatibilityLevel = null)
{
    [JsonIgnore]
    public string Requested => Compatibility ?? CompatibilityLevel ?? "";
}

public sealed record CompatibilityLevelResponse(string CompatibilityLevel);

public sealed record ModeBody(string? Mode);

/// <summary>Lint severities per rule: error, warning or off.</summary>
public sealed record LintPolicyBody(string? Pii, string? Retention);

public sealed record LintResponse(bool Passed, IReadOnlyList<LintFinding> Errors, IReadOnlyList<LintFinding> Warnings);
