using DataSpine.Runtime.Management;
using DataSpine.Silo.Logging;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DataSpine.Silo.Dashboard;

/// <summary>
/// The cluster dashboard every silo serves at /dashboard: a static page that polls the JSON API under
/// /dashboard/api (in the OpenAPI document, tag "Dashboard").
/// </summary>
internal static class DashboardEndpoints
{
    private const int MaxLogLines = 500;

    // Only our own files: no inline script, no other origin (the page uses no CDN).
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        var dashboard = app.MapGroup("/dashboard");
        // The page and its files are not API: left out of the OpenAPI document on purpose.
        dashboard.MapGet("", Page).ExcludeFromDescription();
        dashboard.MapGet("/assets/{name}", File).ExcludeFromDescription();

        var api = dashboard.MapGroup("/api").WithTags("Dashboard");
        api.MapGet("/snapshot", SnapshotAsync).WithName("GetDashboardSnapshot")
            .WithSummary("The cluster merged from every live silo's snapshot: totals, silos (with those that do not answer and the recently dead, from membership), grain types and per-second history.");
        api.MapGet("/silo", Silo).WithName("GetSiloSnapshot")
            .WithSummary("This silo's own snapshot, unmerged, with latency histograms (what a cluster asks each silo for).");
        api.MapGet("/reminders", RemindersAsync).WithName("GetDashboardReminders").WithSummary("Durable reminders in the cluster.");
        api.MapGet("/logs", Logs).WithName("GetLogTail")
            .WithSummary("This node's recent log lines after a sequence number, oldest first (at most 500 are kept).");
        return app;
    }

    private static Results<FileContentHttpResult, NotFound> Page(HttpContext context) => Serve(context, "index.html");

    private static Results<FileContentHttpResult, NotFound> File(HttpContext context, string name) => Serve(context, name);

    private static Results<FileContentHttpResult, NotFound> Serve(HttpContext context, string name)
    {
        if (DashboardAssets.Find(name) is not { } asset)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        return TypedResults.File(asset.Content, asset.ContentType);
    }

    private static async Task<Ok<DashboardView>> SnapshotAsync(
        IClusterSnapshots cluster, IClusterMembers members, TimeProvider time, CancellationToken cancellationToken) =>
        TypedResults.Ok(DashboardAggregator.Merge(await cluster.GetSnapshotsAsync(cancellationToken), time.GetUtcNow(), members.Members));

    private static Ok<SiloSnapshot> Silo(ILocalSiloSnapshot silo) => TypedResults.Ok(silo.Take());

    private static async Task<Ok<IReadOnlyList<ReminderInfo>>> RemindersAsync(IClusterReminders reminders, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reminders.GetRemindersAsync(cancellationToken));

    private static Ok<IReadOnlyList<LogLine>> Logs(LogTail tail, long? after, int? limit) =>
        TypedResults.Ok(tail.After(after ?? 0, Math.Clamp(limit ?? MaxLogLines, 1, MaxLogLines)));
}
