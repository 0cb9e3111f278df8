using System.Security.Cryptography;
using System.Text;

namespace DataSpine.Grains.Catalog.Connectors;

/// <summary>A hash of everything that makes up an asset's schema; comments and row counts are left out.</summary>
internal static class AssetFingerprint
{
    public static string Compute(
        AssetType type, IReadOnlyList<ColumnInfo> columns, IReadOnlyList<string> primaryKey,
        IReadOnlyList<ForeignKeyInfo> foreignKeys, string? definition)
    {
        var text = new StringBuilder().Append(type).Append('\n');
        foreach (var c in columns)
        {
            text.Append(c.Ordinal).Append('|').Append(c.Name).Append('|').Append(c.DataType).Append('|')
                .Append(c.Nullable ? '1' : '0').Append('|').Append(c.Default).Append('\n');
        }

        text.Append("pk:").AppendJoin(',', primaryKey).Append('\n');
        foreach (var fk in foreignKeys.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            text.Append("fk:").Append(fk.Name).Append('|').AppendJoin(',', fk.Columns).Append("->")
                .Append(fk.ReferencedAsset).Append('|').AppendJoin(',', fk.ReferencedColumns).Append('\n');
        }

        text.Append("def:").Append(definition?.Trim());
        return Hash(text);
    }

    /// <summary>A topic's shape: partitions, replication and configs (when the cluster told them).</summary>
    public static string Compute(TopicInfo topic)
    {
        var text = new StringBuilder().Append(AssetType.Topic).Append('\n')
            .Append("partitions:").Append(topic.Partitions).Append('\n')
            .Append("replication:").Append(topic.ReplicationFactor).Append('\n');
        foreach (var (name, value) in (topic.Configs ?? new Dictionary<string, string>()).OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            text.Append("config:").Append(name).Append('=').Append(value).Append('\n');
        }

        return Hash(text);
    }

    private static string Hash(StringBuilder text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
}
