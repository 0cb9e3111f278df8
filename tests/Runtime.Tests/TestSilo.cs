using DataSpine.Runtime.Hosting;
using DataSpine.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DataSpine.Runtime.Tests;

/// <summary>A real single-silo runtime in the test process, over the given storage.</summary>
public sealed class TestSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private TestSilo(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => _host.Services;

    public static async Task<TestSilo> StartAsync(
        IGrainStorage storage, Action<GrainRuntimeOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        var options = new GrainRuntimeOptions { CallTimeout = TimeSpan.FromSeconds(10) };
        configure?.Invoke(options);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(storage);
        builder.Services.AddGrainRuntime(options, new StorageOptions(), typeof(TestSilo).Assembly);
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new TestSilo(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
