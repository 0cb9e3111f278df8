using DataSpine.Grains.Catalog.Connectors;
using Npgsql;

namespace DataSpine.Grains.Catalog.Sources;

/// <summary>Checks a source definition before anything is stored; answers the first problem found.</summary>
internal static class SourceValidation
{
    private const int MaxName = 200;
    private const int MaxConnection = 4096;
    private const int MaxSchemas = 200;

    public static string? Problem(SourceDefinition definition)
    {
        if (string.IsNullOrWhiteSpace(definition.Name) || definition.Name.Length > MaxName)
        {
            return $"name is required and at most {MaxName} characters.";
        }

        if (!SourceConnectors.Types.Contains(definition.Type))
        {
            return $"type must be one of {string.Join(", ", SourceConnectors.Types)}.";
        }

        if (string.IsNullOrWhiteSpace(definition.Connection) || definition.Connection.Length > MaxConnection)
        {
            return $"connection is required and at most {MaxConnection} characters.";
        }

        var options = definition.Options;
        if (options.MaxParallelism is < 1 or > 64)
        {
            return "options.maxParallelism must be between 1 and 64.";
        }

        if (SourceSchedule.Problem(options) is { } scheduleProblem)
        {
            return scheduleProblem;
        }

        if (options.IncludeSchemas.Count + options.ExcludeSchemas.Count > MaxSchemas
            || options.IncludeSchemas.Concat(options.ExcludeSchemas).Any(string.IsNullOrWhiteSpace))
        {
            return $"options.includeSchemas and excludeSchemas take at most {MaxSchemas} non-empty names.";
        }

        return definition.Type switch
        {
            "postgres" => PostgresProblem(definition.Connection),
            "kafka" => KafkaProblem(definition.Connection),
            _ => null,
        };
    }

    /// <summary>Where the source is, without secrets: host:port/database, the bootstrap servers, or the path.</summary>
    public static string Location(SourceDefinition definition)
    {
        switch (definition.Type)
        {
            case "postgres":
                var builder = new NpgsqlConnectionStringBuilder(definition.Connection);
                return $"{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
            case "kafka":
                return KafkaBootstrap.Parse(definition.Connection, out _) ?? definition.Connection;
            default:
                return definition.Connection;
        }
    }

    private static string? KafkaProblem(string connection) =>
        KafkaBootstrap.Parse(connection, out var problem) is null ? $"connection: {problem}" : null;

    private static string? PostgresProblem(string connection)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connection);
            return string.IsNullOrWhiteSpace(builder.Host) ? "connection must name a Host." : null;
        }
        catch (ArgumentException error)
        {
            return $"connection is not a valid PostgreSQL connection string: {error.Message}";
        }
    }
}
