using Npgsql;

namespace DataSpine.Grains.Catalog.Connectors;

/// <summary>
/// Harvests a PostgreSQL database from pg_catalog in three bulk queries. Connecting gives up after
/// <c>connectTimeout</c> (Sources:ConnectTimeout) or on cancel, even against a server that accepts and never answers.
/// </summary>
internal sealed partial class PostgresConnector(string connectionString, TimeSpan? connectTimeout = null) : ISourceConnector, IAsyncDisposable
{
    private readonly TimeSpan _connectTimeout = connectTimeout ?? TimeSpan.FromSeconds(10);
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(WithDefaults(connectionString, connectTimeout ?? TimeSpan.FromSeconds(10)));

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
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(_connectTimeout);
        try
        {
            // Npgsql does not stop waiting for the server's first answer on cancel: stop waiting for it here.
            return await _dataSource.OpenConnectionAsync(limit.Token).AsTask().WaitAsync(limit.Token);
        }
        catch (OperationCanceledException error) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SourceAccessException(SourceAccessException.Unreachable,
                $"Cannot connect to PostgreSQL: no answer within {_connectTimeout} (Sources:ConnectTimeout).", error);
        }
        catch (Exception error) when (error is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            throw new SourceAccessException(SourceAccessException.Unreachable,
                $"Cannot connect to PostgreSQL: {error.Message}", error);
        }
    }

    private static string WithDefaults(string connectionString, TimeSpan connectTimeout)
    {
        try
        {
            // Catalog reads are short; a dead host should fail a scan fast, not hang it: the source's own
            // Timeout, at most Sources:ConnectTimeout (an abandoned open also ends then).
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            var limit = (int)Math.Clamp(Math.Ceiling(connectTimeout.TotalSeconds), 1, 1024);
            builder.Timeout = connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase) ? Math.Min(builder.Timeout, limit) : limit;

            builder.ApplicationName ??= "dataspine-scanner";
            return builder.ConnectionString;
        }
        catch (ArgumentException error)
        {
            throw new SourceAccessException(SourceAccessException.Unreadable, $"Invalid PostgreSQL connection string: {error.Message}", error);
        }
    }
}
