namespace DataSpine.Registry.Compatibility;

/// <summary>One schema language (Avro, JSON Schema, Protobuf) as the registry sees it.</summary>
public interface ISchemaFormat
{
    /// <summary>"AVRO", "JSON" or "PROTOBUF".</summary>
    string SchemaType { get; }

    ParseResult Parse(string schemaText, IReadOnlyList<ResolvedReference> references);

    /// <summary>Can data written with <paramref name="writer"/> be read with <paramref name="reader"/>?</summary>
    CompatibilityResult Check(ParsedSchema reader, ParsedSchema writer);
}
