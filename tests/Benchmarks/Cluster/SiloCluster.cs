using System.Globalization;
using DataSpine.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DataSpine.Benchmarks.Cluster;

/// <summary>
/// DataSpine.Silo.dll processes forming one Orleans cluster on a PostgreSQL database (ADO.NET membership,
/// DataSpine's grain storage), and this process as an Orleans client of it (UseDataSpineClient), as an api
/// process runs. Membership timings are passed as Cluster:Membership settings; none means DataSpine's defaults.
/// </summary>
internal sealed class SiloCluster : IAsyncDisposable
{
    private const int Active = 3;
    private const int Dead = 6;

    private readonly string _database;
    private readonly IReadOnlyDictionary<string, string> _membership;
    private readonly string _keysFolder = Directory.CreateTempSubdirectory("dataspine-bench-keys-").FullName;
    private readonly List<SiloProcess> _silos = [];
    private IHost? _client;

    private readonly bool _benchSilos;

    private SiloCluster(string database, IReadOnlyDictionary<string, string> membership, bool benchSilos) =>
        (_database, _membership, _benchSilos) = (database, membership, benchSilos);

    public IReadOnlyList<SiloProcess> Silos => _silos;

    public IClusterClient Client => _client?.Services.GetRequiredService<IClusterClient>() ?? throw new InvalidOperationException("No client yet.");

    /// <summary>Starts the silos one by one, then the client; with benchSilos, this benchmark in its silo mode (hosting the bench grains too) instead of DataSpine.Silo.dll.</summary>
    public static async Task<SiloCluster> StartAsync(
        string database, int silos, IReadOnlyDictionary<string, string> membership, TimeSpan clientCallTimeout, bool benchSilos = false)
    {
        var cluster = new SiloCluster(database, membership, benchSilos);
        try
        {
            // The first silo migrates the database alone; the others then join at once.
            await cluster.AddSiloAsync();
            await Task.WhenAll(Enumerable.Range(1, silos - 1).Select(_ => cluster.AddSiloAsync()));
            await cluster.StartClientAsync(clientCallTimeout);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts one more silo process and waits until the membership table shows it Active.</summary>
    public async Task<SiloProcess> AddSiloAsync()
    {
        var siloPort = FreePorts.Next();
        var environment = new Dictionary<string, string>
        {
            ["Urls"] = $"http://127.0.0.1:{FreePorts.Next()}",
            ["Storage__Provider"] = "Postgres",
            ["Storage__ConnectionString"] = _database,
            ["Cluster__Mode"] = "Postgres",
            ["Cluster__AdvertisedAddress"] = $"127.0.0.1:{siloPort}",
            ["Cluster__GatewayPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
            ["Sample__Enabled"] = "false",
            ["Secrets__KeysFolder"] = _keysFolder,
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in _membership)
        {
            environment[$"Cluster__Membership__{key}"] = value;
        }

        var silo = new SiloProcess(_benchSilos
            ? LoggedProcess.Start("DataSpine.Benchmarks.dll", "dataspine-bench-silo-", environment, BenchSiloProcess.Argument)
            : LoggedProcess.Start("DataSpine.Silo.dll", "dataspine-bench-silo-", environment), siloPort);
        lock (_silos)
        {
            _silos.Add(silo);
        }

        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (await StatusAsync(silo) != Active)
        {
            if (silo.Process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"Silo on port {siloPort} did not become active:\n{silo.Process.Log}");
            }

            await Task.Delay(100);
        }

        silo.ActiveSince = DateTimeOffset.UtcNow;
        return silo;
    }

    /// <summary>The silo's newest row in the membership table (Orleans' SiloStatus as a number), or null before it wrote one.</summary>
    public async Task<int?> StatusAsync(SiloProcess silo)
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT status FROM orleansmembershiptable WHERE port = @port ORDER BY generation DESC LIMIT 1", connection);
        command.Parameters.AddWithValue("port", silo.SiloPort);
        try
        {
            return await command.ExecuteScalarAsync() is int status ? status : null;
        }
        catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return null; // the first silo has not migrated the database yet
        }
    }

    public async Task<bool> IsDeadAsync(SiloProcess silo) => await StatusAsync(silo) == Dead;

    /// <summary>Which silo process holds the grain's activation now (null when none does).</summary>
    public async Task<SiloProcess?> OwnerOfAsync(IAddressable grain)
    {
        var address = await Client.GetGrain<IManagementGrain>(0).GetActivationAddress(grain);
        return address is null ? null : _silos.FirstOrDefault(s => s.SiloPort == address.Endpoint.Port);
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is not null)
        {
            try
            {
                await _client.StopAsync(new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token);
            }
            catch (Exception error) when (error is OperationCanceledException or OrleansException)
            {
                // The cluster is going away anyway.
            }

            _client.Dispose();
        }

        foreach (var silo in _silos)
        {
            await silo.Process.DisposeAsync();
        }
    }

    private async Task StartClientAsync(TimeSpan callTimeout)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = _database,
            ["Cluster:Mode"] = "Postgres",
            ["Cluster:Role"] = "Api",
            ["Runtime:CallTimeout"] = callTimeout.ToString("c", CultureInfo.InvariantCulture),
        });
        builder.UseOrleansClient(client => client.UseDataSpineClient(builder.Configuration));
        _client = builder.Build();
        await _client.StartAsync();
    }
}

/// <summary>One silo process and the port its membership row is keyed by.</summary>
internal sealed class SiloProcess(LoggedProcess process, int siloPort)
{
    public LoggedProcess Process { get; } = process;

    public int SiloPort { get; } = siloPort;

    public DateTimeOffset? ActiveSince { get; set; }
}
