namespace DataSpine.Grains.Catalog.Connectors;

/// <summary>
/// A folder of CSV/TSV, JSON (an array of objects) and NDJSON files: each file is an asset whose
/// columns are inferred from the header (or the keys) and a sample of records.
/// </summary>
internal sealed class FilesConnector(string folder) : ISourceConnector
{
    private const int MaxFiles = 10_000;
    private const int MaxDepth = 8;
    private const int InferenceRows = 1000;

    public Task TestConnectionAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            throw new SourceAccessException(SourceAccessException.NotFound, $"Folder '{folder}' does not exist.");
        }

        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<HarvestedAsset>> HarvestAsync(ScanScope scope, CancellationToken cancellationToken)
    {
        await TestConnectionAsync(cancellationToken);
        var assets = new List<HarvestedAsset>();
        foreach (var file in ListFiles())
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            var schema = Path.GetDirectoryName(relative)?.Replace('\\', '/') is { Length: > 0 } dir ? dir : null;
            if (!scope.Covers(schema))
            {
                continue;
            }

            var records = FileRecords.Open(file);
            var columns = await ColumnInference.InferAsync(records, InferenceRows, cancellationToken);
            assets.Add(new HarvestedAsset(relative, schema, Path.GetFileName(relative), AssetType.File, columns, [], [],
                null, null, null, null, AssetFingerprint.Compute(AssetType.File, columns, [], [], null)));
        }

        return assets;
    }

    public async Task<TableProfile> ProfileAsync(HarvestedAsset asset, ScanScope scope, CancellationToken cancellationToken)
    {
        var records = FileRecords.Open(Path.Combine(folder, asset.QualifiedName));
        return await FileProfiler.ProfileAsync(records, asset.Columns, scope, cancellationToken);
    }

    private IEnumerable<string> ListFiles()
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = MaxDepth, IgnoreInaccessible = true };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(FileRecords.IsSupported)
            .Order(StringComparer.Ordinal)
            .Take(MaxFiles);
    }
}
