using Npgsql;

namespace DataSpine.Grains.Catalog.Connectors;

/// <summary>Harvests a PostgreSQL database from pg_catalog in three bulk queries.</summary>
internal sealed partial class PostgresConnector(string connectionString) : ISourceConnector, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(WithDefaults(connectionString));

    public async Task TestConnectionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        await command.ExecuteScalarAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<HarvestedAsset>> HarvestAsync(ScanScope scope, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var relations = await ReadRelationsAsync(connection, scope, cancellationToken);
        var columns = await ReadColumnsAsync(connection, cancellationToken);
        var constraints = await ReadConstraintsAsync(connection, cancellationToken);
        return [.. relations.Select(r => r.ToAsset(
            columns.GetValueOrDefault(r.Oid) ?? [],
            constraints.GetValueOrDefault(r.Oid) ?? []))];
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _dataSource.OpenConnectionAsync(cancellationToken);
        }
        catch (Exception error) when (error is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            throw new SourceAccessException(SourceAccessException.Unreachable,
                $"Cannot connect to PostgreSQL: {error.Message}", error);
        }
    }

    private static string WithDefaults(string connectionString)
    {
        try
        {
            // Catalog reads are short; a dead host should fail a scan fast, not hang it.
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (!connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
            {
                builder.Timeout = 10;
            }

            builder.ApplicationName ??= "dataspine-scanner";
            return builder.ConnectionString;
        }
        catch (ArgumentException error)
        {
            throw new SourceAccessException(SourceAccessException.Unreadable, $"Invalid PostgreSQL connection string: {error.Message}", error);
        }
    }
}
