using System.Diagnostics.CodeAnalysis;

namespace DataSpine.Registry.Compatibility;

/// <summary>Either a parsed schema or the error that the registry reports with code 42201.</summary>
public sealed class ParseResult
{
    private ParseResult(ParsedSchema? schema, SchemaError? error)
    {
        Schema = schema;
        Error = error;
    }

    public ParsedSchema? Schema { get; }

    public SchemaError? Error { get; }

    [MemberNotNullWhen(true, nameof(Schema))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Schema is not null;

    public static ParseResult Success(ParsedSchema schema) => new(schema, null);

    public static ParseResult Failure(SchemaError error) => new(null, error);

    public static ParseResult Failure(string message, int? line = null, int? column = null) =>
        new(null, new SchemaError(message, line, column));
}
