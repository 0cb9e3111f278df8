using System.Runtime.CompilerServices;
using System.Text;
using DataSpine.Grains.Catalog.Connectors.Files;
using DataSpine.Grains.Catalog.Sources;

namespace DataSpine.Grains.Catalog.Connectors;

/// <summary>
/// CSV/TSV per RFC 4180: a header row, quoted fields with doubled quotes and embedded newlines. A record
/// (its lines together) is at most Sources:MaxLineChars long, the header at most Sources:MaxColumns wide.
/// </summary>
internal sealed class DelimitedRecords(string name, Func<Stream> open, SourcesOptions limits, char delimiter) : FileRecords(name, open, limits)
{
    public override async IAsyncEnumerable<IReadOnlyDictionary<string, string?>> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new BoundedLineReader(OpenFile(), Limits.MaxLineChars, Name);
        var header = await ReadRowAsync(reader, cancellationToken);
        if (header is null)
        {
            yield break;
        }

        if (header.Count > Limits.MaxColumns)
        {
            throw TooManyColumns();
        }

        var names = UniqueNames(header);
        while (await ReadRowAsync(reader, cancellationToken) is { } row)
        {
            if (row.Count == 1 && row[0].Length == 0)
            {
                continue; // blank line
            }

            var record = new Dictionary<string, string?>(names.Count, StringComparer.Ordinal);
            for (var i = 0; i < names.Count; i++)
            {
                record[names[i]] = i < row.Count && row[i].Length > 0 ? row[i] : null;
            }

            yield return record;
        }
    }

    private static List<string> UniqueNames(List<string> header)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. header.Select((name, i) =>
        {
            var candidate = string.IsNullOrWhiteSpace(name) ? $"column_{i + 1}" : name.Trim();
            var unique = candidate;
            for (var n = 2; !seen.Add(unique); n++)
            {
                unique = $"{candidate}_{n}";
            }

            return unique;
        })];
    }

    private async Task<List<string>?> ReadRowAsync(BoundedLineReader reader, CancellationToken cancellationToken)
    {
        var line = await reader.ReadLineAsync(0, cancellationToken);
        var used = 0;
        if (line is null)
        {
            return null;
        }

        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        while (true)
        {
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"' && field.Length == 0)
                {
                    quoted = true;
                }
                else if (c == delimiter)
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else
                {
                    field.Append(c);
                }
            }

            if (!quoted)
            {
                break;
            }

            // A quoted field goes on past the line break; the record's length so far counts against the limit.
            used += line.Length + 1;
            line = await reader.ReadLineAsync(used, cancellationToken);
            if (line is null)
            {
                break;
            }

            field.Append('\n');
        }

        fields.Add(field.ToString());
        return fields;
    }
}
