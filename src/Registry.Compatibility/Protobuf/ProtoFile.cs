namespace DataSpine.Registry.Compatibility.Protobuf;

/// <summary>A parsed .proto file.</summary>
public sealed class ProtoFile
{
    /// <summary>"proto2" (the default when absent), "proto3", or "editions".</summary>
    public string Syntax { get; set; } = "proto2";

    public string? Edition { get; set; }

    public string? Package { get; set; }

    public List<ProtoImport> Imports { get; } = [];

    public List<ProtoOption> Options { get; } = [];

    public List<ProtoTypeElement> Types { get; } = [];

    public List<ProtoService> Services { get; } = [];

    /// <summary>Fields of <c>extend</c> blocks, keyed by the extended type; not part of compatibility.</summary>
    public List<(string Extendee, ProtoField Field)> Extensions { get; } = [];
}
