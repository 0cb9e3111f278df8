using System.Diagnostics;
using System.Text;

namespace DataSpine.Tests.Shared;

/// <summary>A child process that tests start: its stdout and stderr kept as its log; disposing kills it and its children.</summary>
internal sealed class LoggedProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private LoggedProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

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

    /// <summary>
    /// DataSpine.Silo.dll from this test's output folder, in a fresh working folder, with these environment
    /// variables; its admin key is <see cref="TestKeys.Admin"/> unless the caller chose another.
    /// </summary>
    public static LoggedProcess StartSilo(string workingFolderPrefix, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        // Orleans listens on a silo and a gateway port besides HTTP: free ones, unless the caller chose.
        var withPorts = new Dictionary<string, string>
        {
            ["Cluster__AdvertisedAddress"] = $"127.0.0.1:{FreePorts.Next()}",
            ["Cluster__GatewayPort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            [TestKeys.BootstrapVariable] = TestKeys.Admin,
            // Tests and benchmarks send far more than a person would; the rate limit has tests of its own.
            ["RateLimits__AnonymousPerMinute"] = "1000000",
            ["RateLimits__PerKeyPerMinute"] = "1000000",
            // Test sources live in the temporary folder, as for in-process nodes (NodeFactory).
            ["Sources__AllowedRoots__0"] = Path.GetTempPath(),
        };
        foreach (var (key, value) in environment)
        {
            withPorts[key] = value;
        }

        return Start("DataSpine.Silo.dll", workingFolderPrefix, withPorts, arguments);
    }

    /// <summary>An assembly of this output folder run by dotnet, in a fresh working folder, with these environment variables.</summary>
    public static LoggedProcess Start(string assembly, string workingFolderPrefix, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Directory.CreateTempSubdirectory(workingFolderPrefix).FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, assembly));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var started = new LoggedProcess(Process.Start(start) ?? throw new InvalidOperationException($"{assembly} did not start."));
        started._process.OutputDataReceived += (_, e) => started.Append(e.Data);
        started._process.ErrorDataReceived += (_, e) => started.Append(e.Data);
        started._process.BeginOutputReadLine();
        started._process.BeginErrorReadLine();
        return started;
    }

    /// <summary>SIGKILL: no goodbye.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>SIGTERM: the host stops gracefully (an Orleans silo leaves the cluster).</summary>
    public async Task TerminateAsync()
    {
        using var term = Process.Start("kill", ["-TERM", Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await term.WaitForExitAsync();
    }

    public Task WaitForExitAsync() => _process.WaitForExitAsync();

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
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }
}
