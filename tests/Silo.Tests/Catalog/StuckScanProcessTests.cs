using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using Xunit.Abstractions;

namespace DataSpine.Silo.Tests.Catalog;

/// <summary>
/// Issue 17, with real node processes: a scan stuck on a source that accepts connections and never answers
/// (a listener that never reads, like a hung PostgreSQL) neither holds SIGTERM nor crash-loops the node.
/// </summary>
public sealed class StuckScanProcessTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan s_shutdownTimeout = TimeSpan.FromSeconds(10);
    private const string AdminKey = "ds-test-admin-key-for-stuck-scan-0123456789";

    private readonly TcpListener _silent = Listening(new TcpListener(IPAddress.Loopback, 0));
    private readonly string _data = Directory.CreateTempSubdirectory("dataspine-stuck-").FullName;

    public void Dispose() => _silent.Dispose();

    [Fact]
    public async Task sigterm_stops_the_node_within_its_shutdown_timeout_while_a_scan_is_stuck_on_a_source()
    {
        await using var node = StartNode(out var client);
        using var _ = client;
        var scanId = await StartStuckScanAsync(client);

        var stopping = Stopwatch.StartNew();
        await node.TerminateAsync();
        var exited = await Task.WhenAny(node.WaitForExitAsync(), Task.Delay(s_shutdownTimeout * 3)) is var done && node.HasExited;
        stopping.Stop();
        output.WriteLine($"SIGTERM to exit with a stuck scan: {stopping.Elapsed.TotalSeconds:0.0} s (shutdown timeout {s_shutdownTimeout.TotalSeconds} s)");

        exited.ShouldBeTrue($"still running {stopping.Elapsed} after SIGTERM with scan {scanId} stuck:\n{node.Log}");
        stopping.Elapsed.ShouldBeLessThan(s_shutdownTimeout + TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task a_scan_whose_node_crashes_under_it_again_and_again_is_failed_as_poisoned_instead_of_resumed()
    {
        string scanId;
        await using (var first = StartNode(out var client))
        {
            using var _ = client;
            scanId = await StartStuckScanAsync(client);
            first.Kill();
            await first.WaitForExitAsync();
        }

        await using (var second = StartNode(out var client))
        {
            using var _ = client;
            var resumed = await ScanAsync(client, scanId); // the call activates the job: it resumes, and is stuck again
            resumed.GetProperty("status").GetString().ShouldBe("Running");
            resumed.GetProperty("resumed").GetInt32().ShouldBe(1);
            second.Kill();
            await second.WaitForExitAsync();
        }

        await using var third = StartNode(out var thirdClient);
        using var __ = thirdClient;
        var poisoned = await ScanAsync(thirdClient, scanId);

        poisoned.GetProperty("status").GetString().ShouldBe("Failed");
        poisoned.GetProperty("errorCode").GetString().ShouldBe("scan_poisoned");
        (await thirdClient.GetAsync("/healthz")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>A listener that accepts (the kernel completes the handshake) and never reads nor answers.</summary>
    private static TcpListener Listening(TcpListener listener)
    {
        listener.Start();
        return listener;
    }

    /// <summary>A node on this test's database and keys, with a connect timeout long enough to stay stuck.</summary>
    private LoggedProcess StartNode(out HttpClient client)
    {
        var port = FreePorts.Next();
        var node = LoggedProcess.StartSilo("dataspine-stuck-node-", new Dictionary<string, string>
        {
            ["Urls"] = $"http://127.0.0.1:{port}",
            ["Storage__ConnectionString"] = $"Data Source={Path.Combine(_data, "dataspine.db")}",
            ["Secrets__KeysFolder"] = Path.Combine(_data, "keys"),
            ["Sample__Enabled"] = "false",
            ["Sources__ConnectTimeout"] = "00:10:00",
            ["Sources__MaxScanCrashes"] = "2",
            ["HostOptions__ShutdownTimeout"] = s_shutdownTimeout.ToString(),
            ["Auth__BootstrapAdminKey"] = AdminKey,
        });
        client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        return node;
    }

    private async Task<string> StartStuckScanAsync(HttpClient client)
    {
        await WaitUntilReadyAsync(client);
        var port = ((IPEndPoint)_silent.LocalEndpoint).Port;
        var created = await client.PostAsJsonAsync("/api/v1/sources",
            new { name = $"stuck-{Guid.NewGuid():N}", type = "postgres", connection = $"Host=127.0.0.1;Port={port};Username=x;Timeout=1024" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var sourceId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var started = await client.PostAsJsonAsync($"/api/v1/sources/{sourceId}/scans", new { });
        started.StatusCode.ShouldBe(HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
        var scanId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        (await ScanAsync(client, scanId)).GetProperty("status").GetString().ShouldBe("Running");
        return scanId;
    }

    private static async Task<JsonElement> ScanAsync(HttpClient client, string scanId)
    {
        await WaitUntilReadyAsync(client);
        for (var attempt = 0; ; attempt++)
        {
            var scan = await client.GetFromJsonAsync<JsonElement>($"/api/v1/scans/{scanId}");
            if (scan.GetProperty("status").GetString() != "Queued" || attempt > 100)
            {
                return scan;
            }

            await Task.Delay(100);
        }
    }

    private static async Task WaitUntilReadyAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            try
            {
                if ((await client.GetAsync("/readyz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The node did not get ready.");
    }
}
