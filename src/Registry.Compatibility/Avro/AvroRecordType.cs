namespace DataSpine.Registry.Compatibility.Avro;

public sealed class AvroRecordType(string name, string? space, bool isError) : AvroNamedType(AvroKind.Record, name, space)
{
    private Dictionary<string, AvroField> _byName = new(StringComparer.Ordinal);

    public bool IsError { get; } = isError;

    /// <summary>Set after the record's name is registered, so fields may refer to the record itself.</summary>
    public IReadOnlyList<AvroField> Fields
    {
        get;
        internal set
        {
            // Compatibility looks every reader field up in the writer, per pair of versions: by name, not by scan.
            var byName = new Dictionary<string, AvroField>(value.Count, StringComparer.Ordinal);
            foreach (var each in value)
            {
                byName.TryAdd(each.Name, each);
            }

            (field, _byName) = (value, byName);
        }
    } = [];

    public AvroField? FindField(string name) => _byName.GetValueOrDefault(name);
}
