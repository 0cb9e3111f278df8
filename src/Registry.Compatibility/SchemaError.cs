namespace DataSpine.Registry.Compatibility;

/// <summary>Why a schema text was rejected; line and column are 1-based when known.</summary>
public sealed record SchemaError(string Message, int? Line = null, int? Column = null)
{
    public override string ToString() =>
        Line is { } line ? $"{Message} (line {line}, column {Column ?? 0})" : Message;
}
