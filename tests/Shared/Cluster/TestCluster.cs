using DataSpine.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DataSpine.Tests.Shared;

/// <summary>
/// Silo processes on one fresh PostgreSQL database (Orleans' ADO.NET membership, DataSpine's storage),
/// and this test process as an Orleans client of them (UseDataSpineClient: gateways from the membership
/// table). Test timings: 1 s probes, 2 misses, 1 s table refresh, so a killed silo is declared dead in a
/// few seconds.
/// </summary>
internal sealed class TestCluster : IAsyncDisposable
{
    public static readonly IReadOnlyDictionary<string, string> Timings = new Dictionary<string, string>
    {
        ["Cluster__Membership__ProbeTimeout"] = "00:00:01",
        ["Cluster__Membership__NumMissedProbesLimit"] = "2",
        ["Cluster__Membership__TableRefreshTimeout"] = "00:00:01",
        ["Cluster__Membership__IAmAliveTablePublishTimeout"] = "00:00:05",
    };

    private readonly DirectoryInfo _keys = Directory.CreateTempSubdirectory("dataspine-cluster-keys-");
    private readonly IReadOnlyDictionary<string, string> _timings;
    private IHost? _client;

    private TestCluster(string database, IReadOnlyDictionary<string, string> timings)
    {
        Database = database;
        _timings = timings;
    }

    public string Database { get; }

    public List<SiloProcess> Silos { get; } = [];

    public IGrainFactory Grains => _client!.Services.GetRequiredService<IGrainFactory>();

    public static async Task<TestCluster> StartAsync(int silos, IReadOnlyDictionary<string, string>? timings = null)
    {
        var database = new NpgsqlConnectionStringBuilder(await TestPostgres.CreateDatabaseAsync()) { Pooling = true, MaxPoolSize = 20 }.ConnectionString;
        var cluster = new TestCluster(database, timings ?? Timings);
        for (var i = 0; i < silos; i++)
        {
            await cluster.AddSiloAsync();
        }

        await cluster.StartClientAsync();
        return cluster;
    }

    /// <summary>Starts a silo and waits until the cluster lists it (as operators add silos: one at a time).</summary>
    public async Task<SiloProcess> AddSiloAsync()
    {
        var silo = StartProcess("Silo");
        Silos.Add(silo);
        var expected = Silos.Count(s => !s.HasExited);
        await WaitForAsync(async () => !silo.HasExited && await LiveSiloCountAsync(silo) >= expected, TimeSpan.FromSeconds(90),
            () => $"silo did not join:\n{silo.Log}");
        return silo;
    }

    /// <summary>A process of the Api role: serves HTTP as an Orleans client, holds no grains.</summary>
    public SiloProcess StartApiProcess() => StartProcess("Api");

    /// <summary>The silo process where a grain is active now.</summary>
    public async Task<SiloProcess> OwnerOfAsync(IAddressable grain)
    {
        var address = await Grains.GetGrain<IManagementGrain>(0).GetActivationAddress(grain)
            ?? throw new InvalidOperationException("The grain is not active anywhere.");
        return Silos.Single(s => s.SiloPort == address.Endpoint.Port);
    }

    /// <summary>Activations of one grain type (Orleans' name, e.g. "glossaryterm") summed over every live silo.</summary>
    public async Task<int> ActivationsAsync(string grainClassName)
    {
        var statistics = await Grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        return statistics.Where(s => s.GrainType.Split(',')[0].EndsWith("." + grainClassName, StringComparison.Ordinal)).Sum(s => s.ActivationCount);
    }

    /// <summary>The end of every silo's log, for a failing test's message.</summary>
    public string LogTails(int lines = 25) =>
        string.Join("\n\n", Silos.Select(s => $"silo {s.SiloPort}:\n{string.Join('\n', s.Log.Split('\n').TakeLast(lines))}"));

    public static async Task WaitForAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<string> why)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(why());
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.StopAsync();
            _client.Dispose();
        }

        foreach (var silo in Silos)
        {
            await silo.DisposeAsync();
        }
    }

    private SiloProcess StartProcess(string role) =>
        // Every silo of a cluster shares the Data Protection keys (a source's secret is read wherever its grain lives).
        SiloProcess.Start(Database, new Dictionary<string, string>(_timings) { ["Secrets__KeysFolder"] = _keys.FullName }, role);

    private static async Task<int> LiveSiloCountAsync(SiloProcess silo)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) }.WithKey(TestKeys.Admin);
        try
        {
            var silos = await http.GetFromJsonAsync<System.Text.Json.JsonElement>($"{silo.PublicUrl}/api/v1/cluster/silos");
            return silos.GetArrayLength();
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            return 0;
        }
    }

    private async Task StartClientAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cluster:Mode"] = "Postgres",
            ["Cluster:Role"] = "Api",
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = Database,
            ["Runtime:CallTimeout"] = "00:00:10",
        });
        builder.UseOrleansClient(client => client.UseDataSpineClient(builder.Configuration));
        _client = builder.Build();
        await _client.StartAsync();
    }
}
