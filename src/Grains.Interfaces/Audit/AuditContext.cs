namespace DataSpine.Grains.Audit;

/// <summary>
/// Who is acting, carried in Orleans' RequestContext from the HTTP request into every grain call it makes,
/// so that the storage hook, which sees only state, can name the actor. Work with no request behind it
/// (reminders, scheduled scans, timers) is recorded as <see cref="SystemActor"/>.
/// </summary>
public static class AuditContext
{
    public const string ActorKey = "ds.actor";
    public const string ClientKey = "ds.client";
    public const string OperationKey = "ds.op";
    public const string CorrelationKey = "ds.correlation";
    public const string SystemActor = "system";

    public static void Set(string actor, string? client, string? operation, string? correlation)
    {
        RequestContext.Set(ActorKey, actor);
        SetOrRemove(ClientKey, client);
        SetOrRemove(OperationKey, operation);
        SetOrRemove(CorrelationKey, correlation);
    }

    /// <summary>Who is acting in the current grain call: the request's caller, or <see cref="SystemActor"/>.</summary>
    public static string CurrentActor => RequestContext.Get(ActorKey) as string ?? SystemActor;

    /// <summary>The acting caller as recorded in a captured RequestContext (see the storage hook's StateWrite).</summary>
    public static (string Actor, string? Client, string? Operation, string? Correlation) From(IReadOnlyDictionary<string, object> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string? Get(string key) => context.TryGetValue(key, out var value) ? value as string : null;
        return (Get(ActorKey) ?? SystemActor, Get(ClientKey), Get(OperationKey), Get(CorrelationKey));
    }

    private static void SetOrRemove(string key, string? value)
    {
        if (value is null)
        {
            RequestContext.Remove(key);
        }
        else
        {
            RequestContext.Set(key, value);
        }
    }
}
