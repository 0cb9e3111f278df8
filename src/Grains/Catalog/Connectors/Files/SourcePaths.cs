using Microsoft.Win32.SafeHandles;

namespace DataSpine.Grains.Catalog.Connectors.Files;

/// <summary>
/// Which host paths a files or sqlite source may read (issue 17): regular files and folders whose fully
/// resolved path lies below an allowed root, never the node's own state database or key folder. Every
/// answer about a path outside the roots is the same, so a caller cannot learn whether it exists.
/// </summary>
internal sealed class SourcePaths
{
    private readonly string[] _roots;
    private readonly string[] _forbidden;

    /// <param name="roots">Allowed folders (resolved here).</param>
    /// <param name="forbidden">Files and folders of the node itself, refused even below a root.</param>
    public SourcePaths(IEnumerable<string> roots, IEnumerable<string> forbidden)
    {
        _roots = [.. roots.Select(PathResolver.Resolve).Distinct(StringComparer.Ordinal)];
        _forbidden = [.. forbidden.Select(PathResolver.Resolve).Distinct(StringComparer.Ordinal)];
    }

    public IReadOnlyList<string> Roots => _roots;

    public bool IsAllowed(string resolved) =>
        _roots.Any(root => PathResolver.IsUnder(resolved, root)) && !_forbidden.Any(node => PathResolver.IsUnder(resolved, node));

    /// <summary>The problem with registering this path for a source of this type, or null (a missing path below a root is fine).</summary>
    public string? RegistrationProblem(string type, string path)
    {
        try
        {
            var resolved = PathResolver.Resolve(path);
            if (!IsAllowed(resolved))
            {
                return NotAllowed(path).Message;
            }

            var (kind, _) = LibC.Stat(resolved);
            return kind is LibC.FileKind.Missing || kind == (type == "files" ? LibC.FileKind.Directory : LibC.FileKind.Regular)
                ? null
                : NotAllowed(path).Message;
        }
        catch (IOException)
        {
            return NotAllowed(path).Message;
        }
    }

    /// <summary>The resolved path of an existing regular file that may be read.</summary>
    public string RegularFile(string path) => Existing(path, LibC.FileKind.Regular, "File");

    /// <summary>The resolved path of an existing folder that may be read.</summary>
    public string Folder(string path) => Existing(path, LibC.FileKind.Directory, "Folder");

    /// <summary>
    /// Opens a file for reading, checked as it is opened: the open never blocks (a FIFO swapped in after the
    /// check is seen, not waited on), and the opened file itself must be a regular file below a root and at
    /// most <paramref name="maxBytes"/> long, whatever links changed between the check and the open.
    /// </summary>
    public FileStream OpenFile(string path, long maxBytes)
    {
        var resolved = RegularFile(path);
        var descriptor = LibC.OpenForReading(resolved, out var errno);
        if (descriptor < 0)
        {
            throw LibC.IsMissing(errno)
                ? new SourceAccessException(SourceAccessException.NotFound, $"File '{path}' does not exist.")
                : new SourceAccessException(SourceAccessException.Unreadable, $"Cannot open '{path}' (errno {errno}).");
        }

        var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        try
        {
            var (kind, size) = LibC.Stat(descriptor);
            var opened = new FileInfo($"/proc/self/fd/{descriptor}").LinkTarget;
            if (kind != LibC.FileKind.Regular || opened is null || !IsAllowed(opened))
            {
                throw NotAllowed(path);
            }

            if (size > maxBytes)
            {
                throw new SourceAccessException(SourceAccessException.TooLarge,
                    $"'{Path.GetFileName(path)}' is {size} bytes, over the limit of {maxBytes} (Sources:MaxFileBytes).");
            }

            return new FileStream(handle, FileAccess.Read, 1 << 16);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    private string Existing(string path, LibC.FileKind wanted, string noun)
    {
        string resolved;
        (LibC.FileKind Kind, long Size) status;
        try
        {
            resolved = PathResolver.Resolve(path);
            status = IsAllowed(resolved) ? LibC.Stat(resolved) : default;
        }
        catch (IOException)
        {
            throw NotAllowed(path);
        }

        if (!IsAllowed(resolved))
        {
            throw NotAllowed(path);
        }

        return status.Kind == wanted ? resolved
            : status.Kind == LibC.FileKind.Missing ? throw new SourceAccessException(SourceAccessException.NotFound, $"{noun} '{path}' does not exist.")
            : throw NotAllowed(path);
    }

    private static SourceAccessException NotAllowed(string path) => new(SourceAccessException.PathNotAllowed,
        $"'{path}' is not a path this node reads: sources read regular files and folders below Sources:AllowedRoots only " +
        "(links followed), never devices, FIFOs, sockets or the node's own files.");
}
