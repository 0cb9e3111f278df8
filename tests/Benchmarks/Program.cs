using DataSpine.Benchmarks.Catalog;
using DataSpine.Benchmarks.Cdc;
using DataSpine.Benchmarks.Cluster;
using DataSpine.Benchmarks.Lineage;
using DataSpine.Benchmarks.Local;
using DataSpine.Benchmarks.Registry;
using DataSpine.Benchmarks.Streams;

// Usage: dotnet run -c Release --project tests/Benchmarks -- [calls|memory|storage|catalog|search|registry|lineage|cdc|streams|remote|failover|cluster|all]
// (runtime = calls + memory; cluster = remote + failover; "failover production" or "failover tight" runs one setting)
// Benchmarks on PostgreSQL read DATASPINE_BENCH_POSTGRES (./scripts/bench.sh starts a private PostgreSQL).
var which = args.FirstOrDefault() ?? "all";
if (which == BenchSiloProcess.Argument)
{
    await BenchSiloProcess.RunAsync();
    return;
}

if (which is "calls" or "runtime" or "all")
{
    await GrainCallBenchmark.RunAsync();
}

if (which is "memory" or "runtime" or "all")
{
    await ActivationMemoryBenchmark.RunAsync();
}

if (which is "storage" or "all")
{
    await StateWriteBenchmark.RunAsync();
}

if (which is "catalog" or "all")
{
    await ScanBenchmark.RunAsync();
}

if (which is "search" or "all")
{
    await SearchBenchmark.RunAsync();
}

if (which is "registry" or "all")
{
    await RegistryBenchmark.RunAsync();
}

if (which is "lineage" or "all")
{
    await SqlParseBenchmark.RunAsync();
    await TraversalBenchmark.RunAsync();
}

if (which is "cdc" or "all")
{
    await CdcBenchmark.RunAsync();
}

if (which is "streams" or "all")
{
    await KafkaDeliveryBenchmark.RunAsync();
}

if (which is "remote" or "cluster" or "all")
{
    await RemoteCallBenchmark.RunAsync();
}

if (which is "failover" or "cluster" or "all")
{
    await FailoverBenchmark.RunAsync(args.ElementAtOrDefault(1));
}

Console.WriteLine($"Peak working set of this process: {Environment.WorkingSet / (1024 * 1024)} MiB now, "
    + $"{System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB peak (target <= 1024)");
