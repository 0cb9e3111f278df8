using DataSpine.Grains.Catalog.Connectors;
using Orleans.Concurrency;

namespace DataSpine.Grains.Catalog.Sources;

[StatelessWorker]
internal sealed class SourceDetectorGrain(SourceAccess access) : Grain, ISourceDetectorGrain
{
    public Task<SourceDetection> DetectAsync(string hint) =>
        SourceAccess.CallAsync(_ => Task.FromResult(SourceDetector.Detect(hint, access.Paths)), access.Limits.ConnectTimeout, "Detection", CancellationToken.None);
}
