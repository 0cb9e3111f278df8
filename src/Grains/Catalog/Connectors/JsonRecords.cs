using System.Runtime.CompilerServices;
using System.Text.Json;
using DataSpine.Grains.Catalog.Connectors.Files;
using DataSpine.Grains.Catalog.Sources;

namespace DataSpine.Grains.Catalog.Connectors;

/// <summary>
/// A JSON file holding one array of objects, streamed element by element (one element is held whole:
/// Sources:MaxFileBytes bounds it).
/// </summary>
internal sealed class JsonArrayRecords(string name, Func<Stream> open, SourcesOptions limits) : FileRecords(name, open, limits)
{
    public override async IAsyncEnumerable<IReadOnlyDictionary<string, string?>> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var stream = OpenFile();
        IAsyncEnumerable<JsonElement> elements;
        try
        {
            elements = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(stream, cancellationToken: cancellationToken);
        }
        catch (JsonException error)
        {
            throw Unreadable(error);
        }

        await using var enumerator = elements.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await enumerator.MoveNextAsync())
                {
                    yield break;
                }
            }
            catch (JsonException error)
            {
                throw Unreadable(error);
            }

            yield return Flatten(enumerator.Current);
        }
    }

    private SourceAccessException Unreadable(JsonException error) =>
        new(SourceAccessException.Unreadable, $"'{Name}' is not a JSON array of objects: {error.Message}", error);
}

/// <summary>NDJSON / JSON Lines: one object per line (at most Sources:MaxLineChars); blank lines are skipped.</summary>
internal sealed class JsonLinesRecords(string name, Func<Stream> open, SourcesOptions limits) : FileRecords(name, open, limits)
{
    public override async IAsyncEnumerable<IReadOnlyDictionary<string, string?>> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new BoundedLineReader(OpenFile(), Limits.MaxLineChars, Name);
        var number = 0;
        while (await reader.ReadLineAsync(0, cancellationToken) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            Dictionary<string, string?> record;
            try
            {
                using var document = JsonDocument.Parse(line);
                record = Flatten(document.RootElement);
            }
            catch (JsonException error)
            {
                throw new SourceAccessException(SourceAccessException.Unreadable,
                    $"'{Name}' line {number} is not JSON: {error.Message}", error);
            }

            yield return record;
        }
    }
}
