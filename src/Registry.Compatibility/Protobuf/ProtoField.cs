namespace DataSpine.Registry.Compatibility.Protobuf;

/// <summary>
/// A message field. <see cref="Type"/> is the type as written ("int32", "Foo.Bar", ".pkg.Foo");
/// map fields have <see cref="MapKey"/> and <see cref="MapValue"/> set and Type "map&lt;K, V&gt;".
/// </summary>
public sealed record ProtoField(ProtoLabel Label, string Type, string Name, int Number, IReadOnlyList<ProtoOption> Options)
{
    public string? MapKey { get; init; }

    public string? MapValue { get; init; }

    public bool IsMap => MapKey is not null;

    /// <summary>A proto2 group: the field's type is the nested message of the same (capitalised) name.</summary>
    public bool IsGroup { get; init; }

    public int Line { get; init; }

    public int Column { get; init; }
}
