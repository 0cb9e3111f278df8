using DataSpine.Grains.Audit;

namespace DataSpine.Api.Audit;

/// <summary>
/// Puts the caller (key id or token subject, never the secret), their address, the request and its
/// correlation id into Orleans' RequestContext, which carries them into every grain call the request makes,
/// where the audit trail records them with each state write.
/// </summary>
public sealed class AuditContextMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var actor = context.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : "anonymous";
        AuditContext.Set(actor, context.Connection.RemoteIpAddress?.ToString(), $"{context.Request.Method} {context.Request.Path}", context.TraceIdentifier);
        return next(context);
    }
}
