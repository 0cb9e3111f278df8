using DataSpine.Hosting.Clustering;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace DataSpine.Hosting.Tests.Reminders;

/// <summary>Orleans 10.4.2's own ADO.NET reminder table on a database migrated by DataSpine.</summary>
public sealed class AdoNetReminderTableTests : ReminderTableContract
{
    private readonly List<ServiceProvider> _providers = [];
    private string _connectionString = "";

    public override async Task InitializeAsync()
    {
        _connectionString = await TestPostgres.CreateDatabaseAsync();
        await PostgresOrleansSchema.MigrateAsync(_connectionString, CancellationToken.None);
    }

    public override async Task DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }
    }

    protected override async Task<IReminderTable> OpenAsync()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = ("reminder-contract", "reminder-contract"));
        services.UseAdoNetReminderService(options => options.Configure(o => (o.Invariant, o.ConnectionString) = ("Npgsql", _connectionString)));
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        var table = provider.GetRequiredService<IReminderTable>();
        await table.StartAsync(CancellationToken.None);
        return table;
    }
}
