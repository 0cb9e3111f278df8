using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace DataSpine.Silo.Tests.Operations;

/// <summary>The node as users run it: a real process on a real port.</summary>
public sealed class NodeProcessTests
{
    private static string SiloDll => Path.Combine(AppContext.BaseDirectory, "DataSpine.Silo.dll");

    [Fact]
    public async Task the_embedded_node_serves_http_on_the_given_url_and_refuses_oversized_bodies()
    {
        var port = FreePorts.Next();
        var data = Directory.CreateTempSubdirectory("dataspine-node-");
        using var node = StartNode(data.FullName, new StringBuilder(), $"--urls=http://127.0.0.1:{port}", "--Sample:Enabled=false", $"--Auth:BootstrapAdminKey={TestKeys.Admin}");
        try
        {
            using var client = TestKeys.AdminClient($"http://127.0.0.1:{port}");
            var ready = await PollAsync(client, "/readyz");
            ready.ShouldBe(HttpStatusCode.OK);
            File.Exists(Path.Combine(data.FullName, "data", "dataspine.db")).ShouldBeTrue();

            var huge = new StringContent($"{{\"name\":\"{new string('x', 2 << 20)}\"}}", System.Text.Encoding.UTF8, "application/json");
            var tooLarge = await client.PostAsync("/api/v1/sources", huge);
            tooLarge.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
            (await tooLarge.Content.ReadAsStringAsync()).ShouldContain("\"code\":\"body_too_large\"");
            (await client.GetStringAsync("/api/v1/sources")).ShouldContain("\"total\":0");
        }
        finally
        {
            node.Kill(entireProcessTree: true);
            await node.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task the_first_start_prints_an_admin_key_and_registers_and_scans_the_sample_shop()
    {
        var port = FreePorts.Next();
        var data = Directory.CreateTempSubdirectory("dataspine-node-");
        var output = new StringBuilder();
        using var node = StartNode(data.FullName, output, $"--urls=http://127.0.0.1:{port}");
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            (await PollAsync(client, "/readyz")).ShouldBe(HttpStatusCode.OK);
            (await client.GetAsync("/api/v1/sources")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "secure without a setup step");
            // README's first run: the key is on the console, once; curl -H "Authorization: Bearer $KEY" works with it.
            var printed = Regex.Match(Log(output), "first admin API key .*: (dsk_\\S+)");
            printed.Success.ShouldBeTrue(Log(output));
            client.WithKey(printed.Groups[1].Value);
            (await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/me")).GetProperty("role").GetString().ShouldBe("admin");
            string assets = "";
            for (var attempt = 0; attempt < 100 && !assets.Contains("main.payments", StringComparison.Ordinal); attempt++)
            {
                await Task.Delay(100);
                var response = await client.GetAsync("/api/v1/sources/sample-shop/assets");
                assets = response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : "";
            }

            assets.ShouldContain("main.customers");
            assets.ShouldContain("CREDIT_CARD");
            Regex.Count(Log(output), Regex.Escape(printed.Groups[1].Value)).ShouldBe(1, "the key is printed once and never logged");
        }
        finally
        {
            node.Kill(entireProcessTree: true);
            await node.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task startup_exits_non_zero_when_storage_is_down()
    {
        var data = Directory.CreateTempSubdirectory("dataspine-node-");
        using var node = StartNode(data.FullName, new StringBuilder(), $"--urls=http://127.0.0.1:{FreePorts.Next()}",
            "--Storage:Provider=Postgres", "--Storage:ConnectionString=Host=127.0.0.1;Port=1;Username=nobody;Timeout=2");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        await node.WaitForExitAsync(timeout.Token);

        node.ExitCode.ShouldBe(1);
    }

    [Fact]
    public async Task a_retired_setting_stops_the_start_and_names_its_replacement()
    {
        var (exitCode, error) = await StartAndFailAsync("--Cluster:ProbePeriod=00:00:01");

        exitCode.ShouldBe(1);
        error.ShouldContain("Cluster:ProbePeriod no longer applies; use Cluster:Membership:ProbeTimeout");
    }

    [Fact]
    public async Task a_node_on_event_hubs_names_the_namespace_it_cannot_reach_and_exits()
    {
        string[] eventHubs =
        [
            "--Streams:Provider=EventHubs", "--Sample:Enabled=false",
            "--Streams:EventHubs:ConnectionString=Endpoint=sb://dataspine-unreachable.invalid/;SharedAccessKeyName=send;SharedAccessKey=a2V5",
            "--Streams:EventHubs:Hub=catalog",
        ];

        var (missingCode, missing) = await StartAndFailAsync(eventHubs);
        var (exitCode, error) = await StartAndFailAsync([.. eventHubs,
            "--Streams:EventHubs:CheckpointConnectionString=DefaultEndpointsProtocol=https;AccountName=nowhere;AccountKey=a2V5a2V5;EndpointSuffix=core.windows.net"]);

        missingCode.ShouldBe(1);
        missing.ShouldContain("Streams:Provider=EventHubs needs Streams:EventHubs:CheckpointConnectionString");
        exitCode.ShouldBe(1);
        error.ShouldContain("the Event Hubs namespace 'dataspine-unreachable.invalid' (hub 'catalog') could not be reached");
    }

    private static async Task<(int ExitCode, string Error)> StartAndFailAsync(params string[] settings)
    {
        var data = Directory.CreateTempSubdirectory("dataspine-node-");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = data.FullName, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { SiloDll, $"--urls=http://127.0.0.1:{FreePorts.Next()}" }.Concat(settings))
        {
            start.ArgumentList.Add(argument);
        }

        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var error = await node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(90));
        await output;
        return (node.ExitCode, error);
    }

    private static string Log(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static Process StartNode(string workingDirectory, StringBuilder output, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(SiloDll);
        // Orleans listens on a silo port besides HTTP: a free one, and no gateway.
        start.ArgumentList.Add($"--Cluster:AdvertisedAddress=127.0.0.1:{FreePorts.Next()}");
        start.ArgumentList.Add("--Cluster:GatewayPort=0");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The node did not start.");
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Append(StringBuilder output, string? line)
    {
        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static async Task<HttpStatusCode?> PollAsync(HttpClient client, string path)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                var response = await client.GetAsync(path);
                if (response.IsSuccessStatusCode)
                {
                    return response.StatusCode;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        return null;
    }

}
