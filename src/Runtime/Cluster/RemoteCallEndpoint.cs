using System.Globalization;
using System.Text.Json;
using DataSpine.Runtime.Activations;
using DataSpine.Runtime.Management;
using DataSpine.Runtime.Storage;
using DataSpine.Runtime.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataSpine.Runtime.Cluster;

/// <summary>The receiving end of remote grain calls, and the liveness probe, on the silo port only.</summary>
public static class RemoteCallEndpoint
{
    public static IEndpointRouteBuilder MapSiloEndpoints(this IEndpointRouteBuilder endpoints, int siloPort)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var host = $"*:{siloPort}";
        endpoints.MapPost(RemoteCallProtocol.CallPath, HandleCallAsync).RequireHost(host).ExcludeFromDescription();
        endpoints.MapGet(RemoteCallProtocol.PingPath, (HttpContext context, ClusterView view) =>
        {
            context.Response.Headers[RemoteCallProtocol.Generation] = view.Self?.Generation.ToString(CultureInfo.InvariantCulture) ?? "";
            return Results.Ok();
        }).RequireHost(host).ExcludeFromDescription();
        endpoints.MapGet(RemoteCallProtocol.SnapshotPath, (ILocalSiloSnapshot silo) => Results.Ok(silo.Take())).RequireHost(host).ExcludeFromDescription();
        endpoints.MapPost(RemoteCallProtocol.StaleCopiesPath, (GrainId[] grains, ActivationDirectory directory) =>
        {
            // Their next call activates them again, from what storage holds now.
            var stale = grains.ToHashSet();
            directory.DeactivateWhere(stale.Contains);
            return Results.NoContent();
        }).RequireHost(host).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task HandleCallAsync(
        HttpContext context, GrainTypeRegistry types, ClusterView view, MembershipService membership, ActivationDirectory directory, StateSerializer serializer)
    {
        var headers = context.Request.Headers;
        var type = types.ForInterfaceName(headers[RemoteCallProtocol.Interface].ToString());
        var method = type?.MethodsByWireName.GetValueOrDefault(headers[RemoteCallProtocol.Method].ToString());
        if (type is null || method is null)
        {
            await WriteErrorAsync(context, serializer, new NotSupportedException(
                $"This silo has no grain method {headers[RemoteCallProtocol.Interface]}/{headers[RemoteCallProtocol.Method]}."));
            return;
        }

        // A call meant for an earlier start of this address is for a silo that is gone.
        if (directory.Stopping.IsCancellationRequested
            || headers[RemoteCallProtocol.Generation].ToString() != view.Self?.Generation.ToString(CultureInfo.InvariantCulture))
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        var id = new GrainId(type.Name, Uri.UnescapeDataString(headers[RemoteCallProtocol.Key].ToString()));
        if (!type.IsStatelessWorker && !await OwnsAsync(view, membership, id, headers))
        {
            context.Response.StatusCode = StatusCodes.Status409Conflict;
            return;
        }

        object?[] arguments;
        try
        {
            arguments = await ReadArgumentsAsync(context, method, serializer);
        }
        catch (JsonException error)
        {
            await WriteErrorAsync(context, serializer, new InvalidOperationException($"The call's arguments are not readable: {error.Message}"));
            return;
        }

        var request = new Request<object?>(method, arguments, copier: null);
        directory.Deliver(type, id, request);
        object? result;
        try
        {
            var timeout = long.TryParse(headers[RemoteCallProtocol.TimeoutMs], CultureInfo.InvariantCulture, out var ms) ? TimeSpan.FromMilliseconds(ms) : TimeSpan.FromSeconds(30);
            result = await request.Task.WaitAsync(timeout);
        }
        catch (SiloStoppingException)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }
        catch (NotOwnerException)
        {
            context.Response.StatusCode = StatusCodes.Status409Conflict; // it moved away while the call waited
            return;
        }
        catch (Exception error)
        {
            await WriteErrorAsync(context, serializer, error);
            return;
        }

        context.Response.ContentType = "application/json";
        if (result is not null && method.ResultType != typeof(object))
        {
            await JsonSerializer.SerializeAsync(context.Response.Body, result, method.ResultType, serializer.Options);
        }
    }

    /// <summary>A caller with a newer membership than ours makes us re-read before we answer "not mine".</summary>
    private static async Task<bool> OwnsAsync(ClusterView view, MembershipService membership, GrainId id, IHeaderDictionary headers)
    {
        if (view.IsOwnedHere(id))
        {
            return true;
        }

        if (long.TryParse(headers[RemoteCallProtocol.MembershipVersion], CultureInfo.InvariantCulture, out var theirs) && theirs > view.Version)
        {
            await membership.RefreshAsync(CancellationToken.None);
            return view.IsOwnedHere(id);
        }

        return false;
    }

    private static async Task<object?[]> ReadArgumentsAsync(HttpContext context, GrainMethod method, StateSerializer serializer)
    {
        using var document = await JsonDocument.ParseAsync(context.Request.Body);
        var items = document.RootElement.EnumerateArray().ToList();
        if (items.Count != method.ParameterTypes.Length)
        {
            throw new JsonException($"{method.Name} takes {method.ParameterTypes.Length} arguments; the call carried {items.Count}.");
        }

        var arguments = new object?[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            arguments[i] = items[i].Deserialize(method.ParameterTypes[i], serializer.Options);
        }

        return arguments;
    }

    private static async Task WriteErrorAsync(HttpContext context, StateSerializer serializer, Exception error)
    {
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        context.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(context.Response.Body, new RemoteCallProtocol.RemoteError(error.GetType().FullName ?? "Exception", error.Message), serializer.Options);
    }
}
