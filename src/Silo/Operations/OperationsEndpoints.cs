using DataSpine.Api.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DataSpine.Silo.Operations;

/// <summary>Liveness, readiness, start-up self-check and metrics, for orchestrators and Prometheus.</summary>
internal static class OperationsEndpoints
{
    public static IEndpointRouteBuilder MapOperations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("").WithTags("Operations");
        group.MapGet("/healthz", Live).WithName("Liveness").AllowEveryone().WithSummary("The process is up.");
        group.MapGet("/readyz", ReadyAsync).WithName("Readiness").AllowEveryone().WithSummary("Required dependencies (storage) answer.");
        group.MapGet("/startupz", StartupAsync).WithName("StartupCheck").AllowEveryone().WithSummary("Every dependency, with timings and errors.");
        group.MapGet("/metrics", WriteMetricsAsync).WithName("Metrics").RequireAuthorization(Permissions.Metrics).WithSummary("Prometheus text exposition (prometheus-net).")
            .Produces<string>(contentType: "text/plain");
        return app;
    }

    private static Ok<HealthStatus> Live() => TypedResults.Ok(new HealthStatus("ok"));

    private static async Task<Results<Ok<DependencyReport>, JsonHttpResult<DependencyReport>>> ReadyAsync(
        DependencyChecker checker, CancellationToken cancellationToken) =>
        Answer(await checker.RunAsync(requiredOnly: true, cancellationToken));

    private static async Task<Results<Ok<DependencyReport>, JsonHttpResult<DependencyReport>>> StartupAsync(
        DependencyChecker checker, CancellationToken cancellationToken) =>
        Answer(await checker.RunAsync(requiredOnly: false, cancellationToken));

    private static Results<Ok<DependencyReport>, JsonHttpResult<DependencyReport>> Answer(DependencyReport report) =>
        report.Ready ? TypedResults.Ok(report) : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);

    private static async Task WriteMetricsAsync(HttpContext context, CancellationToken cancellationToken)
    {
        context.Response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
        await Prometheus.Metrics.DefaultRegistry.CollectAndExportAsTextAsync(context.Response.Body, cancellationToken);
    }

    public sealed record HealthStatus(string Status);
}
