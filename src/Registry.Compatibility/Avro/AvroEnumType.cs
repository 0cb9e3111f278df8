namespace DataSpine.Registry.Compatibility.Avro;

public sealed class AvroEnumType(string name, string? space, IReadOnlyList<string> symbols) : AvroNamedType(AvroKind.Enum, name, space)
{
    public IReadOnlyList<string> Symbols { get; } = symbols;

    /// <summary>The symbol a reader uses for writer symbols it does not know (specification 1.9+).</summary>
    public string? Default { get; internal set; }
}
