using DataSpine.Api.Security;
using DataSpine.Grains.Registry;
using DataSpine.Grains.Security;

namespace DataSpine.Api.Registry;

/// <summary>
/// The Confluent-compatible schema registry under <c>/registry</c> (issue 5): existing Kafka clients are
/// pointed at http://host:8080/registry and work unmodified. Status codes, error_code values and
/// content types follow Confluent's; handlers only validate, call subject grains and map results.
/// </summary>
public static partial class RegistryEndpoints
{
    public static IEndpointRouteBuilder MapRegistryEndpoints(this IEndpointRouteBuilder app)
    {
        var registry = app.MapGroup("/registry").WithTags("Registry").AddEndpointFilter(BackendErrors);
        // Confluent's root answers an empty object; clients use it as a liveness probe.
        registry.MapGet("/", () => RegistryHttp.Ok(new Dictionary<string, string>())).WithName("RegistryRoot").Allow(Role.Viewer);
        MapSubjects(registry);
        MapSchemas(registry);
        MapFormats(registry);
        MapCompatibility(registry);
        MapConfig(registry);
        MapMode(registry);
        MapLint(registry);
        // Unknown paths answer like Confluent's JAX-RS container, not with problem details.
        app.MapFallback("/registry/{**path}", () => RegistryHttp.Error(404, "HTTP 404 Not Found")).ExcludeFromDescription().Allow(Role.Viewer);
        return app;
    }

    /// <summary>Confluent's answer to a body of the wrong content type, for the node's JSON-only guard.</summary>
    public static IResult UnsupportedMediaType() => RegistryHttp.Error(415, "HTTP 415 Unsupported Media Type");

    private static ISubjectGrain Subject(IGrainFactory grains, string subject) => grains.GetGrain<ISubjectGrain>(subject);

    private static IRegistryGrain Global(IGrainFactory grains) => grains.GetGrain<IRegistryGrain>("global");

    private static ISchemaIdGrain Ids(IGrainFactory grains) => grains.GetGrain<ISchemaIdGrain>("global");

    private static SubjectVersionResponse ToResponse(SubjectVersion v) =>
        new(v.Subject, v.Version, v.Id, WireType(v.SchemaType), References(v.References), v.Schema,
            v.MetadataProperties() is { } properties ? new SchemaMetadataResponse(properties) : null);

    /// <summary>The metadata property that carries a version's semantic version.</summary>
    public const string SemverProperty = SubjectVersion.SemverProperty;

    /// <summary>Confluent leaves schemaType out for AVRO, the default.</summary>
    private static string? WireType(string schemaType) => schemaType == "AVRO" ? null : schemaType;

    private static List<SchemaReferenceResponse>? References(IReadOnlyList<SchemaReference> references) =>
        references.Count == 0 ? null : references.Select(r => new SchemaReferenceResponse(r.Name, r.Subject, r.Version)).ToList();

    /// <summary>A failure that escapes a handler is Confluent's 50001, logged once.</summary>
    private static async ValueTask<object?> BackendErrors(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (TimeoutException)
        {
            return RegistryHttp.Error(RegistryErrorCodes.OperationTimeout, "Operation timed out");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var http = context.HttpContext;
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RegistryEndpoints))
                .LogError(e, "Registry backend error on {Method} {Path}", http.Request.Method, http.Request.Path);
            return RegistryHttp.Error(RegistryErrorCodes.BackendError, "Error in the backend data store");
        }
    }
}
