using DataSpine.Grains.Catalog;
using Microsoft.Data.Sqlite;

namespace DataSpine.Cluster.Tests;

/// <summary>A source's scheduled scans are Orleans reminders in PostgreSQL: they go on on a survivor after the owner is killed, and stop when the schedule is removed.</summary>
public sealed class ReminderTests
{
    [Theory]
    [InlineData("00:00:02", null)]
    [InlineData(null, "*/2 * * * * *")] // a cron schedule: a reminder moved on after each tick
    public async Task scheduled_scans_go_on_on_a_survivor_after_the_owner_is_killed_and_stop_when_removed(string? every, string? cron)
    {
        var path = Path.Combine(Path.GetTempPath(), $"dataspine-cluster-reminder-{Guid.NewGuid():N}.db");
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE t (id INTEGER PRIMARY KEY)";
            await create.ExecuteNonQueryAsync();
        }

        await using var cluster = await TestCluster.StartAsync(silos: 3);
        var source = cluster.Grains.GetGrain<ISourceGrain>("scheduled");
        var options = new SourceOptions { ScanEvery = every is null ? null : TimeSpan.Parse(every, System.Globalization.CultureInfo.InvariantCulture), ScanSchedule = cron };
        (await source.CreateAsync(new SourceDefinition("scheduled", "sqlite", path, options))).Succeeded.ShouldBeTrue();
        var scans = new HashSet<string>();
        await TestCluster.WaitForAsync(async () => await CountScansAsync(source, scans) >= 2, TimeSpan.FromSeconds(30), () => $"no scheduled scans\n{cluster.LogTails()}");

        (await cluster.OwnerOfAsync(source)).Kill();
        var before = scans.Count;
        await TestCluster.WaitForAsync(async () => await CountScansAsync(source, scans) >= before + 2, TimeSpan.FromSeconds(60),
            () => $"no scheduled scan on a survivor\n{cluster.LogTails()}");

        (await source.UpdateAsync(new SourceDefinition("scheduled", "sqlite", path, new SourceOptions()))).Succeeded.ShouldBeTrue();
        await Task.Delay(TimeSpan.FromSeconds(3)); // a scan already started may still finish
        var stopped = await CountScansAsync(source, scans);
        await Task.Delay(TimeSpan.FromSeconds(5));
        (await CountScansAsync(source, scans)).ShouldBe(stopped);
    }

    /// <summary>Distinct scans seen so far; retried while the source's old silo is being declared dead.</summary>
    private static async Task<int> CountScansAsync(ISourceGrain source, HashSet<string> scans)
    {
        try
        {
            if ((await source.GetAsync())?.LastScan?.Id is { } id)
            {
                scans.Add(id);
            }
        }
        catch (Exception error) when (error is TimeoutException or OrleansException or SiloUnavailableException)
        {
            // its old silo is not declared dead yet
        }

        return scans.Count;
    }
}
