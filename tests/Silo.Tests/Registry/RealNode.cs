using System.Diagnostics;
using System.Text;

namespace DataSpine.Silo.Tests.Registry;

/// <summary>The node as users run it: a real process on a free loopback port, over its own data folder.</summary>
internal sealed class RealNode : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private RealNode(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public static async Task<RealNode> StartAsync()
    {
        var port = FreePorts.Next();

        var data = Directory.CreateTempSubdirectory("dataspine-registry-node-");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = data.FullName, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DataSpine.Silo.dll"));
        start.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
        var node = new RealNode(Process.Start(start) ?? throw new InvalidOperationException("The node did not start."), $"http://127.0.0.1:{port}");
        node._process.OutputDataReceived += (_, e) => node.Append(e.Data);
        node._process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        node._process.BeginOutputReadLine();
        node._process.BeginErrorReadLine();

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

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        lock (_log)
        {
            _log.AppendLine(line);
        }
    }
}
