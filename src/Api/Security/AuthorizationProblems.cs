using System.Text.Json;
using DataSpine.Grains.Audit;
using DataSpine.Grains.Security;
using DataSpine.Policies.Evaluation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace DataSpine.Api.Security;

/// <summary>
/// Refusals as problem details: 401 <c>unauthenticated</c> with WWW-Authenticate, 403 <c>forbidden</c> naming the
/// role needed or the policy rule that denied (<c>rule</c>, <c>reason</c>); a 403 is also appended to the audit trail
/// with outcome <c>denied</c>. On /registry the body also carries Confluent's error_code and message, which its clients read.
/// </summary>
internal sealed partial class AuthorizationProblems(IProblemDetailsService problems, IGrainFactory grains, ILogger<AuthorizationProblems> logger)
    : IAuthorizationMiddlewareResultHandler
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
        var decision = context.Items[AccessHandler.DecisionItem] as PolicyDecision;
        var action = context.Items[AccessHandler.ActionItem] as string;
        var (status, code, detail) = challenged
            ? (StatusCodes.Status401Unauthorized, Unauthenticated,
                context.Items[ApiKeyAuthenticationHandler.FailureItem] as string ?? "Send an API key: 'Authorization: Bearer <key>'.")
            : (StatusCodes.Status403Forbidden, Forbidden, decision is { Rule: not PolicyDecision.DefaultRule }
                ? $"Policy '{decision.Rule}' denies '{action}' here: {decision.Reason}"
                : $"This needs the {Roles.Name(needed)} role; the caller has {(Roles.Of(context.User) is { } role ? Roles.Name(role) : "no role")}.");
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
        if (!challenged && decision is not null)
        {
            problem.ProblemDetails.Extensions["rule"] = decision.Rule;
            problem.ProblemDetails.Extensions["reason"] = decision.Reason;
        }

        if (!challenged)
        {
            await AuditDeniedAsync(context, action, decision);
        }

        if (context.Request.Path.StartsWithSegments("/registry"))
        {
            problem.ProblemDetails.Extensions["error_code"] = challenged ? 40101 : 40301;
            problem.ProblemDetails.Extensions["message"] = detail;
        }

        await problems.WriteAsync(problem);
    }

    private async Task AuditDeniedAsync(HttpContext context, string? action, PolicyDecision? decision)
    {
        var request = $"{context.Request.Method} {context.Request.Path}";
        try
        {
            await grains.GetGrain<IAuditGrain>(0).AppendAsync(new AuditEntry(
                context.User.Identity?.Name ?? "anonymous",
                $"request.{action ?? "denied"}",
                context.Request.Path.Value ?? "/",
                request,
                JsonSerializer.Serialize(new { rule = decision?.Rule, reason = decision?.Reason }),
                context.Connection.RemoteIpAddress?.ToString(),
                context.TraceIdentifier,
                AuditOutcomes.Denied));
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The refusal stands either way; a trail that cannot take the record must not turn a 403 into a 500.
            LogNotAudited(logger, request, error);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A refused request ({Request}) could not be recorded in the audit trail.")]
    private static partial void LogNotAudited(ILogger logger, string request, Exception error);
}
