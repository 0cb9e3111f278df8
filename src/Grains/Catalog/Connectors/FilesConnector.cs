using DataSpine.Grains.Catalog.Connectors.Files;

namespace DataSpine.Grains.Catalog.Connectors;

/// <summary>
/// A folder of CSV/TSV, JSON (an array of objects) and NDJSON files: each file is an asset whose
/// columns are inferred from the header (or the keys) and a sample of records. Only folders and regular
/// files below the allowed roots are read, each checked as it is opened; a file that cannot be read is
/// that file's error, and the others are still harvested.
/// </summary>
internal sealed class FilesConnector(string folder, SourceAccess access) : ISourceConnector
{
    private const int MaxFiles = 10_000;
    private const int MaxDepth = 8;
    private readonly List<ObjectError> _errors = [];

    public IReadOnlyList<ObjectError> HarvestErrors => _errors;

    public Task TestConnectionAsync(CancellationToken cancellationToken)
    {
        access.Paths.Folder(folder);
        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<HarvestedAsset>> HarvestAsync(ScanScope scope, CancellationToken cancellationToken)
    {
        var root = access.Paths.Folder(folder);
        var assets = new List<HarvestedAsset>();
        foreach (var relative in ListFiles(root, cancellationToken))
        {
            var schema = Path.GetDirectoryName(relative)?.Replace('\\', '/') is { Length: > 0 } dir ? dir : null;
            if (!scope.Covers(schema))
            {
                continue;
            }

            try
            {
                var columns = await ColumnInference.InferAsync(Records(relative), access.Limits.InferenceRows, access.Limits.MaxColumns, cancellationToken);
                assets.Add(new HarvestedAsset(relative, schema, Path.GetFileName(relative), AssetType.File, columns, [], [],
                    null, null, null, null, AssetFingerprint.Compute(AssetType.File, columns, [], [], null)));
            }
            catch (Exception error) when (error is SourceAccessException or IOException or UnauthorizedAccessException)
            {
                _errors.Add(new ObjectError(relative, (error as SourceAccessException)?.Code ?? SourceAccessException.Unreadable, error.Message));
            }
        }

        return assets;
    }

    public Task<TableProfile> ProfileAsync(HarvestedAsset asset, ScanScope scope, CancellationToken cancellationToken) =>
        FileProfiler.ProfileAsync(Records(asset.QualifiedName), asset.Columns, scope, access.Limits.MaxSampledRows, cancellationToken);

    private FileRecords Records(string relative) =>
        FileRecords.Open(relative, () => access.Paths.OpenFile(Path.Join(folder, relative), access.Limits.MaxFileBytes), access.Limits);

    /// <summary>
    /// Data files by relative path. A subfolder is entered only when its resolved path is still allowed, so
    /// a link to a folder elsewhere does not even list that folder's names.
    /// </summary>
    private List<string> ListFiles(string root, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        var folders = new Queue<(string Path, int Depth)>([(root, 0)]);
        var visited = new HashSet<string>(StringComparer.Ordinal) { root };
        while (folders.TryDequeue(out var current) && files.Count < MaxFiles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(current.Path).EnumerateFileSystemInfos("*", new EnumerationOptions { IgnoreInaccessible = true }).ToList();
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var entry in entries)
            {
                var relative = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
                if (entry.Attributes.HasFlag(FileAttributes.Directory) && current.Depth < MaxDepth)
                {
                    var resolved = PathResolver.Resolve(entry.FullName);
                    if (access.Paths.IsAllowed(resolved) && visited.Add(resolved))
                    {
                        folders.Enqueue((entry.FullName, current.Depth + 1));
                    }
                }
                else if (!entry.Attributes.HasFlag(FileAttributes.Directory) && FileRecords.IsSupported(entry.Name))
                {
                    files.Add(relative);
                }
            }
        }

        return [.. files.Order(StringComparer.Ordinal).Take(MaxFiles)];
    }
}
