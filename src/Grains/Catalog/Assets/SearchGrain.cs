using System.Diagnostics;
using DataSpine.Grains.Catalog.Search;
using DataSpine.Grains.Telemetry;
using Orleans.Concurrency;

namespace DataSpine.Grains.Catalog.Assets;

[StatelessWorker]
internal sealed class SearchGrain(ISearchIndex index) : Grain, ISearchGrain
{
    public async Task<SearchResults> SearchAsync(SearchQuery query)
    {
        var started = Stopwatch.GetTimestamp();
        var results = await index.SearchAsync(query, CancellationToken.None);
        DataSpineMeters.Searched(started);
        return results;
    }
}
