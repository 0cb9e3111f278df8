using DataSpine.Grains.Catalog.Search;
using Orleans.Concurrency;

namespace DataSpine.Grains.Catalog.Assets;

[StatelessWorker]
internal sealed class SearchGrain(ISearchIndex index) : Grain, ISearchGrain
{
    public Task<SearchResults> SearchAsync(SearchQuery query) => index.SearchAsync(query, CancellationToken.None);
}
