using DataSpine.Grains.Lineage;
using DataSpine.SqlLineage;

namespace DataSpine.Grains.Catalog.Scans;

/// <summary>Parses a view's definition into its upstream tables and column edges.</summary>
internal static class ViewLineages
{
    public static ViewLineage? For(HarvestedAsset asset, string sourceType)
    {
        if (asset.Definition is not { Length: > 0 } definition || asset.Type is not (AssetType.View or AssetType.MaterializedView))
        {
            return null;
        }

        // SQLite keeps the whole CREATE VIEW statement; PostgreSQL gives the SELECT only.
        var sql = definition.TrimStart().StartsWith("CREATE", StringComparison.OrdinalIgnoreCase)
            ? definition
            : $"CREATE VIEW {Quote(asset.Schema)}.{Quote(asset.Name)} AS {definition}";
        var dialect = sourceType == "postgres" ? "postgres" : "ansi";
        var result = SqlLineageEngine.Analyze(new LineageRequest(sql, dialect, asset.Schema));
        return new ViewLineage(result.Sources,
            [.. result.ColumnEdges.Select(e => new SqlColumnEdge(e.Source, e.Target, e.Type, e.Subtype))],
            [.. result.Diagnostics.Where(d => d.Severity != "info").Select(d => $"{d.Code}: {d.Message} (line {d.Line}, column {d.Column})")],
            result.Targets);
    }

    private static string Quote(string? identifier) => "\"" + (identifier ?? "main").Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
