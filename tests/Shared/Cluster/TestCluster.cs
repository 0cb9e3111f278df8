using DataSpine.Cluster.TestGrains;
using DataSpine.Runtime;
using DataSpine.Runtime.Cluster;
using DataSpine.Runtime.Hosting;
using DataSpine.Runtime.Management;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DataSpine.Tests.Shared;

/// <summary>
/// Silo processes over one fresh PostgreSQL database, and this test process as an api-role client of
/// them (it hosts no grains: every call goes over HTTP/2 to the owner). Test timings: probe every
/// 1 s, 2 s timeout, 3 misses, so a killed silo is declared dead in a few seconds; the client reads
/// membership with the silos' timings.
/// </summary>
internal sealed class TestCluster : IAsyncDisposable
{
    public static readonly IReadOnlyDictionary<string, string> Timings = new Dictionary<string, string>
    {
        ["Cluster__ProbePeriod"] = "00:00:01",
        ["Cluster__ProbeTimeout"] = "00:00:02",
        ["Cluster__MissedProbesLimit"] = "3",
        ["Cluster__TableRefreshPeriod"] = "00:00:00.500",
        ["Cluster__NewSiloGracePeriod"] = "00:00:05",
        ["Cluster__IAmAlivePeriod"] = "00:00:05",
        ["Cluster__ReminderPollPeriod"] = "00:00:00.200",
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

    /// <summary>The api client's services (its membership view, for one).</summary>
    public IServiceProvider ClientServices => _client!.Services;

    /// <summary>The silo that owns a grain now, as this process's membership view computes it.</summary>
    public SiloProcess OwnerOf(GrainId id)
    {
        var owner = _client!.Services.GetRequiredService<ClusterView>().OwnerOf(id) ?? throw new InvalidOperationException("No silo is active.");
        return Silos.Single(s => s.SiloPort == owner.Port);
    }

    /// <param name="silos">How many silo processes to start, one after the other.</param>
    /// <param name="database">The cluster's database; a fresh one on the test PostgreSQL when null.</param>
    /// <param name="timings">Cluster settings as environment variables; <see cref="Timings"/> when null.</param>
    public static async Task<TestCluster> StartAsync(int silos, string? database = null, IReadOnlyDictionary<string, string>? timings = null)
    {
        // Pooled, as a deployment runs it (the shared helper turns pooling off for one-shot test databases).
        database = new NpgsqlConnectionStringBuilder(database ?? await TestPostgres.CreateDatabaseAsync()) { Pooling = true, MaxPoolSize = 20 }.ConnectionString;
        var cluster = new TestCluster(database, timings ?? Timings);
        for (var i = 0; i < silos; i++)
        {
            await cluster.AddSiloAsync();
        }

        await cluster.StartClientAsync();

        // Every silo reads the last join within a table refresh: until then a grain can start on a silo that
        // soon hands it over, which the tests' counts (one activation, one resume) do not expect.
        await Task.Delay(OptionsOf(cluster._timings, ClusterRole.Silo).TableRefreshPeriod * 3);
        return cluster;
    }

    /// <summary>Cluster settings given as environment variables (Cluster__ProbePeriod), bound as a silo binds them.</summary>
    public static ClusterOptions OptionsOf(IReadOnlyDictionary<string, string> timings, ClusterRole role)
    {
        var settings = new ConfigurationBuilder()
            .AddInMemoryCollection(timings.Select(s => KeyValuePair.Create<string, string?>(s.Key.Replace("__", ":", StringComparison.Ordinal), s.Value)))
            .Build();
        var options = settings.GetSection("Cluster").Get<ClusterOptions>() ?? new ClusterOptions();
        options.Mode = ClusterMode.Postgres;
        options.Role = role;
        return options;
    }

    /// <summary>The end of every silo's log, for a failing test's message.</summary>
    public string LogTails(int lines = 25) =>
        string.Join("\n\n", Silos.Select(s => $"silo {s.SiloPort}:\n{string.Join('\n', s.Log.Split('\n').TakeLast(lines))}"));

    /// <summary>Makes this process (the api client) read membership now rather than at its next refresh.</summary>
    public Task RefreshMembershipAsync() => ClientServices.GetRequiredService<MembershipService>().RefreshAsync(CancellationToken.None);

    /// <summary>Starts a silo and waits until the table shows it active (as operators add silos: one at a time).</summary>
    public async Task<SiloProcess> AddSiloAsync()
    {
        // Every silo of a cluster shares the Data Protection keys (a source's secret is read wherever its grain lives).
        var silo = SiloProcess.Start(Database, new Dictionary<string, string>(_timings) { ["Secrets__KeysFolder"] = _keys.FullName });
        Silos.Add(silo);
        await WaitForAsync(async () => await StatusAsync(silo) == SiloStatus.Active, TimeSpan.FromSeconds(60), () => $"silo did not become active:\n{silo.Log}");
        silo.ActiveSince = DateTimeOffset.UtcNow;
        return silo;
    }

    public async Task<SiloStatus?> StatusAsync(SiloProcess silo)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT status FROM cluster_membership WHERE port = @port ORDER BY generation DESC LIMIT 1", connection);
        command.Parameters.AddWithValue("port", silo.SiloPort);
        try
        {
            return await command.ExecuteScalarAsync() is int status ? (SiloStatus)status : null;
        }
        catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return null;
        }
    }

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

    private async Task StartClientAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        var storage = new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = Database };
        builder.Services.AddGrainRuntime(new GrainRuntimeOptions { CallTimeout = TimeSpan.FromSeconds(20) }, storage, typeof(ICounterGrain).Assembly, typeof(Grains.GrainsAssembly).Assembly)
            .AddCluster(OptionsOf(_timings, ClusterRole.Api), storage);
        _client = builder.Build();
        await _client.StartAsync();
    }
}
