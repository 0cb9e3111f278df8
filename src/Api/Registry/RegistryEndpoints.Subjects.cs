using System.Diagnostics;
using DataSpine.Api.Policies;
using DataSpine.Api.Security;
using DataSpine.Grains.Registry;
using DataSpine.Grains.Security;
using DataSpine.Policies.Language;

namespace DataSpine.Api.Registry;

public static partial class RegistryEndpoints
{
    /// <summary>Subject names are path segments and grain keys: bounded, no control characters.</summary>
    private const int MaxSubjectLength = 1024;

    private static void MapSubjects(RouteGroupBuilder registry)
    {
        registry.MapGet("/subjects", ListSubjectsAsync).WithName("RegistryListSubjects").Allow(Role.Viewer);
        registry.MapGet("/subjects/{subject}/versions", ListVersionsAsync).WithName("RegistryListVersions").Allow(Role.Viewer).Guard(PolicyActions.Read, Resources.SubjectAsync);
        registry.MapGet("/subjects/{subject}/versions/{version}", GetVersionAsync).WithName("RegistryGetVersion").Allow(Role.Viewer).Guard(PolicyActions.Read, Resources.SubjectAsync);
        registry.MapGet("/subjects/{subject}/versions/{version}/schema", GetVersionSchemaAsync).WithName("RegistryGetVersionSchema").Allow(Role.Viewer);
        registry.MapGet("/subjects/{subject}/versions/{version}/referencedby", ReferencedByAsync).WithName("RegistryReferencedBy").Allow(Role.Viewer);
        registry.MapPost("/subjects/{subject}/versions", RegisterAsync).WithName("RegistryRegister").Allow(Role.Engineer).Guard(PolicyActions.Write, Resources.SubjectAsync);
        registry.MapPost("/subjects/{subject}", LookupAsync).WithName("RegistryLookup").Allow(Role.Viewer);
        registry.MapDelete("/subjects/{subject}", DeleteSubjectAsync).WithName("RegistryDeleteSubject").Allow(Role.Admin).Guard(PolicyActions.Delete, Resources.SubjectAsync);
        registry.MapDelete("/subjects/{subject}/versions/{version}", DeleteVersionAsync).WithName("RegistryDeleteVersion").Allow(Role.Admin).Guard(PolicyActions.Delete, Resources.SubjectAsync);
    }

    private static async Task<IResult> ListSubjectsAsync(HttpContext http, IGrainFactory grains) =>
        RegistryHttp.Ok(await Global(grains).ListSubjectsAsync(RegistryHttp.Query(http, "subjectPrefix"), RegistryHttp.Flag(http, "deleted")));

    private static async Task<IResult> ListVersionsAsync(string subject, HttpContext http, IGrainFactory grains) =>
        InvalidSubject(subject) ?? RegistryHttp.From(await Subject(grains, subject).GetVersionsAsync(RegistryHttp.Flag(http, "deleted")), v => v);

    private static async Task<IResult> GetVersionAsync(string subject, string version, HttpContext http, IGrainFactory grains)
    {
        if (InvalidSubject(subject) is { } invalid || !RegistryHttp.TryParseVersion(version, out var number, out invalid))
        {
            return invalid!;
        }

        var found = await Subject(grains, subject).GetVersionAsync(number, RegistryHttp.Flag(http, "deleted"));
        if (found.Error is { } error)
        {
            return RegistryHttp.Error(error);
        }

        var text = await FormattedAsync(grains, http, found.Value!);
        return text.Error is { } failed ? RegistryHttp.Error(failed) : RegistryHttp.Ok(ToResponse(found.Value! with { Schema = text.Value! }));
    }

    private static async Task<IResult> GetVersionSchemaAsync(string subject, string version, HttpContext http, IGrainFactory grains)
    {
        if (InvalidSubject(subject) is { } invalid || !RegistryHttp.TryParseVersion(version, out var number, out invalid))
        {
            return invalid!;
        }

        var result = await Subject(grains, subject).GetVersionAsync(number, RegistryHttp.Flag(http, "deleted"));
        if (result.Error is { } error)
        {
            return RegistryHttp.Error(error);
        }

        var text = await FormattedAsync(grains, http, result.Value!);
        return text.Error is { } failed ? RegistryHttp.Error(failed) : RegistryHttp.Text(text.Value!);
    }

    private static async Task<IResult> ReferencedByAsync(string subject, string version, IGrainFactory grains)
    {
        if (InvalidSubject(subject) is { } invalid || !RegistryHttp.TryParseVersion(version, out var number, out invalid))
        {
            return invalid!;
        }

        var found = await Subject(grains, subject).GetVersionAsync(number, includeDeleted: false);
        return found.Error is { } error
            ? RegistryHttp.Error(error)
            : RegistryHttp.Ok(await Ids(grains).GetReferencedByAsync(subject, found.Value!.Version, includeDeleted: false));
    }

    private static async Task<IResult> RegisterAsync(string subject, HttpContext http, IGrainFactory grains)
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

        var watch = Stopwatch.StartNew();
        var result = await Subject(grains, subject).RegisterAsync(new RegisterSchemaRequest(input, body!.Id, body.Version));
        RegistryHttp.ServerTiming(http, "register", watch.Elapsed);
        return RegistryHttp.From(result, r => new RegisterSchemaResponse(r.Id));
    }

    private static async Task<IResult> LookupAsync(string subject, HttpContext http, IGrainFactory grains)
    {
        var (body, invalid) = await RegistryBody.ReadAsync<SchemaBody>(http);
        if ((invalid ?? InvalidSubject(subject)) is { } failure)
        {
            return failure;
        }

        var input = RegistryBody.ToInput(body!, RegistryHttp.Flag(http, "normalize"), out invalid);
        return input is null
            ? invalid!
            : RegistryHttp.From(await Subject(grains, subject).LookupAsync(input, RegistryHttp.Flag(http, "deleted")), ToResponse);
    }

    private static async Task<IResult> DeleteSubjectAsync(string subject, HttpContext http, IGrainFactory grains) =>
        InvalidSubject(subject) ?? RegistryHttp.From(await Subject(grains, subject).DeleteAsync(RegistryHttp.Flag(http, "permanent")), v => v);

    private static async Task<IResult> DeleteVersionAsync(string subject, string version, HttpContext http, IGrainFactory grains)
    {
        if (InvalidSubject(subject) is { } invalid || !RegistryHttp.TryParseVersion(version, out var number, out invalid))
        {
            return invalid!;
        }

        return RegistryHttp.From(await Subject(grains, subject).DeleteVersionAsync(number, RegistryHttp.Flag(http, "permanent")), v => v);
    }

    private static IResult? InvalidSubject(string subject) =>
        subject.Length is 0 or > MaxSubjectLength || subject.Any(char.IsControl)
            ? RegistryHttp.Error(42208, $"The specified subject is not a valid subject name (at most {MaxSubjectLength} characters, no control characters)")
            : null;
}
