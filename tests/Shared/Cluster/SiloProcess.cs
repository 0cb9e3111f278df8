using System.Globalization;

namespace DataSpine.Tests.Shared;

/// <summary>
/// A real DataSpine silo process (DataSpine.Silo.dll from the test's output folder) in a PostgreSQL
/// cluster, on free loopback ports: HTTP, Orleans silo port and gateway.
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

    public bool HasExited => _process.HasExited;

    public string Log => _process.Log;

    /// <summary>Starts a process of <paramref name="role"/>: "Silo", or "Api" (serves HTTP as an Orleans client, holds no grains).</summary>
    public static SiloProcess Start(string database, IReadOnlyDictionary<string, string> settingsOfCluster, string role = "Silo")
    {
        var publicPort = FreePorts.Next();
        var siloPort = FreePorts.Next();
        var settings = new Dictionary<string, string>(settingsOfCluster)
        {
            ["Urls"] = $"http://127.0.0.1:{publicPort}",
            ["Storage__Provider"] = "Postgres",
            ["Storage__ConnectionString"] = database,
            ["Cluster__Mode"] = "Postgres",
            ["Cluster__Role"] = role,
            ["Cluster__AdvertisedAddress"] = $"127.0.0.1:{siloPort}",
            ["Cluster__GatewayPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
            ["Sample__Enabled"] = "false",
            ["Sources__AllowedRoots__0"] = Path.GetTempPath(),
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__DataSpine"] = "Information",
        };
        return new SiloProcess(LoggedProcess.StartSilo("dataspine-silo-", settings), publicPort, siloPort);
    }

    /// <summary>SIGKILL: no goodbye, as when a machine dies.</summary>
    public void Kill() => _process.Kill();

    /// <summary>SIGTERM: the silo leaves gracefully (ShuttingDown, then Dead).</summary>
    public async Task StopAsync()
    {
        await _process.TerminateAsync();
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
