using Npgsql;

namespace DataSpine.Grains.Catalog.Scans;

/// <summary>
/// Where a source's datasets live in the lineage graph, after OpenLineage's naming conventions
/// (postgres://host:port with database.schema.table names), so lineage from scans meets lineage that
/// other emitters send about the same tables.
/// </summary>
internal static class LineageNamespaces
{
    public static (string Namespace, string? Database) For(SourceDefinition definition)
    {
        switch (definition.Type)
        {
            case "postgres":
                var builder = new NpgsqlConnectionStringBuilder(definition.Connection);
                return ($"postgres://{builder.Host}:{builder.Port}", builder.Database ?? builder.Username);
            case "sqlite":
                return ($"sqlite://{Path.GetFullPath(definition.Connection)}", null);
            default:
                return ($"{definition.Type}://{definition.Connection}", null);
        }
    }
}
