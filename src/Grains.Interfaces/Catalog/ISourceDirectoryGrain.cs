using Orleans.Concurrency;

namespace DataSpine.Grains.Catalog;

/// <summary>An entry of the source directory.</summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.SourceEntry")]
public sealed record SourceEntry(string Id, string Name, string Type);

/// <summary>The list of all sources (one grain, key "all"); names are unique, case-insensitively.</summary>
[Alias("ds.catalog.ISourceDirectoryGrain")]
public interface ISourceDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Reserves a name for an id; false when another source holds it.</summary>
    Task<bool> ClaimAsync(SourceEntry entry);

    Task ReleaseAsync(string id);

    [ReadOnly]
    Task<IReadOnlyList<SourceEntry>> ListAsync();
}
