namespace DataSpine.Grains.Catalog;

/// <summary>Answers searches from the storage engine's full-text index (any silo can, so it is a stateless worker).</summary>
[Alias("ds.catalog.ISearchGrain")]
public interface ISearchGrain : IGrainWithStringKey
{
    Task<SearchResults> SearchAsync(SearchQuery query);
}
