namespace DataSpine.Registry.Compatibility.Protobuf;

/// <summary>A field label as written; <see cref="None"/> for proto3 singular, map and oneof fields.</summary>
public enum ProtoLabel
{
    None,
    Optional,
    Required,
    Repeated,
}
