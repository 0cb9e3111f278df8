namespace DataSpine.Registry.Compatibility.Avro;

/// <summary>A record, enum or fixed: a type with a full name (specification, "Names").</summary>
public abstract class AvroNamedType(AvroKind kind, string name, string? space) : AvroType(kind)
{
    public string Name { get; } = name;

    public string? Namespace { get; } = space;

    public string FullName { get; } = string.IsNullOrEmpty(space) ? name : $"{space}.{name}";

    /// <summary>Aliases, resolved to full names.</summary>
    public IReadOnlyList<string> Aliases { get; internal set; } = [];

    public string? Doc { get; internal set; }
}
