using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DataSpine.Runtime.Storage;
using DataSpine.Runtime.Types;

namespace DataSpine.Runtime.Cluster;

/// <summary>Calls grains on other silos: one pooled, multiplexed HTTP/2 client for all of them.</summary>
internal sealed class RemoteCallClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly StateSerializer _serializer;
    private readonly ClusterView _view;

    public RemoteCallClient(StateSerializer serializer, ClusterView view)
    {
        _serializer = serializer;
        _view = view;
        _http = new HttpClient(new SocketsHttpHandler
        {
            EnableMultipleHttp2Connections = true,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(2),
        })
        {
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public async Task<T> InvokeAsync<T>(SiloAddress silo, GrainId target, GrainMethod method, object?[] arguments, TimeSpan timeout)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"http://{silo.Endpoint}{RemoteCallProtocol.CallPath}")
        {
            Content = new ByteArrayContent(SerializeArguments(method, arguments)),
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(RemoteCallProtocol.Interface, method.Owner.Interface.FullName);
        request.Headers.Add(RemoteCallProtocol.Key, Uri.EscapeDataString(target.Key));
        request.Headers.Add(RemoteCallProtocol.Method, method.WireName);
        request.Headers.Add(RemoteCallProtocol.TimeoutMs, ((long)timeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(RemoteCallProtocol.MembershipVersion, _view.Version.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(RemoteCallProtocol.Generation, silo.Generation.ToString(CultureInfo.InvariantCulture));

        using var cancel = new CancellationTokenSource(timeout);
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancel.Token);
        }
        catch (HttpRequestException error)
        {
            throw new SiloUnavailableException($"Silo {silo} cannot be reached: {error.Message}", error);
        }
        catch (OperationCanceledException error) when (cancel.IsCancellationRequested)
        {
            throw new TimeoutException($"{target}.{method.Name} did not answer within {timeout.TotalSeconds:0.###} s (on silo {silo}).", error);
        }

        using (response)
        {
            switch (response.StatusCode)
            {
                case HttpStatusCode.OK:
                    var body = await response.Content.ReadAsByteArrayAsync(cancel.Token);
                    return body.Length == 0 || method.ResultType == typeof(object)
                        ? default!
                        : (T)JsonSerializer.Deserialize(body, method.ResultType, _serializer.Options)!;
                case HttpStatusCode.Conflict:
                    throw new NotOwnerException($"Silo {silo} does not own {target}.");
                case HttpStatusCode.ServiceUnavailable or HttpStatusCode.Gone:
                    throw new SiloUnavailableException($"Silo {silo} is not taking calls ({(int)response.StatusCode}).", new HttpRequestException());
                default:
                    throw RemoteExceptions.Recreate(await ReadErrorAsync(response, cancel.Token));
            }
        }
    }

    /// <summary>Asks a silo whether it is alive; true only if the answering silo is that generation.</summary>
    public async Task<bool> PingAsync(SiloAddress silo, TimeSpan timeout)
    {
        try
        {
            using var cancel = new CancellationTokenSource(timeout);
            using var response = await _http.GetAsync($"http://{silo.Endpoint}{RemoteCallProtocol.PingPath}", cancel.Token);
            return response.IsSuccessStatusCode
                && response.Headers.TryGetValues(RemoteCallProtocol.Generation, out var values)
                && values.FirstOrDefault() == silo.Generation.ToString(CultureInfo.InvariantCulture);
        }
        catch (Exception error) when (error is HttpRequestException or OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Tells a silo that these grains, which it owns, were written here since it may have activated them.</summary>
    public async Task TellStaleCopiesAsync(SiloAddress silo, IReadOnlyList<GrainId> grains, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        using var content = JsonContent.Create(grains, options: _serializer.Options);
        using var response = await _http.PostAsync($"http://{silo.Endpoint}{RemoteCallProtocol.StaleCopiesPath}", content, cancel.Token);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The pooled HTTP/2 client, for other silo-to-silo reads (dashboard snapshots).</summary>
    public HttpClient Http => _http;

    public void Dispose() => _http.Dispose();

    /// <summary>The grain's exception from a 500; anything else (a proxy, a wrong port) as what it is.</summary>
    private async Task<RemoteCallProtocol.RemoteError> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode == HttpStatusCode.InternalServerError)
        {
            try
            {
                return JsonSerializer.Deserialize<RemoteCallProtocol.RemoteError>(body, _serializer.Options)!;
            }
            catch (JsonException)
            {
                // fall through: not our envelope
            }
        }

        return new RemoteCallProtocol.RemoteError($"HTTP {(int)response.StatusCode}", body.Length > 500 ? body[..500] : body);
    }

    private byte[] SerializeArguments(GrainMethod method, object?[] arguments)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            for (var i = 0; i < arguments.Length; i++)
            {
                JsonSerializer.Serialize(writer, arguments[i], method.ParameterTypes[i], _serializer.Options);
            }

            writer.WriteEndArray();
        }

        return buffer.ToArray();
    }
}
