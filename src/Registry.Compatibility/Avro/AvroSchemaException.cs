namespace DataSpine.Registry.Compatibility.Avro;

/// <summary>A schema text that the specification does not allow; caught and turned into a ParseResult.</summary>
internal sealed class AvroSchemaException(string message) : Exception(message);
