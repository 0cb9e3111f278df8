using DataSpine.Api.Security;
using DataSpine.Grains.Registry;
using DataSpine.Grains.Security;

namespace DataSpine.Api.Registry;

public static partial class RegistryEndpoints
{
    /// <summary>Confluent's order.</summary>
    private static readonly string[] SchemaTypes = ["JSON", "PROTOBUF", "AVRO"];

    private static void MapSchemas(RouteGroupBuilder registry)
    {
        registry.MapGet("/schemas/types", () => RegistryHttp.Ok(SchemaTypes)).WithName("RegistrySchemaTypes").Allow(Role.Viewer);
        registry.MapGet("/schemas", ListSchemasAsync).WithName("RegistryListSchemas").Allow(Role.Viewer);
        registry.MapGet("/schemas/ids/{id:int}", GetSchemaByIdAsync).WithName("RegistryGetSchemaById").Allow(Role.Viewer);
        registry.MapGet("/schemas/ids/{id:int}/schema", GetRawSchemaByIdAsync).WithName("RegistryGetRawSchemaById").Allow(Role.Viewer);
        registry.MapGet("/schemas/ids/{id:int}/versions", GetIdVersionsAsync).WithName("RegistryGetIdVersions").Allow(Role.Viewer);
        registry.MapGet("/schemas/ids/{id:int}/subjects", GetIdSubjectsAsync).WithName("RegistryGetIdSubjects").Allow(Role.Viewer);
    }

    private static async Task<IResult> GetSchemaByIdAsync(int id, HttpContext http, IGrainFactory grains)
    {
        if (await FindByIdAsync(id, grains) is not { } schema)
        {
            return SchemaNotFound(id);
        }

        var text = await FormattedAsync(grains, http, id, schema);
        return text.Error is { } error
            ? RegistryHttp.Error(error)
            : RegistryHttp.Ok(new SchemaByIdResponse(text.Value!, WireType(schema.SchemaType), References(schema.References)));
    }

    private static async Task<IResult> GetRawSchemaByIdAsync(int id, HttpContext http, IGrainFactory grains)
    {
        if (await FindByIdAsync(id, grains) is not { } schema)
        {
            return SchemaNotFound(id);
        }

        var text = await FormattedAsync(grains, http, id, schema);
        return text.Error is { } error ? RegistryHttp.Error(error) : RegistryHttp.Text(text.Value!);
    }

    private static async Task<IResult> GetIdVersionsAsync(int id, HttpContext http, IGrainFactory grains)
    {
        var usages = await Ids(grains).GetUsagesAsync(id, RegistryHttp.Flag(http, "deleted"));
        return usages.Count == 0 && await Ids(grains).GetAsync(id) is null
            ? SchemaNotFound(id)
            : RegistryHttp.Ok(usages.Select(u => new SubjectVersionPair(u.Subject, u.Version)).ToList());
    }

    private static async Task<IResult> GetIdSubjectsAsync(int id, HttpContext http, IGrainFactory grains)
    {
        var usages = await Ids(grains).GetUsagesAsync(id, RegistryHttp.Flag(http, "deleted"));
        return usages.Count == 0 && await Ids(grains).GetAsync(id) is null
            ? SchemaNotFound(id)
            : RegistryHttp.Ok(usages.Select(u => u.Subject).Distinct().ToList());
    }

    /// <summary>
    /// The schema by id. Confluent uses ?subject= only to pick a schema context, and ids are global in
    /// the default context, so the parameter is accepted and does not narrow the answer.
    /// </summary>
    private static Task<StoredSchema?> FindByIdAsync(int id, IGrainFactory grains) => Ids(grains).GetAsync(id);

    /// <summary>GET /schemas: every subject's versions (latestOnly: the latest), subjectPrefix, offset and limit.</summary>
    private static async Task<IResult> ListSchemasAsync(HttpContext http, IGrainFactory grains)
    {
        var deleted = RegistryHttp.Flag(http, "deleted");
        var latestOnly = RegistryHttp.Flag(http, "latestOnly");
        var offset = Math.Max(0, int.TryParse(RegistryHttp.Query(http, "offset"), out var o) ? o : 0);
        var limit = int.TryParse(RegistryHttp.Query(http, "limit"), out var l) && l > 0 ? l : int.MaxValue;
        var subjects = await Global(grains).ListSubjectsAsync(RegistryHttp.Query(http, "subjectPrefix"), deleted);
        var schemas = new List<SubjectVersionResponse>();
        foreach (var subject in subjects)
        {
            var versions = (await Subject(grains, subject).GetAllVersionsAsync()).Where(v => deleted || !v.Deleted).ToList();
            schemas.AddRange((latestOnly ? versions.TakeLast(1) : versions).Select(ToResponse));
        }

        return RegistryHttp.Ok(schemas.Skip(offset).Take(limit).ToList());
    }

    private static IResult SchemaNotFound(int id) => RegistryHttp.Error(RegistryErrorCodes.SchemaNotFound, $"Schema {id} not found");
}
