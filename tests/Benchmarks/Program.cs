using DataSpine.Benchmarks.Runtime;

// Usage: dotnet run -c Release --project tests/Benchmarks -- [runtime|storage|all]
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
