using System.Diagnostics;

namespace DataSpine.Tests.Shared;

/// <summary>Files an attacker would point a source at: links out of the allowed root, a FIFO, a sparse giant, binary bytes.</summary>
internal static class HostileFiles
{
    public const long SparseBytes = 2L << 30;

    /// <summary>The text every test asserts never shows up: /etc/passwd's first field.</summary>
    public const string PasswdContent = "root:x:0:0";

    public static string Link(string folder, string name, string target)
    {
        var path = Path.Combine(folder, name);
        File.CreateSymbolicLink(path, target);
        return path;
    }

    public static string Fifo(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        using var mkfifo = Process.Start("mkfifo", [path]) ?? throw new InvalidOperationException("mkfifo did not start.");
        mkfifo.WaitForExit();
        return mkfifo.ExitCode == 0 ? path : throw new InvalidOperationException("mkfifo failed.");
    }

    /// <summary>A 2 GB file of zeros that takes no disk (a hole).</summary>
    public static string Sparse(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        using var file = new FileStream(path, FileMode.CreateNew);
        file.SetLength(SparseBytes);
        return path;
    }

    /// <summary>Bytes with no line break nor delimiter: a CSV reader sees one endless header line.</summary>
    public static string Binary(string folder, string name, int bytes = 3 << 20)
    {
        var path = Path.Combine(folder, name);
        var random = new Random(17);
        var content = new byte[bytes];
        random.NextBytes(content);
        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] is (byte)'\n' or (byte)'\r' or (byte)',' or (byte)'"')
            {
                content[i] = 0xFE;
            }
        }

        File.WriteAllBytes(path, content);
        return path;
    }
}
