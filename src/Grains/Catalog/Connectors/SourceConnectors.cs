namespace DataSpine.Grains.Catalog.Connectors;

/// <summary>The connector for a source type: "postgres", "sqlite", "files" or "kafka".</summary>
internal static class SourceConnectors
{
    public static readonly IReadOnlyList<string> Types = ["postgres", "sqlite", "files", "kafka"];

    public static ISourceConnector Create(string type, string connection, SourceAccess access) => type switch
    {
        "postgres" => new PostgresConnector(connection, access.Limits.ConnectTimeout),
        "sqlite" => new SqliteConnector(connection, access),
        "files" => new FilesConnector(connection, access),
        "kafka" => new KafkaConnector(connection),
        _ => throw new SourceAccessException(SourceAccessException.Unreadable, $"Unknown source type '{type}'; use one of {string.Join(", ", Types)}."),
    };
}
