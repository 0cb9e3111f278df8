using DataSpine.Hosting.Reminders;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DataSpine.Hosting.Tests.Reminders;

public sealed class EmbeddedReminderRestartTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ds-embedded-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task a_reminder_registered_before_a_restart_fires_on_the_next_silo_using_the_same_file()
    {
        var connectionString = $"Data Source={Path.Combine(_folder, "dataspine.db")}";
        var clusterId = $"c{Guid.NewGuid():N}";
        void Configure(ISiloBuilder silo) => silo
            .UseLocalhostClustering(FreePorts.Next(), FreePorts.Next(), serviceId: clusterId, clusterId: clusterId)
            .AddReminders()
            .ConfigureServices(services => services.AddSingleton<IReminderTable>(new SqliteReminderTable(connectionString)));
        var key = Guid.NewGuid().ToString("N");

        var before = await TestHosts.StartSiloAsync(clusterId, Configure);
        await before.Services.GetRequiredService<IGrainFactory>().GetGrain<IReminderProbeGrain>(key).StartReminderAsync("scheduled-scan");
        await ReminderFirings.WaitForAsync(key, "scheduled-scan", atLeast: 1, TimeSpan.FromSeconds(30));
        await before.ShutDownAsync();
        var firedBeforeRestart = ReminderFirings.Count(key, "scheduled-scan");

        var after = await TestHosts.StartSiloAsync(clusterId, Configure);
        try
        {
            await ReminderFirings.WaitForAsync(key, "scheduled-scan", atLeast: firedBeforeRestart + 2, TimeSpan.FromSeconds(30));
        }
        finally
        {
            await after.ShutDownAsync();
        }
    }
}
