using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DataSpine.Api.Security;

/// <summary>The OpenAPI document names how to authenticate: an API key (or JWT) as bearer, or as basic-auth password.</summary>
internal sealed class SecuritySchemes : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An API key (dsk_...) or, when configured, a JWT from the organisation's identity provider.",
        };
        document.Components.SecuritySchemes["basic"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "basic",
            Description = "An API key as the password, any user name: on /registry (Confluent clients), /dashboard and /metrics.",
        };
        document.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("basic", document)] = [] },
        ];
        return Task.CompletedTask;
    }
}
