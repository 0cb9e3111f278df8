using DataSpine.Hosting.Clustering;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Messaging;

namespace DataSpine.Hosting.Tests.Clustering;

/// <summary>Orleans 10.4.2's own ADO.NET clustering and reminders, running on DataSpine's migration.</summary>
public sealed class PostgresClusterTests
{
    [Fact]
    public async Task two_silos_join_a_reminder_fires_and_a_client_finds_the_gateways()
    {
        var cs = await TestPostgres.CreateDatabaseAsync();
        await PostgresOrleansSchema.MigrateAsync(cs, CancellationToken.None);
        var clusterId = $"c{Guid.NewGuid():N}";
        void Configure(ISiloBuilder silo) => silo
            .UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = ("Npgsql", cs))
            .UseAdoNetReminderService(o => (o.Invariant, o.ConnectionString) = ("Npgsql", cs));

        var first = await TestHosts.StartSiloAsync(clusterId, Configure);
        var second = await TestHosts.StartSiloAsync(clusterId, Configure);
        var client = await TestHosts.StartClientAsync(clusterId, c => c.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = ("Npgsql", cs)));
        try
        {
            var management = first.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
            await WaitUntilAsync(async () => (await management.GetHosts(onlyActive: true)).Count == 2, TimeSpan.FromSeconds(60));

            var gateways = client.Services.GetRequiredService<IGatewayListProvider>();
            await WaitUntilAsync(async () => (await gateways.GetGateways()).Count == 2, TimeSpan.FromSeconds(30));

            var grains = client.Services.GetRequiredService<IClusterClient>();
            var key = Guid.NewGuid().ToString("N");
            (await grains.GetGrain<IReminderProbeGrain>(key).WhereAsync()).ShouldNotBeNullOrEmpty();
            await grains.GetGrain<IReminderProbeGrain>(key).StartReminderAsync("tick");
            await ReminderFirings.WaitForAsync(key, "tick", atLeast: 2, TimeSpan.FromSeconds(30));
        }
        finally
        {
            await client.ShutDownAsync();
            await second.ShutDownAsync();
            await first.ShutDownAsync();
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (!await condition())
        {
            cancel.IsCancellationRequested.ShouldBeFalse("condition not met in time");
            await Task.Delay(200, CancellationToken.None);
        }
    }
}
