using System.Security.Cryptography;
using System.Text.Json;

namespace DataSpine.Grains.Audit;

/// <summary>
/// The hash chain: each record's hash is SHA-256 over its canonical form, a JSON array of every field in a
/// fixed order, the previous record's hash last. Changing, removing or reordering a record breaks the link
/// of the record after it.
/// </summary>
public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string HashOf(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var canonical = JsonSerializer.SerializeToUtf8Bytes(new object?[]
        {
            record.Seq, record.At, record.Actor, record.Action, record.Target, record.Operation, record.Diff,
            record.Client, record.Correlation, record.Outcome, record.PreviousHash,
        });
        return Convert.ToHexStringLower(SHA256.HashData(canonical));
    }

    /// <summary>The record with its hash filled in.</summary>
    public static AuditRecord Seal(AuditRecord record) => record with { Hash = HashOf(record) };
}
