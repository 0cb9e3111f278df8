namespace DataSpine.Grains.Catalog.Classification;

/// <summary>Coarse family of a declared column type; a boolean or uuid column holds no PII of ours.</summary>
internal enum DataTypeFamily
{
    Unknown,
    Text,
    Number,
    Date,
    DateTime,
    Boolean,
    Uuid,
    Network,
    Binary,
    Other,
}

internal static class DataTypeFamilies
{
    public static DataTypeFamily Parse(string? dataType)
    {
        if (string.IsNullOrWhiteSpace(dataType))
        {
            return DataTypeFamily.Unknown;
        }

        var t = BaseName(dataType);
        return t switch
        {
            "bool" or "boolean" or "bit" => DataTypeFamily.Boolean,
            "uuid" or "uniqueidentifier" => DataTypeFamily.Uuid,
            "inet" => DataTypeFamily.Network,
            "date" => DataTypeFamily.Date,
            "json" or "jsonb" or "xml" or "interval" or "point" or "geometry" or "geography" or "cidr"
                or "macaddr" or "macaddr8" or "array" or "tsvector" => DataTypeFamily.Other,
            _ when t.StartsWith("timestamp", StringComparison.Ordinal) || t.StartsWith("datetime", StringComparison.Ordinal)
                || t.StartsWith("time", StringComparison.Ordinal) => DataTypeFamily.DateTime,
            _ when t.Contains("char", StringComparison.Ordinal) || t.Contains("text", StringComparison.Ordinal)
                || t is "string" or "clob" or "nclob" or "citext" or "name" or "varchar2" => DataTypeFamily.Text,
            _ when t.Contains("int", StringComparison.Ordinal) || t is "numeric" or "decimal" or "number" or "real"
                or "float" or "double" or "double precision" or "money" or "smallserial" or "serial" or "bigserial"
                or "float4" or "float8" => DataTypeFamily.Number,
            _ when t.Contains("blob", StringComparison.Ordinal) || t.Contains("binary", StringComparison.Ordinal)
                || t is "bytea" or "image" => DataTypeFamily.Binary,
            _ => DataTypeFamily.Unknown,
        };
    }

    // "VARCHAR(255)" → "varchar", "bigint unsigned" → "bigint", "_text" (PostgreSQL arrays) → "array".
    private static string BaseName(string dataType)
    {
        var t = dataType.Trim();
        if (t.EndsWith("[]", StringComparison.Ordinal) || t.StartsWith('_'))
        {
            return "array";
        }

        var paren = t.IndexOf('(', StringComparison.Ordinal);
        if (paren > 0)
        {
            t = t[..paren];
        }

        t = t.Trim();
        if (t.StartsWith("double precision", StringComparison.OrdinalIgnoreCase))
        {
            return "double precision";
        }

        var space = t.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && !t.StartsWith("character", StringComparison.OrdinalIgnoreCase))
        {
            t = t[..space];
        }

        return string.Create(t.Length, t, static (span, s) =>
        {
            for (var i = 0; i < s.Length; i++)
            {
                span[i] = char.ToLowerInvariant(s[i]);
            }
        });
    }
}
