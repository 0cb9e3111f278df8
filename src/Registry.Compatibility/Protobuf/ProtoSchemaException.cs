namespace DataSpine.Registry.Compatibility.Protobuf;

/// <summary>A .proto text that protoc would reject; line and column are 1-based, 0 when unknown.</summary>
internal sealed class ProtoSchemaException(string message, int line = 0, int column = 0) : Exception(message)
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}
