using DataSpine.Benchmarks.Catalog;
using DataSpine.Benchmarks.Cluster;
using DataSpine.Benchmarks.Lineage;
using DataSpine.Benchmarks.Registry;
using DataSpine.Benchmarks.Runtime;

// Usage: dotnet run -c Release --project tests/Benchmarks -- [runtime|storage|catalog|search|registry|lineage|cluster|failover|all]
// (cluster = remote calls + failover)
// Storage benchmarks read DATASPINE_BENCH_POSTGRES (./scripts/bench.sh starts a private PostgreSQL).
var which = args.FirstOrDefault() ?? "all";
if (which is "runtime" or "all")
{
    await GrainCallBenchmark.RunAsync();
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

if (which is "cluster" or "all")
{
    await RemoteCallBenchmark.RunAsync();
}

if (which is "cluster" or "failover" or "all")
{
    await FailoverBenchmark.RunAsync();
}

Console.WriteLine($"Peak working set of this process: {Environment.WorkingSet / (1024 * 1024)} MiB now, "
    + $"{System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB peak (target <= 1024)");
