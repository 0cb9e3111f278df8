using System.Text;

namespace DataSpine.Registry.Compatibility.Avro;

/// <summary>CRC-64-AVRO, the specification's "Schema Fingerprints" Rabin fingerprint.</summary>
public static class AvroFingerprint
{
    public const ulong Empty = 0xc15d213aa4d7a795UL;

    private static readonly ulong[] Table = BuildTable();

    public static long Rabin64(string text) => Rabin64(Encoding.UTF8.GetBytes(text));

    public static long Rabin64(ReadOnlySpan<byte> bytes)
    {
        var fp = Empty;
        foreach (var b in bytes)
        {
            fp = (fp >> 8) ^ Table[(int)(fp ^ b) & 0xff];
        }

        return unchecked((long)fp);
    }

    private static ulong[] BuildTable()
    {
        var table = new ulong[256];
        for (var i = 0; i < 256; i++)
        {
            var fp = (ulong)i;
            for (var j = 0; j < 8; j++)
            {
                fp = (fp >> 1) ^ (Empty & (0UL - (fp & 1)));
            }

            table[i] = fp;
        }

        return table;
    }
}
