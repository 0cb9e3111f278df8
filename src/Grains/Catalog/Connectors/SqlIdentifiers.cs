namespace DataSpine.Grains.Catalog.Connectors;

/// <summary>Identifiers go into profiling SQL quoted, never as raw text.</summary>
internal static class SqlIdentifiers
{
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string Quote(string? schema, string name) => schema is null ? Quote(name) : $"{Quote(schema)}.{Quote(name)}";
}
