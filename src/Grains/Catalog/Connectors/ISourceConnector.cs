namespace DataSpine.Grains.Catalog.Connectors;

/// <summary>
/// Reads one kind of source. Harvesting is one bulk pass over the source's own catalog (a few queries,
/// not a few per object), so a scan costs about what reading the catalog costs; profiling is per asset.
/// </summary>
internal interface ISourceConnector
{
    /// <summary>Throws <see cref="SourceAccessException"/> with a clear reason when the source cannot be read.</summary>
    Task TestConnectionAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<HarvestedAsset>> HarvestAsync(ScanScope scope, CancellationToken cancellationToken);

    Task<TableProfile> ProfileAsync(HarvestedAsset asset, ScanScope scope, CancellationToken cancellationToken);

    /// <summary>Objects the last harvest found but could not read: each is that object's error, and the scan goes on.</summary>
    IReadOnlyList<ObjectError> HarvestErrors => [];
}
