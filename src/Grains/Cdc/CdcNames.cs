using System.Text.RegularExpressions;

namespace DataSpine.Grains.Cdc;

/// <summary>Names a route derives, and the identifier shapes it accepts (so every name it puts into SQL is quoted and plain).</summary>
internal static partial class CdcNames
{
    public const string MetaSchema = "dataspine_cdc";

    [GeneratedRegex("^[a-z0-9]{1,32}$", RegexOptions.CultureInvariant)]
    public static partial Regex RouteId();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_$]{0,62}$", RegexOptions.CultureInvariant)]
    public static partial Regex Identifier();

    [GeneratedRegex("^[A-Za-z0-9._-]{1,150}$", RegexOptions.CultureInvariant)]
    public static partial Regex TopicPrefix();

    [GeneratedRegex(@"^[A-Za-z0-9.\-]{1,253}:[0-9]{1,5}(,[A-Za-z0-9.\-]{1,253}:[0-9]{1,5}){0,31}$", RegexOptions.CultureInvariant)]
    public static partial Regex BootstrapServers();

    /// <summary>The replication slot and the publication share this name; slot names allow lower-case letters, digits and '_'.</summary>
    public static string Slot(string routeId) => $"ds_cdc_{routeId}";

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string Quote(string schema, string table) => $"{Quote(schema)}.{Quote(table)}";

    /// <summary>"schema.table" split in two, or null when it is not two plain identifiers.</summary>
    public static (string Schema, string Table)? SplitTable(string qualified)
    {
        var parts = qualified.Split('.');
        return parts.Length == 2 && Identifier().IsMatch(parts[0]) && Identifier().IsMatch(parts[1]) ? (parts[0], parts[1]) : null;
    }
}
