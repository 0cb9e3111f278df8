using System.Text.Json;
using DataSpine.Grains.Catalog.Sources;

namespace DataSpine.Grains.Catalog.Connectors;

/// <summary>
/// Reads a data file as a stream of records: field name → raw text value (null when absent). Each read
/// opens the file through <c>open</c> (which checks it again) and stays within the node's limits.
/// </summary>
internal abstract class FileRecords(string name, Func<Stream> open, SourcesOptions limits)
{
    protected string Name { get; } = name;

    protected SourcesOptions Limits { get; } = limits;

    public static bool IsSupported(string path) =>
        System.IO.Path.GetExtension(path).ToLowerInvariant() is ".csv" or ".tsv" or ".json" or ".ndjson" or ".jsonl";

    public static FileRecords Open(string name, Func<Stream> open, SourcesOptions limits) => System.IO.Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".csv" => new DelimitedRecords(name, open, limits, ','),
        ".tsv" => new DelimitedRecords(name, open, limits, '\t'),
        ".json" => new JsonArrayRecords(name, open, limits),
        _ => new JsonLinesRecords(name, open, limits),
    };

    /// <summary>The field names in file order, known after the first records are read.</summary>
    public abstract IAsyncEnumerable<IReadOnlyDictionary<string, string?>> ReadAsync(CancellationToken cancellationToken);

    protected Stream OpenFile() => open();

    protected SourceAccessException TooManyColumns() => new(SourceAccessException.Unreadable,
        $"'{Name}' has more than {Limits.MaxColumns} columns (Sources:MaxColumns).");

    protected static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };

    protected Dictionary<string, string?> Flatten(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new SourceAccessException(SourceAccessException.Unreadable, "A JSON record must be an object.");
        }

        var record = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            record[property.Name] = Text(property.Value);
            if (record.Count > Limits.MaxColumns)
            {
                throw TooManyColumns();
            }
        }

        return record;
    }
}
