using DataSpine.Runtime.Cluster;
using DataSpine.Runtime.Management;
using Npgsql;

namespace DataSpine.Cluster.Tests;

/// <summary>The PostgreSQL membership table's compare-and-swap on the table version.</summary>
public sealed class MembershipTableTests
{
    private static async Task<PostgresMembershipTable> TableAsync()
    {
        var table = new PostgresMembershipTable(NpgsqlDataSource.Create(await TestPostgres.CreateDatabaseAsync()), "test");
        await table.InitializeAsync(CancellationToken.None);
        return table;
    }

    private static MembershipEntry Entry(int port, long generation = 1, SiloStatus status = SiloStatus.Joining) =>
        new(new SiloAddress("127.0.0.1", port, generation), $"silo-{port}", status, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, []);

    [Fact]
    public async Task twenty_parallel_joins_each_get_a_row_and_the_version_counts_every_change()
    {
        var table = await TableAsync();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            var entry = Entry(20_000 + i);
            var attempts = 0;
            while (true)
            {
                attempts++;
                var snapshot = await table.ReadAllAsync(CancellationToken.None);
                if (await table.InsertAsync(entry, snapshot.Version, CancellationToken.None))
                {
                    return attempts;
                }
            }
        })));

        var after = await table.ReadAllAsync(CancellationToken.None);
        after.Entries.Select(e => e.Silo).Distinct().Count().ShouldBe(20);
        after.Version.ShouldBe(20);
    }

    [Fact]
    public async Task a_write_with_a_stale_version_is_refused_and_changes_nothing()
    {
        var table = await TableAsync();
        var first = await table.ReadAllAsync(CancellationToken.None);
        (await table.InsertAsync(Entry(1), first.Version, CancellationToken.None)).ShouldBeTrue();

        (await table.InsertAsync(Entry(2), first.Version, CancellationToken.None)).ShouldBeFalse();
        (await table.UpdateAsync(Entry(1, status: SiloStatus.Dead), first.Version, CancellationToken.None)).ShouldBeFalse();

        var now = await table.ReadAllAsync(CancellationToken.None);
        now.Version.ShouldBe(first.Version + 1);
        now.Entries.Single().Status.ShouldBe(SiloStatus.Joining);
        (await table.UpdateAsync(Entry(1, status: SiloStatus.Active), now.Version, CancellationToken.None)).ShouldBeTrue();
        (await table.ReadAllAsync(CancellationToken.None)).Entries.Single().Status.ShouldBe(SiloStatus.Active);
    }

    [Fact]
    public async Task the_same_silo_start_cannot_join_twice_but_a_new_generation_can()
    {
        var table = await TableAsync();
        (await table.InsertAsync(Entry(1, generation: 5), 0, CancellationToken.None)).ShouldBeTrue();

        (await table.InsertAsync(Entry(1, generation: 5), 1, CancellationToken.None)).ShouldBeFalse();
        (await table.InsertAsync(Entry(1, generation: 6), 1, CancellationToken.None)).ShouldBeTrue();

        (await table.ReadAllAsync(CancellationToken.None)).Version.ShouldBe(2);
    }
}
