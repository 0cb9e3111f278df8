namespace DataSpine.Grains.Catalog.Connectors.Files;

/// <summary>
/// realpath(3) that also takes paths that do not exist yet: every symbolic link is followed at every level
/// and ".." is applied to the resolved parent (so "root/link/.." is where the link points, not "root").
/// A missing tail is kept as written: it is checked again when something is opened there.
/// </summary>
internal static class PathResolver
{
    private const int MaxLinks = 40; // Linux's own limit (ELOOP)

    public static string Resolve(string path)
    {
        if (path.Contains('\0', StringComparison.Ordinal))
        {
            // No file name holds a NUL; .NET's file APIs throw ArgumentException on one, callers expect IOException.
            throw new IOException("A path cannot contain a NUL character.");
        }

        var pending = new Stack<string>();
        Push(pending, Path.IsPathRooted(path) ? path : Path.Join(Directory.GetCurrentDirectory(), path));
        var resolved = "/";
        var links = 0;
        var missing = false;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? "/";
                continue;
            }

            var candidate = Path.Join(resolved, part);
            if (!missing && LinkTarget(candidate) is { } target)
            {
                if (++links > MaxLinks)
                {
                    throw new IOException("Too many levels of symbolic links.");
                }

                if (Path.IsPathRooted(target))
                {
                    resolved = "/";
                }

                Push(pending, target);
                continue;
            }

            missing = missing || !Path.Exists(candidate);
            resolved = candidate;
        }

        return resolved;
    }

    /// <summary>Whether <paramref name="path"/> (resolved) is <paramref name="folder"/> (resolved) or below it.</summary>
    public static bool IsUnder(string path, string folder) =>
        path == folder || path.StartsWith(folder.EndsWith('/') ? folder : folder + "/", StringComparison.Ordinal);

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void Push(Stack<string> pending, string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            pending.Push(parts[i]);
        }
    }
}
