using System.Text;
using DataSpine.Grains.Catalog.Connectors.Files;
using Npgsql;

namespace DataSpine.Grains.Catalog.Connectors;

/// <summary>
/// Guesses the source type from a connection hint (URL, key=value DSN, path) and says what is missing.
/// Looks at the hint and, for paths below the allowed roots, at the file system of the node; connects to
/// nothing. Any path outside the roots gets one answer, so detection cannot probe the host.
/// </summary>
internal static class SourceDetector
{
    private static readonly byte[] s_sqliteHeader = Encoding.ASCII.GetBytes("SQLite format 3\0");

    public static SourceDetection Detect(string hint, SourcePaths paths)
    {
        var text = hint.Trim();
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return FromPostgresUrl(text);
        }

        if (text.Contains("Host=", StringComparison.OrdinalIgnoreCase) || text.Contains("Server=", StringComparison.OrdinalIgnoreCase))
        {
            return FromKeyValues(text);
        }

        if (FromKafkaHint(text) is { } kafka)
        {
            return kafka;
        }

        return FromPath(text.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase) ? text["Data Source=".Length..] : text, paths);
    }

    /// <summary>"kafka://host:port,..." for sure; "host:9092,..." (a usual broker port) most likely.</summary>
    private static SourceDetection? FromKafkaHint(string text)
    {
        var url = text.StartsWith("kafka://", StringComparison.OrdinalIgnoreCase);
        var servers = KafkaBootstrap.Parse(text, out var problem);
        if (url)
        {
            return servers is null
                ? new SourceDetection("kafka", 0.5, null, ["valid bootstrap servers"], $"The hint starts like a Kafka URL, but {problem}")
                : new SourceDetection("kafka", 0.95, servers, [], "A Kafka URL of bootstrap servers.");
        }

        return servers is not null && text.Contains(':', StringComparison.Ordinal) && KafkaBootstrap.LooksLikeKafka(servers)
            ? new SourceDetection("kafka", 0.8, servers, [], "Looks like Kafka bootstrap servers (a usual broker port).")
            : null;
    }

    private static SourceDetection FromPostgresUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return new SourceDetection("postgres", 0.5, null, ["a valid URL"], "The hint starts like a PostgreSQL URL but does not parse.");
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port };
        var user = uri.UserInfo.Split(':', 2);
        if (user[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(user[0]);
        }

        if (user.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(user[1]);
        }

        var database = uri.AbsolutePath.Trim('/');
        if (database.Length > 0)
        {
            builder.Database = Uri.UnescapeDataString(database);
        }

        return new SourceDetection("postgres", 0.95, builder.ConnectionString, Missing(builder), "A PostgreSQL URL.");
    }

    private static SourceDetection FromKeyValues(string text)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(text);
            return new SourceDetection("postgres", 0.9, builder.ConnectionString, Missing(builder), "A key=value connection string with a host.");
        }
        catch (ArgumentException error)
        {
            return new SourceDetection("postgres", 0.4, null, ["a valid connection string"], $"Looks like a connection string, but: {error.Message}");
        }
    }

    private static List<string> Missing(NpgsqlConnectionStringBuilder builder)
    {
        var missing = new List<string>();
        if (string.IsNullOrEmpty(builder.Database))
        {
            missing.Add("database");
        }

        if (string.IsNullOrEmpty(builder.Username))
        {
            missing.Add("username");
        }

        if (string.IsNullOrEmpty(builder.Password))
        {
            missing.Add("password (unless the server trusts this host)");
        }

        return missing;
    }

    private static SourceDetection FromPath(string path, SourcePaths paths)
    {
        string resolved;
        try
        {
            resolved = PathResolver.Resolve(path);
        }
        catch (IOException)
        {
            resolved = "";
        }

        if (!paths.IsAllowed(resolved))
        {
            return new SourceDetection(null, 0, null, ["a URL, a connection string or a path below Sources:AllowedRoots"],
                "Not a URL or connection string, and not a path this node reads (Sources:AllowedRoots).");
        }

        var kind = KindOf(resolved);
        if (kind == LibC.FileKind.Directory)
        {
            var files = Directory.EnumerateFiles(resolved, "*", SearchOption.AllDirectories).Take(10_000).Count(FileRecords.IsSupported);
            return files > 0
                ? new SourceDetection("files", 0.9, path, [], $"A folder with {files} CSV/JSON file(s).")
                : new SourceDetection("files", 0.5, path, ["CSV, TSV, JSON or NDJSON files in the folder"], "A folder without data files yet.");
        }

        if (kind == LibC.FileKind.Regular)
        {
            if (HasSqliteHeader(path, paths))
            {
                return new SourceDetection("sqlite", 0.99, path, [], "A SQLite database file.");
            }

            if (FileRecords.IsSupported(path))
            {
                return new SourceDetection("files", 0.8, Path.GetDirectoryName(path), [], "A data file; its folder is the source.");
            }

            return new SourceDetection(null, 0.1, null, ["a supported format"], "A file that is neither SQLite nor CSV/JSON.");
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension is ".db" or ".sqlite" or ".sqlite3"
            ? new SourceDetection("sqlite", 0.6, path, ["the file (it does not exist on this node)"], "Named like a SQLite file.")
            : new SourceDetection(null, 0, null, ["a URL, connection string or path this node can see"], "Nothing recognisable in the hint.");
    }

    private static LibC.FileKind KindOf(string resolved)
    {
        try
        {
            return LibC.Stat(resolved).Kind;
        }
        catch (IOException)
        {
            return LibC.FileKind.Missing;
        }
    }

    private static bool HasSqliteHeader(string path, SourcePaths paths)
    {
        try
        {
            using var file = paths.OpenFile(path, long.MaxValue);
            Span<byte> header = stackalloc byte[16];
            return file.Read(header) == 16 && header.SequenceEqual(s_sqliteHeader);
        }
        catch (Exception error) when (error is IOException or SourceAccessException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
