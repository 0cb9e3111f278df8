namespace DataSpine.Registry.Compatibility;

/// <summary>The schema type names used on the wire by Confluent-compatible registries.</summary>
public static class SchemaTypes
{
    public const string Avro = "AVRO";
    public const string Json = "JSON";
    public const string Protobuf = "PROTOBUF";
}
