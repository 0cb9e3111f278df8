using DataSpine.Grains.Catalog.Connectors;
using Orleans.Concurrency;

namespace DataSpine.Grains.Catalog.Sources;

[StatelessWorker]
internal sealed class SourceDetectorGrain : Grain, ISourceDetectorGrain
{
    public Task<SourceDetection> DetectAsync(string hint) => Task.FromResult(SourceDetector.Detect(hint));
}
