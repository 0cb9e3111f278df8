namespace DataSpine.Registry.Compatibility.Protobuf;

/// <summary>Every message and enum visible to a schema, by full name (without a leading dot).</summary>
public sealed class ProtoSymbols
{
    private readonly Dictionary<string, ProtoTypeInfo> _types = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, ProtoTypeInfo> Types => _types;

    internal void AddFile(ProtoFile file, string subject, int version)
    {
        var package = file.Package ?? "";
        Add(file.Types, package, package, subject, version);
    }

    internal void Add(IEnumerable<ProtoTypeElement> types, string scope, string package, string subject, int version)
    {
        foreach (var type in types)
        {
            var fullName = scope.Length == 0 ? type.Name : $"{scope}.{type.Name}";
            if (!_types.TryAdd(fullName, new ProtoTypeInfo(fullName, package, type, subject, version)) && subject.Length == 0)
            {
                throw new ProtoSchemaException($"\"{fullName}\" is already defined");
            }

            if (type is ProtoMessage message)
            {
                Add(message.NestedTypes, fullName, package, subject, version);
            }
        }
    }

    public ProtoTypeInfo? Get(string fullName) =>
        _types.GetValueOrDefault(fullName.StartsWith('.') ? fullName[1..] : fullName);

    /// <summary>
    /// Resolves a type name used inside <paramref name="scope"/> (a package and message path) the way
    /// protoc does: innermost scope first, then outwards; a leading dot means fully qualified.
    /// </summary>
    public string? Resolve(string name, string scope)
    {
        if (name.StartsWith('.'))
        {
            return _types.ContainsKey(name[1..]) ? name[1..] : null;
        }

        var prefix = scope;
        while (prefix.Length > 0)
        {
            var candidate = $"{prefix}.{name}";
            if (_types.ContainsKey(candidate))
            {
                return candidate;
            }

            var dot = prefix.LastIndexOf('.');
            prefix = dot < 0 ? "" : prefix[..dot];
        }

        return _types.ContainsKey(name) ? name : null;
    }
}
