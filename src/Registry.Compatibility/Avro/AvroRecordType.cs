namespace DataSpine.Registry.Compatibility.Avro;

public sealed class AvroRecordType(string name, string? space, bool isError) : AvroNamedType(AvroKind.Record, name, space)
{
    public bool IsError { get; } = isError;

    /// <summary>Set after the record's name is registered, so fields may refer to the record itself.</summary>
    public IReadOnlyList<AvroField> Fields { get; internal set; } = [];

    public AvroField? FindField(string name) => Fields.FirstOrDefault(f => f.Name == name);
}
