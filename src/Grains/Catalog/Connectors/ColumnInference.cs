using System.Globalization;

namespace DataSpine.Grains.Catalog.Connectors;

/// <summary>
/// Infers column names and types from the first records of a file. A column takes the narrowest type
/// that every sampled value fits: boolean, integer, decimal, date, timestamp, object, array, else string.
/// </summary>
internal static class ColumnInference
{
    public static async Task<IReadOnlyList<ColumnInfo>> InferAsync(FileRecords records, int maxRows, int maxColumns, CancellationToken cancellationToken)
    {
        var order = new List<string>();
        var kinds = new Dictionary<string, ValueKind>(StringComparer.Ordinal);
        var nullable = new HashSet<string>(StringComparer.Ordinal);
        var rows = 0;
        await foreach (var record in records.ReadAsync(cancellationToken))
        {
            foreach (var (name, value) in record)
            {
                if (!kinds.TryGetValue(name, out var kind))
                {
                    order.Add(name);
                    if (order.Count > maxColumns)
                    {
                        throw new SourceAccessException(SourceAccessException.Unreadable,
                            $"The records of this file have more than {maxColumns} distinct columns (Sources:MaxColumns).");
                    }

                    kind = ValueKind.Unknown;
                    if (rows > 0)
                    {
                        nullable.Add(name); // absent from earlier records
                    }
                }

                if (value is null)
                {
                    nullable.Add(name);
                }

                kinds[name] = value is null ? kind : Widen(kind, Classify(value));
            }

            foreach (var name in order.Where(n => !record.ContainsKey(n)))
            {
                nullable.Add(name);
            }

            if (++rows >= maxRows)
            {
                break;
            }
        }

        return [.. order.Select((name, i) => new ColumnInfo(name, i + 1, TypeName(kinds[name]), nullable.Contains(name) || rows == 0))];
    }

    public static ValueKind Classify(string value)
    {
        var text = value.Trim();
        if (text.Length == 0)
        {
            return ValueKind.String;
        }

        if (text is "true" or "false" or "TRUE" or "FALSE" or "True" or "False")
        {
            return ValueKind.Boolean;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) && !HasLeadingZero(text))
        {
            return ValueKind.Integer;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && !HasLeadingZero(text))
        {
            return ValueKind.Decimal;
        }

        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return ValueKind.Date;
        }

        if (text.Length >= 16 && char.IsAsciiDigit(text[0])
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
        {
            return ValueKind.Timestamp;
        }

        return text[0] switch { '{' => ValueKind.Object, '[' => ValueKind.Array, _ => ValueKind.String };
    }

    // Zip codes and phone numbers such as 02134 are identifiers, not numbers.
    private static bool HasLeadingZero(string text) =>
        text.Length > 1 && text[0] == '0' && char.IsAsciiDigit(text[1]);

    private static ValueKind Widen(ValueKind current, ValueKind next) => (current, next) switch
    {
        (ValueKind.Unknown, _) => next,
        _ when current == next => current,
        (ValueKind.Integer, ValueKind.Decimal) or (ValueKind.Decimal, ValueKind.Integer) => ValueKind.Decimal,
        (ValueKind.Date, ValueKind.Timestamp) or (ValueKind.Timestamp, ValueKind.Date) => ValueKind.Timestamp,
        _ => ValueKind.String,
    };

    private static string TypeName(ValueKind kind) => kind switch
    {
        ValueKind.Boolean => "boolean",
        ValueKind.Integer => "integer",
        ValueKind.Decimal => "decimal",
        ValueKind.Date => "date",
        ValueKind.Timestamp => "timestamp",
        ValueKind.Object => "object",
        ValueKind.Array => "array",
        _ => "string",
    };

    internal enum ValueKind
    {
        Unknown,
        Boolean,
        Integer,
        Decimal,
        Date,
        Timestamp,
        Object,
        Array,
        String,
    }
}
