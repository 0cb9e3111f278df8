namespace DataSpine.Registry.Compatibility.Protobuf;

/// <summary>
/// State of one comparison: the two symbol tables, the current path (for messages) and name scope
/// (for resolving relative type names), and the messages being compared (to stop on recursion).
/// </summary>
internal sealed class ProtoDiffContext(ProtoSymbols original, ProtoSymbols update)
{
    private readonly List<string> _path = [];
    private readonly List<string> _names = [];
    private readonly HashSet<ProtoMessage> _visiting = new(ReferenceEqualityComparer.Instance);

    public List<ProtoDifference> Differences { get; } = [];

    public string OriginalPackage { get; set; } = "";

    public string UpdatePackage { get; set; } = "";

    public bool IsCompatible => Differences.All(d => d.IsCompatible);

    public ProtoDiffContext Subcontext()
    {
        var sub = new ProtoDiffContext(original, update) { OriginalPackage = OriginalPackage, UpdatePackage = UpdatePackage };
        sub._path.AddRange(_path);
        sub._names.AddRange(_names);
        sub._visiting.UnionWith(_visiting);
        return sub;
    }

    public void Add(ProtoDifferenceType type) => Differences.Add(new ProtoDifference(type, "#/" + string.Join("/", _path)));

    public void EnterPath(string segment) => _path.Add(segment);

    public void ExitPath() => _path.RemoveAt(_path.Count - 1);

    public void EnterName(string name)
    {
        _path.Add(name);
        _names.Add(name);
    }

    public void ExitName()
    {
        _names.RemoveAt(_names.Count - 1);
        _path.RemoveAt(_path.Count - 1);
    }

    public void SetFullName(string localName)
    {
        _path.Clear();
        _names.Clear();
        _path.AddRange(localName.Split('.'));
        _names.AddRange(localName.Split('.'));
    }

    public bool EnterSchema(ProtoMessage message) => _visiting.Add(message);

    public void ExitSchema(ProtoMessage message) => _visiting.Remove(message);

    public ProtoTypeInfo? GetType(string name, bool isOriginal)
    {
        var fullName = Resolve(name, isOriginal);
        return fullName is null ? null : Symbols(isOriginal).Get(fullName);
    }

    public string? Resolve(string name, bool isOriginal)
    {
        var package = isOriginal ? OriginalPackage : UpdatePackage;
        var scope = string.Join(".", package.Length == 0 ? _names : _names.Prepend(package));
        return Symbols(isOriginal).Resolve(name, scope);
    }

    private ProtoSymbols Symbols(bool isOriginal) => isOriginal ? original : update;
}
