namespace DataSpine.Registry.Compatibility;

/// <summary>
/// A schema that another schema refers to: an Avro named type from another subject, a Protobuf
/// import, or a JSON Schema <c>$ref</c> target. <see cref="Name"/> is the name used by the referring
/// schema (the Avro full name, the import path, or the <c>$ref</c> URL).
/// </summary>
public sealed record ResolvedReference(string Name, string Subject, int Version, string SchemaText);
