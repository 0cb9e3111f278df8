using DataSpine.Grains.Catalog;
using Microsoft.Extensions.Logging;

namespace DataSpine.Grains.Cdc;

/// <summary>
/// No column leaves before the catalog knows it and the residency gate passed it: a column the source gained since the
/// last scan (found at start, or by a relation message mid-stream) makes the reader ask the catalog for a scan (which
/// records the new asset version and classifies the column), wait for it, and check the gate before a row is read.
/// </summary>
internal sealed partial class CdcReplicator
{
    private static readonly TimeSpan s_catalogPatience = TimeSpan.FromMinutes(2);

    private async Task EnsureCataloguedAsync(IReadOnlyList<CdcTable> tables, CancellationToken cancellationToken)
    {
        var deadline = clock.GetUtcNow() + s_catalogPatience;
        var scanRequested = false;
        while (await UncataloguedAsync(tables) is { Count: > 0 } missing)
        {
            if (!scanRequested)
            {
                LogNewColumns(logger, plan.RouteId, string.Join(", ", missing));
                var key = $"cdc-{plan.RouteId}-{string.Join(",", missing).GetHashCode(StringComparison.Ordinal):x8}";
                await grains.GetGrain<ISourceGrain>(plan.CatalogSource).StartScanAsync(key);
                scanRequested = true;
            }

            if (clock.GetUtcNow() > deadline)
            {
                throw new CdcSchemaChangedException($"The catalog has not scanned new column(s) {string.Join(", ", missing)} within {s_catalogPatience.TotalMinutes} min; no row is copied until it has.");
            }

            await Task.Delay(TimeSpan.FromSeconds(1), clock, cancellationToken);
        }

        var denials = await CdcRouteValidation.DenialsAsync(grains, plan.CatalogSource, plan.Tables, plan.Columns, plan.Region);
        if (denials.Count > 0)
        {
            throw new CdcSchemaChangedException(
                $"The residency gate denies {string.Join(", ", denials.Select(d => $"{d.Column} ({d.Code}, {d.Class})").Distinct())}; the route waits for its gate check to stop it.");
        }
    }

    /// <summary>"schema.table.column" of every column the route would write that the table's catalog asset does not list.</summary>
    private async Task<IReadOnlyList<string>> UncataloguedAsync(IReadOnlyList<CdcTable> tables)
    {
        var missing = new List<string>();
        foreach (var table in tables)
        {
            var asset = await grains.GetGrain<IAssetGrain>(AssetKeys.For(plan.CatalogSource, table.Qualified)).GetAsync();
            missing.AddRange(table.SinkColumns.Where(c => asset is null || asset.Columns.All(a => a.Name != c.Name)).Select(c => $"{table.Qualified}.{c.Name}"));
        }

        return missing;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "CDC route {RouteId}: the source has column(s) the catalog does not know ({Columns}); scanning before any row is copied")]
    private static partial void LogNewColumns(ILogger logger, string routeId, string columns);
}

/// <summary>The source's tables changed under a running route, or the catalog has not caught up with them: the reader starts again.</summary>
internal sealed class CdcSchemaChangedException(string message) : Exception(message);
