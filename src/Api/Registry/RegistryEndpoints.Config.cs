using DataSpine.Api.Policies;
using DataSpine.Api.Security;
using DataSpine.Grains.Security;
using DataSpine.Policies.Language;

namespace DataSpine.Api.Registry;

public static partial class RegistryEndpoints
{
    private static void MapConfig(RouteGroupBuilder registry)
    {
        registry.MapGet("/config", async (IGrainFactory grains) =>
            RegistryHttp.Ok(new CompatibilityLevelResponse(await Global(grains).GetCompatibilityAsync()))).WithName("RegistryGetConfig").Allow(Role.Viewer);
        registry.MapPut("/config", PutGlobalConfigAsync).WithName("RegistryPutConfig").Allow(Role.Admin);
        registry.MapGet("/config/{subject}", async (string subject, HttpContext http, IGrainFactory grains) =>
            InvalidSubject(subject) ?? RegistryHttp.From(
                await Subject(grains, subject).GetCompatibilityAsync(RegistryHttp.Flag(http, "defaultToGlobal")),
                l => new CompatibilityLevelResponse(l))).WithName("RegistryGetSubjectConfig").Allow(Role.Viewer);
        registry.MapPut("/config/{subject}", PutSubjectConfigAsync).WithName("RegistryPutSubjectConfig").Allow(Role.Admin).Guard(PolicyActions.Admin, Resources.SubjectAsync);
        registry.MapDelete("/config/{subject}", async (string subject, IGrainFactory grains) =>
            InvalidSubject(subject) ?? RegistryHttp.From(
                await Subject(grains, subject).DeleteCompatibilityAsync(), l => new CompatibilityLevelResponse(l))).WithName("RegistryDeleteSubjectConfig").Allow(Role.Admin);
    }

    private static async Task<IResult> PutGlobalConfigAsync(HttpContext http, IGrainFactory grains)
    {
        var (body, invalid) = await RegistryBody.ReadAsync<CompatibilityUpdate>(http);
        return invalid ?? RegistryHttp.From(await Global(grains).SetCompatibilityAsync(body!.Requested), l => new CompatibilityUpdate(l));
    }

    private static async Task<IResult> PutSubjectConfigAsync(string subject, HttpContext http, IGrainFactory grains)
    {
        var (body, invalid) = await RegistryBody.ReadAsync<CompatibilityUpdate>(http);
        return invalid ?? InvalidSubject(subject)
            ?? RegistryHttp.From(await Subject(grains, subject).SetCompatibilityAsync(body!.Requested), l => new CompatibilityUpdate(l));
    }

    private static void MapMode(RouteGroupBuilder registry)
    {
        registry.MapGet("/mode", async (IGrainFactory grains) => RegistryHttp.Ok(new ModeBody(await Global(grains).GetModeAsync())))
            .WithName("RegistryGetMode").Allow(Role.Viewer);
        registry.MapPut("/mode", PutGlobalModeAsync).WithName("RegistryPutMode").Allow(Role.Admin);
        registry.MapGet("/mode/{subject}", async (string subject, HttpContext http, IGrainFactory grains) =>
            InvalidSubject(subject) ?? RegistryHttp.From(
                await Subject(grains, subject).GetModeAsync(RegistryHttp.Flag(http, "defaultToGlobal")), m => new ModeBody(m))).WithName("RegistryGetSubjectMode").Allow(Role.Viewer);
        registry.MapPut("/mode/{subject}", PutSubjectModeAsync).WithName("RegistryPutSubjectMode").Allow(Role.Admin).Guard(PolicyActions.Admin, Resources.SubjectAsync);
        registry.MapDelete("/mode/{subject}", async (string subject, IGrainFactory grains) =>
            InvalidSubject(subject) ?? RegistryHttp.From(await Subject(grains, subject).DeleteModeAsync(), m => new ModeBody(m)))
            .WithName("RegistryDeleteSubjectMode").Allow(Role.Admin);
    }

    private static async Task<IResult> PutGlobalModeAsync(HttpContext http, IGrainFactory grains)
    {
        var (body, invalid) = await RegistryBody.ReadAsync<ModeBody>(http);
        return invalid ?? RegistryHttp.From(await Global(grains).SetModeAsync(body!.Mode ?? "", RegistryHttp.Flag(http, "force")), m => new ModeBody(m));
    }

    private static async Task<IResult> PutSubjectModeAsync(string subject, HttpContext http, IGrainFactory grains)
    {
        var (body, invalid) = await RegistryBody.ReadAsync<ModeBody>(http);
        return invalid ?? InvalidSubject(subject)
            ?? RegistryHttp.From(await Subject(grains, subject).SetModeAsync(body!.Mode ?? "", RegistryHttp.Flag(http, "force")), m => new ModeBody(m));
    }
}
