using System.Text.Json;

namespace DataSpine.Grains.Catalog.Connectors;

/// <summary>Reads a data file as a stream of records: field name → raw text value (null when absent).</summary>
internal abstract class FileRecords(string path)
{
    protected string Path { get; } = path;

    public static bool IsSupported(string path) =>
        System.IO.Path.GetExtension(path).ToLowerInvariant() is ".csv" or ".tsv" or ".json" or ".ndjson" or ".jsonl";

    public static FileRecords Open(string path) => System.IO.Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => new DelimitedRecords(path, ','),
        ".tsv" => new DelimitedRecords(path, '\t'),
        ".json" => new JsonArrayRecords(path),
        _ => new JsonLinesRecords(path),
    };

    /// <summary>The field names in file order, known after the first records are read.</summary>
    public abstract IAsyncEnumerable<IReadOnlyDictionary<string, string?>> ReadAsync(CancellationToken cancellationToken);

    protected static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };

    protected static Dictionary<string, string?> Flatten(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new SourceAccessException(SourceAccessException.Unreadable, "A JSON record must be an object.");
        }

        var record = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            record[property.Name] = Text(property.Value);
        }

        return record;
    }
}
