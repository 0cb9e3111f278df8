namespace DataSpine.Registry.Compatibility.Protobuf;

public sealed record ProtoRpc(string Name, string RequestType, bool ClientStreaming, string ResponseType, bool ServerStreaming, IReadOnlyList<ProtoOption> Options);
