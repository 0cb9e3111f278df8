namespace DataSpine.Grains.Catalog.Connectors;

internal sealed partial class PostgresConnector
{
    private static readonly string[] s_orderableTypes =
    [
        "smallint", "integer", "bigint", "numeric", "real", "double precision", "money", "date", "time", "timestamp",
        "interval", "text", "character", "\"char\"", "name", "citext", "inet", "cidr",
    ];

    private static readonly RelationalProfiler s_profiler = new(
        type => !type.EndsWith("[]", StringComparison.Ordinal) && s_orderableTypes.Any(t => type.StartsWith(t, StringComparison.Ordinal)),
        expression => $"({expression})::text");

    public async Task<TableProfile> ProfileAsync(HarvestedAsset asset, ScanScope scope, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await s_profiler.ProfileAsync(connection, asset, scope, cancellationToken);
    }
}
