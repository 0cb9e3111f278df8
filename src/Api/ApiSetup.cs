using System.Text.Json.Serialization;
using DataSpine.Api.Audit;
using DataSpine.Api.Catalog;
using DataSpine.Api.Cdc;
using DataSpine.Api.ChangeEvents;
using DataSpine.Api.Cluster;
using DataSpine.Api.Errors;
using DataSpine.Api.Glossary;
using DataSpine.Api.Limits;
using DataSpine.Api.Lineage;
using DataSpine.Api.Policies;
using DataSpine.Api.Registry;
using DataSpine.Api.Residency;
using DataSpine.Api.Security;
using Microsoft.Extensions.Configuration;

namespace DataSpine.Api;

/// <summary>Wires the HTTP API: JSON, problem details, OpenAPI, and every capability's endpoints.</summary>
public static class ApiSetup
{
    public static IServiceCollection AddDataSpineApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            // {"name":"a","name":"b"} is malformed_json, not a silent pick of one of them.
            o.SerializerOptions.AllowDuplicateProperties = false;
        });
        services.AddOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>().Configure<IConfiguration>((o, configuration) =>
            o.SerializerOptions.MaxDepth = configuration.GetValue("Limits:JsonMaxDepth", InputLimits.DefaultJsonMaxDepth));
        // A body or parameter that does not bind throws, so ExceptionMapping answers it with a code (malformed_json, ...).
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            // The correlation id is the trace id clients quote; every problem carries a stable code.
            c.ProblemDetails.Extensions["traceId"] = c.HttpContext.TraceIdentifier;
            c.ProblemDetails.Extensions.TryAdd("code", ErrorCodes.ForStatus(c.ProblemDetails.Status ?? c.HttpContext.Response.StatusCode));
        });
        services.AddExceptionHandler<ExceptionMapping>();
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "DataSpine API";
            document.Info.Description = "Data catalog and governance: sources, assets, lineage, schemas, policies.";
            return Task.CompletedTask;
        }).AddDocumentTransformer<SecuritySchemes>());
        return services;
    }

    public static WebApplication MapDataSpineApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi("/openapi/{documentName}.json").Allow(Grains.Security.Role.Viewer);
        app.UseMiddleware<AuditContextMiddleware>();
        var api = app.MapGroup("/api/v1");
        api.MapKeyEndpoints();
        api.MapClusterEndpoints();
        api.MapSourceEndpoints();
        api.MapScanEndpoints();
        api.MapAssetEndpoints();
        api.MapClassificationEndpoints();
        api.MapAnnotationEndpoints();
        api.MapSearchEndpoints();
        api.MapGlossaryEndpoints();
        api.MapLineageEndpoints();
        api.MapOpenLineageEndpoints();
        api.MapLineageGraphEndpoints();
        api.MapMarquezEndpoints();
        api.MapAuditEndpoints();
        api.MapPolicyEndpoints();
        api.MapResidencyEndpoints();
        api.MapCdcEndpoints();
        api.MapCatalogEventEndpoints();
        app.MapRegistryEndpoints();
        return app;
    }
}
