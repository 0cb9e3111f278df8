using System.Diagnostics;
using System.Text;

namespace DataSpine.Tests.Shared;

/// <summary>
/// A real silo process (DataSpine.Silo.dll) on free loopback ports, hosting the test grains too. Used by the
/// cluster tests and the failover benchmark: both reference src/Silo and tests/Cluster.TestGrains, so the
/// files it runs sit in their output folder.
/// </summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private SiloProcess(Process process, int publicPort, int siloPort)
    {
        _process = process;
        PublicUrl = $"http://127.0.0.1:{publicPort}";
        SiloPort = siloPort;
    }

    public string PublicUrl { get; }

    public int SiloPort { get; }

    public int ProcessId => _process.Id;

    /// <summary>When the membership table first showed it Active (set by <see cref="TestCluster"/>).</summary>
    public DateTimeOffset? ActiveSince { get; set; }

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

    public static SiloProcess Start(string database, IReadOnlyDictionary<string, string> settingsOfCluster)
    {
        var publicPort = FreePorts.Next();
        var siloPort = FreePorts.Next();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Directory.CreateTempSubdirectory("dataspine-silo-").FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DataSpine.Silo.dll"));
        var settings = new Dictionary<string, string>(settingsOfCluster)
        {
            ["Urls"] = $"http://127.0.0.1:{publicPort}",
            ["Storage__Provider"] = "Postgres",
            ["Storage__ConnectionString"] = database,
            ["Cluster__Mode"] = "Postgres",
            ["Cluster__AdvertisedAddress"] = $"127.0.0.1:{siloPort}",
            ["Runtime__GrainAssemblyPaths__0"] = Path.Combine(AppContext.BaseDirectory, "DataSpine.Cluster.TestGrains.dll"),
            ["Sample__Enabled"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__DataSpine"] = "Information",
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var silo = new SiloProcess(Process.Start(start) ?? throw new InvalidOperationException("The silo did not start."), publicPort, siloPort);
        silo._process.OutputDataReceived += (_, e) => silo.Append(e.Data);
        silo._process.ErrorDataReceived += (_, e) => silo.Append(e.Data);
        silo._process.BeginOutputReadLine();
        silo._process.BeginErrorReadLine();
        return silo;
    }

    /// <summary>SIGKILL: no goodbye, as when a machine dies.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>SIGTERM: the silo leaves gracefully (ShuttingDown, then Dead).</summary>
    public async Task StopAsync()
    {
        using var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await term.WaitForExitAsync();
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
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
