using DataSpine.Hosting;
using DataSpine.Silo.Sample;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace DataSpine.Silo;

/// <summary>The one human line a node prints when it is ready: where to go, where the data is, what the sample did.</summary>
internal static class ReadyLine
{
    public static async Task PrintAsync(WebApplication app)
    {
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "(no address)";
        var settings = app.Services.GetRequiredService<NodeSettings>();
        var data = settings.Storage.Provider == StorageProvider.Sqlite
            ? $"data in {settings.Storage.SqliteConnectionString.Replace("Data Source=", "", StringComparison.OrdinalIgnoreCase)}"
            : "data in PostgreSQL";
        var sample = app.Services.GetService<SampleSeeder>() is { } seeder
            ? await seeder.Outcome.WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : "sample still setting up", TaskScheduler.Default)
            : "api process (no grains here)";
        var line = settings.Cluster.Role == ClusterRole.Silo
            ? $"DataSpine is ready: open {url}/api/v1/search?q=customer, the dashboard at {url}/dashboard; {data}; {sample}."
            : $"DataSpine api is ready: open {url}/api/v1/sources; {sample}.";
        await Console.Out.WriteLineAsync(line);
    }
}
