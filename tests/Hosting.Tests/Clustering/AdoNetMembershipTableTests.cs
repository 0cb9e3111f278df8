using System.Net;
using DataSpine.Hosting.Clustering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace DataSpine.Hosting.Tests.Clustering;

/// <summary>
/// Every membership query Orleans 10.4.2 issues, through its own ADO.NET membership table on DataSpine's
/// migration, including those a short cluster run never reaches (heartbeats, defunct-row cleanup, delete).
/// </summary>
public sealed class AdoNetMembershipTableTests
{
    [Fact]
    public async Task orleans_membership_table_reads_and_writes_with_optimistic_versions_on_the_migrated_schema()
    {
        var cs = await TestPostgres.CreateDatabaseAsync();
        await PostgresOrleansSchema.MigrateAsync(cs, CancellationToken.None);
        var clusterId = $"c{Guid.NewGuid():N}";
        using var host = Host.CreateDefaultBuilder()
            .UseOrleans(silo => silo
                .Configure<Orleans.Configuration.ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (clusterId, clusterId))
                .UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = ("Npgsql", cs)))
            .Build();
        var table = host.Services.GetRequiredService<IMembershipTable>();
        await table.InitializeMembershipTableAsync(tryInitTableVersion: true, CancellationToken.None);
        var now = DateTime.UtcNow;

        var empty = await table.ReadAllAsync(CancellationToken.None);
        empty.Members.ShouldBeEmpty();
        var live = Entry(1, SiloStatus.Active, now);
        (await table.InsertRowAsync(live, empty.Version.Next(), CancellationToken.None)).ShouldBeTrue();
        (await table.InsertRowAsync(Entry(2, SiloStatus.Active, now), empty.Version.Next(), CancellationToken.None)).ShouldBeFalse("stale table version");

        live.IAmAliveTime = now.AddSeconds(30);
        await table.UpdateIAmAliveAsync(live, CancellationToken.None);
        var read = await table.ReadRowAsync(live.SiloAddress, CancellationToken.None);
        var (stored, etag) = read.Members.ShouldHaveSingleItem();
        stored.IAmAliveTime.ShouldBe(now.AddSeconds(30), TimeSpan.FromMilliseconds(1));

        var suspector = Entry(3, SiloStatus.Active, now).SiloAddress;
        stored.Status = SiloStatus.Dead;
        stored.AddOrUpdateSuspector(suspector, now, 10);
        (await table.UpdateRowAsync(stored, etag, read.Version.Next(), CancellationToken.None)).ShouldBeTrue();
        (await table.UpdateRowAsync(stored, etag, read.Version.Next(), CancellationToken.None)).ShouldBeFalse("stale table version");
        var dead = (await table.ReadRowAsync(live.SiloAddress, CancellationToken.None)).Members.ShouldHaveSingleItem().Item1;
        dead.Status.ShouldBe(SiloStatus.Dead);
        dead.SuspectTimes.ShouldHaveSingleItem().Item1.ShouldBe(suspector);

        var longDead = Entry(4, SiloStatus.Dead, now.AddDays(-10));
        (await table.InsertRowAsync(longDead, (await table.ReadAllAsync(CancellationToken.None)).Version.Next(), CancellationToken.None)).ShouldBeTrue();
        await table.CleanupDefunctSiloEntriesAsync(DateTimeOffset.UtcNow.AddDays(-7), CancellationToken.None);
        (await table.ReadAllAsync(CancellationToken.None)).Members.Select(m => m.Item1.SiloAddress).ShouldBe([live.SiloAddress]);

        await table.DeleteMembershipTableEntriesAsync(clusterId, CancellationToken.None);
        (await CountAsync(cs, "SELECT count(*) FROM OrleansMembershipTable")).ShouldBe(0);
        (await CountAsync(cs, "SELECT count(*) FROM OrleansMembershipVersionTable")).ShouldBe(0);
    }

    private static MembershipEntry Entry(int generation, SiloStatus status, DateTime time) => new()
    {
        SiloAddress = SiloAddress.New(IPAddress.Loopback, 11111, generation),
        SiloName = $"silo-{generation}",
        HostName = "localhost",
        Status = status,
        ProxyPort = 30000,
        StartTime = time,
        IAmAliveTime = time,
    };

    private static async Task<long> CountAsync(string cs, string sql)
    {
        await using var connection = new NpgsqlConnection(cs);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
