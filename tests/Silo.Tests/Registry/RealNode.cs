namespace DataSpine.Silo.Tests.Registry;

/// <summary>The node as users run it: a real process on a free loopback port, over its own data folder.</summary>
internal sealed class RealNode : IAsyncDisposable
{
    private readonly LoggedProcess _process;

    private RealNode(LoggedProcess process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public string Log => _process.Log;

    /// <summary>A client carrying the node's admin key.</summary>
    public HttpClient CreateClient() => TestKeys.AdminClient(BaseUrl);

    /// <summary>A new key of this role (viewer, steward, engineer, admin), made by the admin through the API.</summary>
    public async Task<string> CreateKeyAsync(string role)
    {
        using var admin = CreateClient();
        return await TestKeys.CreateKeyAsync(admin, role);
    }

    public static async Task<RealNode> StartAsync()
    {
        var port = FreePorts.Next();
        var node = new RealNode(LoggedProcess.StartSilo("dataspine-registry-node-", new Dictionary<string, string>(), $"--urls=http://127.0.0.1:{port}"),
            $"http://127.0.0.1:{port}");

        using var client = new HttpClient { BaseAddress = new Uri(node.BaseUrl) };
        for (var attempt = 0; attempt < 150; attempt++)
        {
            try
            {
                if ((await client.GetAsync("/readyz")).IsSuccessStatusCode)
                {
                    return node;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        await node.DisposeAsync();
        throw new InvalidOperationException($"The node did not become ready:\n{node.Log}");
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
