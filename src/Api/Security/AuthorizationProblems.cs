using DataSpine.Grains.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace DataSpine.Api.Security;

/// <summary>
/// Refusals as problem details: 401 <c>unauthenticated</c> with WWW-Authenticate, 403 <c>forbidden</c> naming the
/// role needed. On /registry the body also carries Confluent's error_code and message, which its clients read.
/// </summary>
internal sealed class AuthorizationProblems(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    public const string Unauthenticated = "unauthenticated";
    public const string Forbidden = "forbidden";

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded)
        {
            await next(context);
            return;
        }

        var needed = authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<AccessRequirement>().Select(r => r.Minimum).DefaultIfEmpty(Role.Admin).Max() ?? Role.Admin;
        var challenged = authorizeResult.Challenged || context.User.Identity?.IsAuthenticated != true;
        var (status, code, detail) = challenged
            ? (StatusCodes.Status401Unauthorized, Unauthenticated,
                context.Items[ApiKeyAuthenticationHandler.FailureItem] as string ?? "Send an API key: 'Authorization: Bearer <key>'.")
            : (StatusCodes.Status403Forbidden, Forbidden,
                $"This needs the {Roles.Name(needed)} role; the caller has {(Roles.Of(context.User) is { } role ? Roles.Name(role) : "no role")}.");
        if (challenged)
        {
            context.Response.Headers.WWWAuthenticate = ApiKeyAuthenticationHandler.BasicAllowed(context.Request.Path)
                ? new[] { "Bearer realm=\"DataSpine\"", "Basic realm=\"DataSpine\", charset=\"UTF-8\"" }
                : "Bearer realm=\"DataSpine\"";
        }

        context.Response.StatusCode = status;
        var problem = new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Detail = detail, Extensions = { ["code"] = code } },
        };
        if (context.Request.Path.StartsWithSegments("/registry"))
        {
            problem.ProblemDetails.Extensions["error_code"] = challenged ? 40101 : 40301;
            problem.ProblemDetails.Extensions["message"] = detail;
        }

        await problems.WriteAsync(problem);
    }
}
