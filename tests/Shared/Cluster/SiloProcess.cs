using System.Globalization;

namespace DataSpine.Tests.Shared;

/// <summary>
/// A real silo process (DataSpine.Silo.dll) on free loopback ports, hosting the test grains too. Used by the
/// cluster tests and the failover benchmark: both reference src/Silo and tests/Cluster.TestGrains, so the
/// files it runs sit in their output folder.
/// </summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    private readonly LoggedProcess _process;

    private SiloProcess(LoggedProcess process, int publicPort, int siloPort)
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

    public string Log => _process.Log;

    public static SiloProcess Start(string database, IReadOnlyDictionary<string, string> settingsOfCluster)
    {
        var publicPort = FreePorts.Next();
        var siloPort = FreePorts.Next();
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
            ["Logging__LogLevel__DataSpine.Runtime.Reminders"] = "Debug",
        };
        return new SiloProcess(LoggedProcess.StartSilo("dataspine-silo-", settings), publicPort, siloPort);
    }

    /// <summary>SIGKILL: no goodbye, as when a machine dies.</summary>
    public void Kill() => _process.Kill();

    /// <summary>SIGTERM: the silo leaves gracefully (ShuttingDown, then Dead).</summary>
    public async Task StopAsync()
    {
        using var term = System.Diagnostics.Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
        await term.WaitForExitAsync();
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
