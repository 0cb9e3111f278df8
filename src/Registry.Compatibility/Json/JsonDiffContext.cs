namespace DataSpine.Registry.Compatibility.Json;

/// <summary>Path, recursion guard and collected differences of one JSON Schema comparison.</summary>
internal sealed class JsonDiffContext
{
    private readonly List<string> _path = [];
    private readonly HashSet<JsonSchemaNode> _visiting = new(ReferenceEqualityComparer.Instance);

    public List<JsonDifference> Differences { get; } = [];

    public bool IsCompatible => Differences.All(d => d.IsCompatible);

    public JsonDiffContext Subcontext()
    {
        var sub = new JsonDiffContext();
        sub._path.AddRange(_path);
        sub._visiting.UnionWith(_visiting);
        return sub;
    }

    public void Add(JsonDifferenceType type) => Differences.Add(new JsonDifference(type, "#/" + string.Join("/", _path)));

    public void Add(string attribute, JsonDifferenceType type)
    {
        _path.Add(attribute);
        Add(type);
        _path.RemoveAt(_path.Count - 1);
    }

    public void EnterPath(string segment) => _path.Add(segment);

    public void ExitPath() => _path.RemoveAt(_path.Count - 1);

    public bool EnterSchema(JsonSchemaNode schema) => _visiting.Add(schema);

    public void ExitSchema(JsonSchemaNode schema) => _visiting.Remove(schema);
}
