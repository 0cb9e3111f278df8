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

        if (options.IncludeSchemas.Count + options.ExcludeSchemas.Count > MaxSchemas
            || options.IncludeSchemas.Concat(options.ExcludeSchemas).Any(string.IsNullOrWhiteSpace))
        {
            return $"options.includeSchemas and excludeSchemas take at most {MaxSchemas} non-empty names.";
        }

        return definition.Type == "postgres" ? PostgresProblem(definition.Connection) : null;
    }

    /// <summary>Where the source is, without secrets: host:port/database, or the path.</summary>
    public static string Location(SourceDefinition definition)
    {
        if (definition.Type != "postgres")
        {
            return definition.Connection;
        }

        var builder = new NpgsqlConnectionStringBuilder(definition.Connection);
        return $"{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
    }

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
