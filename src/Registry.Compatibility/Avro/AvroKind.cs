namespace DataSpine.Registry.Compatibility.Avro;

/// <summary>The Avro type of a schema node (specification, "Schema Declaration").</summary>
public enum AvroKind
{
    Null,
    Boolean,
    Int,
    Long,
    Float,
    Double,
    Bytes,
    String,
    Record,
    Enum,
    Array,
    Map,
    Union,
    Fixed,
}
