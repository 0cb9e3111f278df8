using DataSpine.Api.Policies;
using DataSpine.Api.Security;
using DataSpine.Grains.Registry;
using DataSpine.Grains.Security;
using DataSpine.Policies.Language;

namespace DataSpine.Api.Registry;

/// <summary>
/// Confluent's reads that stream clients hit besides the core ones: <c>?format=serialized</c> (a Protobuf
/// schema as the base64 FileDescriptorProto its serializers use), schema contexts and latest-with-metadata.
/// </summary>
public static partial class RegistryEndpoints
{
    /// <summary>Only the default context exists; Confluent names it ".".</summary>
    private static readonly string[] Contexts = ["."];

    private static void MapFormats(RouteGroupBuilder registry)
    {
        registry.MapGet("/contexts", () => RegistryHttp.Ok(Contexts)).WithName("RegistryListContexts")
            .WithSummary("Lists schema contexts: only the default context \".\".").Allow(Role.Viewer);
        registry.MapGet("/subjects/{subject}/metadata", GetLatestWithMetadataAsync).WithName("RegistryLatestWithMetadata")
            .WithSummary("The latest version whose metadata properties hold every key=…&value=… pair given.")
            .Allow(Role.Viewer).Guard(PolicyActions.Read, Resources.SubjectAsync);
    }

    private static async Task<IResult> GetLatestWithMetadataAsync(string subject, HttpContext http, IGrainFactory grains)
    {
        if (InvalidSubject(subject) is { } invalid)
        {
            return invalid;
        }

        // Confluent pairs the i-th key with the i-th value and drops unpaired ones.
        var keys = http.Request.Query["key"];
        var values = http.Request.Query["value"];
        var metadata = new Dictionary<string, string>();
        for (var i = 0; i < Math.Min(keys.Count, values.Count); i++)
        {
            metadata[keys[i]!] = values[i]!;
        }

        return RegistryHttp.From(await Subject(grains, subject).GetLatestWithMetadataAsync(metadata, RegistryHttp.Flag(http, "deleted")), ToResponse);
    }

    /// <summary>?format=serialized; Confluent ignores other formats for reads a type does not know them for.</summary>
    private static bool WantsSerialized(HttpContext http) =>
        string.Equals(RegistryHttp.Query(http, "format"), "serialized", StringComparison.OrdinalIgnoreCase);

    /// <summary>The version's schema text in the requested format, or the grain's error.</summary>
    private static async Task<RegistryResult<string>> FormattedAsync(IGrainFactory grains, HttpContext http, SubjectVersion version) =>
        WantsSerialized(http) && version.SchemaType == "PROTOBUF"
            ? await Subject(grains, version.Subject).GetSerializedAsync(version.Version, includeDeleted: true)
            : RegistryResult.Ok(version.Schema);

    /// <summary>A schema id in the requested format: serialized through a subject version that uses it.</summary>
    private static async Task<RegistryResult<string>> FormattedAsync(IGrainFactory grains, HttpContext http, int id, StoredSchema schema)
    {
        if (!WantsSerialized(http) || schema.SchemaType != "PROTOBUF")
        {
            return RegistryResult.Ok(schema.Schema);
        }

        var usages = await Ids(grains).GetUsagesAsync(id, includeDeleted: true);
        return usages.Count == 0
            ? RegistryResult.Fail<string>(RegistryErrorCodes.SchemaNotFound, $"Schema {id} not found")
            : await Subject(grains, usages[0].Subject).GetSerializedAsync(usages[0].Version, includeDeleted: true);
    }
}
