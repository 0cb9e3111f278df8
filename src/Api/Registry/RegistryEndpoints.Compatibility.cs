using System.Diagnostics;
using DataSpine.Api.Security;
using DataSpine.Grains.Registry;
using DataSpine.Grains.Security;

namespace DataSpine.Api.Registry;

public static partial class RegistryEndpoints
{
    private static void MapCompatibility(RouteGroupBuilder registry)
    {
        registry.MapPost("/compatibility/subjects/{subject}/versions/{version}", CheckVersionAsync).WithName("RegistryCheckVersion").Allow(Role.Viewer);
        registry.MapPost("/compatibility/subjects/{subject}/versions", CheckAllAsync).WithName("RegistryCheckAll").Allow(Role.Viewer);
    }

    private static Task<IResult> CheckVersionAsync(string subject, string version, HttpContext http, IGrainFactory grains) =>
        RegistryHttp.TryParseVersion(version, out var number, out var invalid)
            ? CheckAsync(subject, number, http, grains)
            : Task.FromResult(invalid!);

    private static Task<IResult> CheckAllAsync(string subject, HttpContext http, IGrainFactory grains) =>
        CheckAsync(subject, null, http, grains);

    private static async Task<IResult> CheckAsync(string subject, int? version, HttpContext http, IGrainFactory grains)
    {
        var (body, invalid) = await RegistryBody.ReadAsync<SchemaBody>(http);
        if ((invalid ?? InvalidSubject(subject)) is { } failure)
        {
            return failure;
        }

        var input = RegistryBody.ToInput(body!, RegistryHttp.Flag(http, "normalize"), out invalid);
        if (input is null)
        {
            return invalid!;
        }

        var verbose = RegistryHttp.Flag(http, "verbose");
        var watch = Stopwatch.StartNew();
        var result = await Subject(grains, subject).CheckCompatibilityAsync(new CompatibilityCheckRequest(input, version));
        RegistryHttp.ServerTiming(http, "compatibility", watch.Elapsed);
        // Confluent: with verbose, messages are always present, and an invalid schema is an incompatible answer, not 42201.
        if (verbose && result.Error is { Code: RegistryErrorCodes.InvalidSchema } invalidSchema)
        {
            return RegistryHttp.Ok(new CompatibilityResponse(false, [invalidSchema.Message]));
        }

        return RegistryHttp.From(result, r => new CompatibilityResponse(r.IsCompatible, verbose ? r.Messages : null));
    }
}
