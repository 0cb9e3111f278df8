using System.Collections.Frozen;

namespace DataSpine.Silo.Dashboard;

/// <summary>The dashboard's page, script and style sheet, embedded in this assembly (no build step, no CDN).</summary>
internal static class DashboardAssets
{
    private const string Prefix = "dashboard/";

    private static readonly FrozenDictionary<string, Asset> s_assets = typeof(DashboardAssets).Assembly
        .GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .ToFrozenDictionary(n => n[Prefix.Length..], Load, StringComparer.Ordinal);

    public static Asset? Find(string name) => s_assets.GetValueOrDefault(name);

    private static Asset Load(string resource)
    {
        using var stream = typeof(DashboardAssets).Assembly.GetManifestResourceStream(resource)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var type = Path.GetExtension(resource) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".svg" => "image/svg+xml",
            _ => "application/octet-stream",
        };
        return new Asset(copy.ToArray(), type);
    }

    public sealed record Asset(byte[] Content, string ContentType);
}
