using DataSpine.Grains.Catalog;
using DataSpine.Policies.Evaluation;

namespace DataSpine.Api.Policies;

/// <summary>
/// Resources as the evaluator sees them, built from what is cheap to know: the route, and for a source its stored
/// options (one read of its grain, for <c>resource.region</c>).
/// </summary>
public static class Resources
{
    public const string Source = "source";
    public const string Asset = "asset";
    public const string Column = "column";
    public const string GlossaryTerm = "glossary-term";
    public const string RegistrySubject = "registry-subject";
    public const string PolicySet = "policy-set";

    private static readonly string[] RouteIds = ["id", "subject", "assetId", "ns"];

    /// <summary>A resource of <paramref name="type"/> whose id is the route's id (or subject, asset id, namespace).</summary>
    public static ResourceResolver FromRoute(string type) => (http, _) => ValueTask.FromResult(Of(type, RouteId(http)));

    public static PolicyResource Of(string? type, string? id, params (string Name, string? Value)[] more) =>
        PolicyResource.Of([.. new[] { ("type", type), ("id", id) }.Concat(more).Where(a => a.Item2 is not null).Select(a => (a.Item1, a.Item2!))]);

    /// <summary>A source with its region, when it exists.</summary>
    public static async ValueTask<PolicyResource> SourceAsync(HttpContext http, IGrainFactory grains)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var id = RouteId(http);
        var view = string.IsNullOrEmpty(id) ? null : await grains.GetGrain<ISourceGrain>(id).GetAsync();
        return Of(Source, id, ("source", id), ("region", view?.Options.Region));
    }

    /// <summary>An asset by its id ("sourceId/qualified.name"), whose source is the id's first segment.</summary>
    public static ValueTask<PolicyResource> AssetAsync(HttpContext http, IGrainFactory grains)
    {
        var id = RouteId(http);
        var slash = id?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        return ValueTask.FromResult(Of(Asset, id, ("source", slash > 0 ? id![..slash] : null)));
    }

    /// <summary>A registry subject: its name is both <c>resource.id</c> and <c>resource.subject</c> (subjects carry no tags yet).</summary>
    public static ValueTask<PolicyResource> SubjectAsync(HttpContext http, IGrainFactory grains)
    {
        var subject = RouteId(http);
        return ValueTask.FromResult(Of(RegistrySubject, subject, ("subject", subject)));
    }

    internal static string? RouteId(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        foreach (var name in RouteIds)
        {
            if (http.GetRouteValue(name) is string { Length: > 0 } value)
            {
                return value;
            }
        }

        return null;
    }
}
