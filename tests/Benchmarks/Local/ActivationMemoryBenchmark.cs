namespace DataSpine.Benchmarks.Local;

/// <summary>Managed memory held per idle Orleans activation: 100k activations, measured after full GCs.</summary>
internal static class ActivationMemoryBenchmark
{
    private const int Activations = 100_000;

    public static async Task RunAsync()
    {
        var host = await BenchSilo.StartSqliteAsync();
        try
        {
            var factory = host.Grains();
            await factory.GetGrain<IEchoGrain>("warm").EchoAsync(0);
            var before = Settle();

            for (var i = 0; i < Activations; i += 1000)
            {
                await Task.WhenAll(Enumerable.Range(i, 1000).Select(k => factory.GetGrain<IEchoGrain>($"idle-{k}").EchoAsync(k)));
            }

            var after = Settle();
            Console.WriteLine($"Idle activation memory ({Activations:N0} activations of a stateless echo grain):");
            Measure.Row("managed heap per idle activation", $"{(after - before) / (double)Activations:N0} bytes");
        }
        finally
        {
            await host.StopAndDisposeAsync();
        }
    }

    private static long Settle()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
