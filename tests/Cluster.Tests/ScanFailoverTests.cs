using DataSpine.Grains.Catalog;
using Microsoft.Data.Sqlite;

namespace DataSpine.Cluster.Tests;

/// <summary>A scan whose silo is killed mid-way completes on the survivors with every asset present.</summary>
public sealed class ScanFailoverTests
{
    private const int Tables = 300;

    [Fact]
    public async Task a_scan_survives_the_death_of_its_silo()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dataspine-cluster-scan-{Guid.NewGuid():N}.db");
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = string.Concat(Enumerable.Range(0, Tables).Select(i =>
                $"CREATE TABLE t{i} (id INTEGER PRIMARY KEY, email TEXT, amount REAL, note TEXT); INSERT INTO t{i} VALUES (1, 'a@b.example', 1.5, 'x');"));
            await create.ExecuteNonQueryAsync();
        }

        await using var cluster = await TestCluster.StartAsync(silos: 3);
        var source = cluster.Grains.GetGrain<ISourceGrain>("scanned");
        (await source.CreateAsync(new SourceDefinition("scanned", "sqlite", path, new SourceOptions { MaxParallelism = 2 }))).Succeeded.ShouldBeTrue();
        var started = await source.StartScanAsync(idempotencyKey: null);
        var scanId = started.Value!.ScanId;
        var job = cluster.Grains.GetGrain<IScanJobGrain>(scanId);
        await TestCluster.WaitForAsync(async () => (await job.GetAsync())!.Progress.Harvested > 10, TimeSpan.FromSeconds(60), () => "the scan did not start");

        var owner = await cluster.OwnerOfAsync(job);
        owner.Kill();
        (await StatusOrNullAsync(job)).ShouldNotBe(ScanStatus.Succeeded, "the scan ended before the kill; make it longer");

        ScanView? view = null;
        await TestCluster.WaitForAsync(async () =>
        {
            try
            {
                view = await job.GetAsync(); // the first call after the kill activates the job on a survivor, which resumes it
                return view!.Status is ScanStatus.Succeeded or ScanStatus.Failed or ScanStatus.Cancelled;
            }
            catch (Exception error) when (error is TimeoutException or OrleansException or SiloUnavailableException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(90), () => $"the scan did not finish: {view}");

        view!.Status.ShouldBe(ScanStatus.Succeeded, view.Error);
        view.Resumed.ShouldBe(1, cluster.LogTails());
        var known = await source.GetKnownAssetsAsync();
        known.Count.ShouldBe(Tables);
        var assets = await Task.WhenAll(known.Select(k => cluster.Grains.GetGrain<IAssetGrain>(AssetKeys.For("scanned", k.QualifiedName)).GetAsync()));
        assets.ShouldAllBe(a => a != null && !a.Deleted && a.Columns.Count == 4);
    }

    /// <summary>The job's status, or null while its grain cannot answer (its silo just died).</summary>
    private static async Task<ScanStatus?> StatusOrNullAsync(IScanJobGrain job)
    {
        try
        {
            using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            return (await job.GetAsync().WaitAsync(quick.Token))?.Status;
        }
        catch (Exception error) when (error is TimeoutException or OperationCanceledException or OrleansException)
        {
            return null;
        }
    }
}
