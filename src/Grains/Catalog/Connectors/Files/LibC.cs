using System.Runtime.InteropServices;

namespace DataSpine.Grains.Catalog.Connectors.Files;

/// <summary>
/// The two libc calls .NET does not expose: the file type (FileInfo cannot tell a FIFO or a device from a
/// regular file) and an open that cannot block (opening a FIFO for reading waits for a writer forever).
/// statx is used because its struct has one layout on every Linux architecture, unlike stat's.
/// </summary>
internal static partial class LibC
{
    private const int AtFdCwd = -100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxTypeAndSize = 0x1 | 0x200; // STATX_TYPE | STATX_SIZE
    private const int OpenReadNonBlocking = 0x800 | 0x80000; // O_RDONLY | O_NONBLOCK | O_CLOEXEC
    private const int Enoent = 2;
    private const int Enotdir = 20;

    public enum FileKind
    {
        Missing,
        Regular,
        Directory,
        Other, // device, FIFO, socket
    }

    /// <summary>What is at the path, following links.</summary>
    public static (FileKind Kind, long Size) Stat(string path)
    {
        if (Statx(AtFdCwd, path, 0, StatxTypeAndSize, out var status) == 0)
        {
            return (Kind(status.Mode), (long)status.Size);
        }

        var errno = Marshal.GetLastPInvokeError();
        return errno is Enoent or Enotdir ? (FileKind.Missing, 0) : throw new IOException($"Cannot stat the path (errno {errno}).");
    }

    /// <summary>What an open descriptor is.</summary>
    public static (FileKind Kind, long Size) Stat(int descriptor) =>
        Statx(descriptor, "", AtEmptyPath, StatxTypeAndSize, out var status) == 0
            ? (Kind(status.Mode), (long)status.Size)
            : throw new IOException($"Cannot stat an open file (errno {Marshal.GetLastPInvokeError()}).");

    /// <summary>Opens for reading without ever waiting (O_NONBLOCK); -1 and the errno when it fails.</summary>
    public static int OpenForReading(string path, out int errno)
    {
        var descriptor = Open(path, OpenReadNonBlocking);
        errno = descriptor < 0 ? Marshal.GetLastPInvokeError() : 0;
        return descriptor;
    }

    public static bool IsMissing(int errno) => errno is Enoent or Enotdir;

    private static FileKind Kind(ushort mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        _ => FileKind.Other,
    };

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int directory, string path, int flags, uint mask, out StatxBuffer buffer);

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    /// <summary>struct statx (linux/stat.h): 256 bytes, stx_mode at 28, stx_size at 40.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(40)]
        public ulong Size;
    }
}
