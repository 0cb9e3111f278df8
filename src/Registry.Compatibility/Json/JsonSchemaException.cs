namespace DataSpine.Registry.Compatibility.Json;

/// <summary>A JSON Schema document the loader rejects; caught and turned into a ParseResult.</summary>
internal sealed class JsonSchemaException(string message) : Exception(message);
