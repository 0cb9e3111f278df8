using DataSpine.Grains.Catalog.Connectors;
using DataSpine.Grains.Catalog.Connectors.Files;
using DataSpine.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace DataSpine.Grains.Catalog.Sources;

/// <summary>Builds the node's <see cref="SourceAccess"/> from "Sources" and the files the node itself owns.</summary>
internal static class SourceAccessSetup
{
    public static readonly string DefaultRoot = Path.Combine("data", "sources");

    public static SourceAccess Create(IConfiguration configuration, string keysFolder)
    {
        var options = configuration.GetSection("Sources").Get<SourcesOptions>() ?? new SourcesOptions();
        var roots = options.AllowedRoots.Where(r => !string.IsNullOrWhiteSpace(r)).ToList();
        if (roots.Count == 0)
        {
            roots.Add(DefaultRoot);
        }

        return new SourceAccess(new SourcePaths(roots, [keysFolder, .. StateDatabaseFiles(configuration)]), options);
    }

    /// <summary>The SQLite file grain state lives in, with its journal, WAL and shared-memory files.</summary>
    private static IEnumerable<string> StateDatabaseFiles(IConfiguration configuration)
    {
        var storage = configuration.GetSection("Storage").Get<StorageSettings>() ?? new StorageSettings();
        if (storage.Provider != StorageProvider.Sqlite)
        {
            yield break;
        }

        var file = new SqliteConnectionStringBuilder(storage.SqliteConnectionString).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:")
        {
            yield break;
        }

        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            yield return file + suffix;
        }
    }
}
