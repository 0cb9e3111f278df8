using DataSpine.Grains.Catalog;
using DataSpine.Grains.Cdc;
using Npgsql;

namespace DataSpine.Cluster.Tests;

/// <summary>SIGKILL the silo that runs a CDC route while the source is written: a survivor takes the route over from its checkpoint, and every change arrives exactly once.</summary>
public sealed class CdcFailoverTests
{
    private const int Transactions = 60;
    private const int RowsEach = 20;

    [Fact]
    public async Task a_route_goes_on_on_a_survivor_after_its_silo_is_killed_mid_stream_without_losing_or_doubling_a_change()
    {
        var source = await TestPostgres.CreateDatabaseAsync(
            "CREATE SCHEMA shop", "CREATE TABLE shop.moves (id bigint PRIMARY KEY, qty integer)", "INSERT INTO shop.moves VALUES (0, 0)");
        var sink = await TestPostgres.CreateDatabaseAsync();
        await using var cluster = await TestCluster.StartAsync(silos: 3);
        var catalog = cluster.Grains.GetGrain<ISourceGrain>("cdcsource");
        (await catalog.CreateAsync(new SourceDefinition("cdcsource", "postgres", source, new SourceOptions { IncludeSchemas = ["shop"] }))).Succeeded.ShouldBeTrue();
        var scan = cluster.Grains.GetGrain<IScanJobGrain>((await catalog.StartScanAsync(null)).Value!.ScanId);
        await TestCluster.WaitForAsync(async () => (await scan.GetAsync())!.Status == ScanStatus.Succeeded, TimeSpan.FromSeconds(60), () => "the source was not scanned");

        var route = cluster.Grains.GetGrain<ICdcRouteGrain>("killed");
        var created = await route.CreateAsync(new CdcRouteDefinition
        {
            Name = "killed mid-stream",
            Source = new CdcSource { CatalogSource = "cdcsource", Tables = ["shop.moves"] },
            Sink = new CdcSink { Type = "postgres", Connection = sink },
            Region = "eu",
        });
        created.ErrorCode.ShouldBeNull(created.Error);
        await TestCluster.WaitForAsync(async () => (await route.GetAsync())!.Status == CdcStatuses.Streaming, TimeSpan.FromSeconds(60), () => "the route did not stream");

        // Each transaction inserts its rows and moves row 0's quantity on, so a change applied twice or lost shows in the sink.
        var writing = Task.Run(async () =>
        {
            await using var connection = new NpgsqlConnection(source);
            await connection.OpenAsync();
            for (var t = 1; t <= Transactions; t++)
            {
                await using var command = new NpgsqlCommand(
                    $"BEGIN; INSERT INTO shop.moves SELECT g, {t} FROM generate_series({(t - 1) * RowsEach + 1}, {t * RowsEach}) g; UPDATE shop.moves SET qty = qty + 1 WHERE id = 0; COMMIT;",
                    connection);
                await command.ExecuteNonQueryAsync();
                await Task.Delay(50);
            }
        });
        await TestCluster.WaitForAsync(async () => await SinkRowsAsync(sink) > RowsEach * 5, TimeSpan.FromSeconds(60), () => "no streamed rows reached the sink");
        writing.IsCompleted.ShouldBeFalse("the source was written to the end before the kill; make it longer");
        (await cluster.OwnerOfAsync(route)).Kill();
        await writing;

        var expectedRows = Transactions * RowsEach + 1;
        await TestCluster.WaitForAsync(async () =>
        {
            await PokeAsync(route); // a call activates the route on a survivor at once (its reminder would, within a minute)
            return await SinkRowsAsync(sink) == expectedRows && await ScalarAsync(sink, "SELECT qty FROM shop.moves WHERE id = 0") == Transactions;
        }, TimeSpan.FromSeconds(120), () => $"the sink did not catch up\n{cluster.LogTails()}");

        // 1 snapshot row, then per transaction its inserts and one update: each applied once across both silos.
        (await ScalarAsync(sink, "SELECT rows_applied FROM dataspine_cdc.checkpoints WHERE route_id = 'killed'")).ShouldBe(1L + Transactions * (RowsEach + 1));
        (await ScalarAsync(sink, "SELECT count(*) FROM dataspine_cdc.dead_letters")).ShouldBe(0);
        (await route.DeleteAsync()).ErrorCode.ShouldBeNull();
    }

    private static async Task PokeAsync(ICdcRouteGrain route)
    {
        try
        {
            await route.GetAsync();
        }
        catch (Exception error) when (error is TimeoutException or OrleansException or SiloUnavailableException)
        {
            // its old silo is not declared dead yet
        }
    }

    private static async Task<long> SinkRowsAsync(string sink)
    {
        try
        {
            return await ScalarAsync(sink, "SELECT count(*) FROM shop.moves");
        }
        catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return 0;
        }
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
