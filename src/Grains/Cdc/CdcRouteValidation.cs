using DataSpine.Grains.Catalog;
using DataSpine.Grains.Residency;
using Npgsql;

namespace DataSpine.Grains.Cdc;

/// <summary>Checks a route before it exists: shape, catalog (the tables are catalogued assets with keys) and the residency gate.</summary>
internal static class CdcRouteValidation
{
    public const int MaxTables = 100;
    public const int MaxNameLength = 200;

    /// <summary>The source connection the route will read through, or every reason it is refused.</summary>
    public static async Task<CdcResult<string>> CheckAsync(IGrainFactory grains, CdcRouteDefinition route)
    {
        if (Shape(route) is { } invalid)
        {
            return invalid;
        }

        var source = await grains.GetGrain<ISourceGrain>(route.Source.CatalogSource).GetDefinitionAsync();
        if (source is null)
        {
            return Fail(CdcErrors.SourceNotFound, $"No catalogued source '{route.Source.CatalogSource}' (register and scan the PostgreSQL source first).");
        }

        if (!string.Equals(source.Type, "postgres", StringComparison.OrdinalIgnoreCase))
        {
            return Fail(CdcErrors.SourceNotPostgres, $"Source '{route.Source.CatalogSource}' is a {source.Type} source; CDC reads PostgreSQL only.");
        }

        foreach (var table in route.Source.Tables)
        {
            var asset = await grains.GetGrain<IAssetGrain>(AssetKeys.For(route.Source.CatalogSource, table)).GetAsync();
            if (asset is null || asset.Deleted || asset.Type != AssetType.Table)
            {
                return Fail(CdcErrors.TableNotCatalogued, $"'{table}' is not a table of source '{route.Source.CatalogSource}' in the catalog (scan the source first).");
            }

            if (asset.PrimaryKey.Count == 0)
            {
                return Fail(CdcErrors.TableWithoutPrimaryKey, $"'{table}' has no primary key; a route upserts by it.");
            }

            foreach (var (column, handling) in route.Columns.Where(c => c.Key.StartsWith(table + ".", StringComparison.Ordinal)))
            {
                var name = column[(table.Length + 1)..];
                if (asset.Columns.All(c => c.Name != name))
                {
                    return Fail(CdcErrors.InvalidColumnHandling, $"'{column}': the catalog knows no such column.");
                }

                if (handling != ColumnHandling.Pass && asset.PrimaryKey.Contains(name))
                {
                    return Fail(CdcErrors.InvalidColumnHandling, $"'{column}' is part of the primary key; it cannot be masked or dropped.");
                }
            }
        }

        var denials = await DenialsAsync(grains, route.Source.CatalogSource, route.Source.Tables, route.Columns, route.Region);
        return denials.Count > 0
            ? new CdcResult<string>(null, CdcErrors.ResidencyDenied,
                $"{denials.Select(d => d.Column).Distinct().Count()} column(s) may not go to region '{route.Region}' (mask or drop them, or change the residency matrix).", denials)
            : new CdcResult<string>(route.Source.Connection ?? source.Connection);
    }

    /// <summary>
    /// Every column the matrix keeps from the region that the route would pass as it is (masked and dropped columns
    /// never leave in clear), with the classes the catalog holds now.
    /// </summary>
    public static async Task<IReadOnlyList<CdcDenial>> DenialsAsync(
        IGrainFactory grains, string catalogSource, IEnumerable<string> tables, IReadOnlyDictionary<string, string> columns, string region)
    {
        var matrix = await grains.GetGrain<IResidencyMatrixGrain>("all").GetAsync();
        var denials = new List<CdcDenial>();
        foreach (var table in tables)
        {
            var asset = await grains.GetGrain<IAssetGrain>(AssetKeys.For(catalogSource, table)).GetAsync();
            if (asset is null)
            {
                continue;
            }

            var decision = ResidencyEvaluator.Evaluate(matrix, AssetClasses.Columns(asset, table + "."), region);
            denials.AddRange(decision.Columns
                .Where(c => !c.Allowed && columns.GetValueOrDefault(c.Column, ColumnHandling.Pass) == ColumnHandling.Pass)
                .SelectMany(c => c.Reasons.Where(r => r.Code != ResidencyReasonCodes.RegionAllowed)
                    .Select(r => new CdcDenial(c.Column, r.Code, r.Class, r.Category, r.Rule, region))));
        }

        return denials;
    }

    private static CdcResult<string>? Shape(CdcRouteDefinition route)
    {
        if (string.IsNullOrWhiteSpace(route.Name) || route.Name.Length > MaxNameLength)
        {
            return Fail(CdcErrors.InvalidRoute, $"'name' is required, at most {MaxNameLength} characters.");
        }

        if (route.Source is null || string.IsNullOrEmpty(route.Source.CatalogSource))
        {
            return Fail(CdcErrors.InvalidRoute, "'source.catalogSource' (the id of the catalogued PostgreSQL source) is required.");
        }

        if (route.Source.Tables is not { Count: > 0 and <= MaxTables } tables)
        {
            return Fail(CdcErrors.InvalidRoute, $"'source.tables' needs 1 to {MaxTables} tables.");
        }

        if (tables.Any(t => t is null || CdcNames.SplitTable(t) is null))
        {
            return Fail(CdcErrors.InvalidRoute, $"'{tables.First(t => t is null || CdcNames.SplitTable(t) is null)}' is not \"schema.table\" with plain identifiers.");
        }

        if (tables.Distinct().Count() != tables.Count)
        {
            return Fail(CdcErrors.InvalidRoute, "'source.tables' names a table twice.");
        }

        if (route.Sink is null || route.Sink.Type is not (CdcSinks.Postgres or CdcSinks.Kafka))
        {
            return Fail(CdcErrors.UnsupportedSink, $"Sink type '{route.Sink?.Type}' is not supported; 'postgres' and 'kafka' are.");
        }

        if (route.Source.Connection is { } given && !ValidConnection(given))
        {
            return Fail(CdcErrors.InvalidConnection, "'source.connection' is not an Npgsql connection string (\"Host=...;Database=...;Username=...\").");
        }

        if ((route.Sink.Type == CdcSinks.Kafka ? CheckKafkaSink(route.Sink) : CheckPostgresSink(route.Sink)) is { } sinkError)
        {
            return sinkError;
        }

        if (!ResidencyEvaluator.IsRegion(route.Region))
        {
            return Fail(CdcErrors.InvalidRegion, "'region' is required: a region code (lower-case letters, digits and '-', 1 to 32, e.g. 'eu').");
        }

        foreach (var (column, handling) in route.Columns ?? new Dictionary<string, string>())
        {
            var dot = column.LastIndexOf('.');
            if (dot < 0 || !tables.Contains(column[..dot]) || !CdcNames.Identifier().IsMatch(column[(dot + 1)..]))
            {
                return Fail(CdcErrors.InvalidColumnHandling, $"'{column}' is not \"schema.table.column\" of a table of this route.");
            }

            if (handling is not (ColumnHandling.Pass or ColumnHandling.Mask or ColumnHandling.Drop))
            {
                return Fail(CdcErrors.InvalidColumnHandling, $"'{column}': '{handling}' is not pass, mask or drop.");
            }
        }

        return null;
    }

    private static CdcResult<string>? CheckPostgresSink(CdcSink sink)
    {
        if (sink.Schema is { } schema && !CdcNames.Identifier().IsMatch(schema))
        {
            return Fail(CdcErrors.InvalidRoute, "'sink.schema' is not a plain identifier.");
        }

        if (sink.Topic is not null)
        {
            return Fail(CdcErrors.InvalidRoute, "'sink.topic' is for a kafka sink; a postgres sink takes 'schema'.");
        }

        return ValidConnection(sink.Connection) ? null
            : Fail(CdcErrors.InvalidConnection, "'sink.connection' is not an Npgsql connection string (\"Host=...;Database=...;Username=...\").");
    }

    private static CdcResult<string>? CheckKafkaSink(CdcSink sink)
    {
        if (sink.Schema is not null)
        {
            return Fail(CdcErrors.InvalidRoute, "'sink.schema' is for a postgres sink; a kafka sink takes 'topic' (the topic prefix).");
        }

        if (sink.Topic is null || !CdcNames.TopicPrefix().IsMatch(sink.Topic))
        {
            return Fail(CdcErrors.InvalidRoute, "'sink.topic' (the topic prefix: 1 to 150 letters, digits, '.', '_' or '-') is required for a kafka sink.");
        }

        return CdcNames.BootstrapServers().IsMatch(sink.Connection ?? "") ? null
            : Fail(CdcErrors.InvalidConnection, "'sink.connection' of a kafka sink is its bootstrap servers: \"host:port[,host:port...]\".");
    }

    private static bool ValidConnection(string? connection)
    {
        if (string.IsNullOrWhiteSpace(connection) || connection.Length > 4096)
        {
            return false;
        }

        try
        {
            return new NpgsqlConnectionStringBuilder(connection).Host is { Length: > 0 };
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static CdcResult<string> Fail(string code, string error) => new(null, code, error);
}
