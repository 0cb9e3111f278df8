using System.Runtime.CompilerServices;
using System.Text;

namespace DataSpine.Grains.Catalog.Connectors;

/// <summary>CSV/TSV per RFC 4180: a header row, quoted fields with doubled quotes and embedded newlines.</summary>
internal sealed class DelimitedRecords(string path, char delimiter) : FileRecords(path)
{
    public override async IAsyncEnumerable<IReadOnlyDictionary<string, string?>> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(Path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var header = await ReadRowAsync(reader, cancellationToken);
        if (header is null)
        {
            yield break;
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

    private async Task<List<string>?> ReadRowAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        var line = await reader.ReadLineAsync(cancellationToken);
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

            // A quoted field goes on past the line break.
            line = await reader.ReadLineAsync(cancellationToken);
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
