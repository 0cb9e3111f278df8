using System.Text.Json.Nodes;

namespace DataSpine.Registry.Compatibility.Avro;

public sealed class AvroField(string name, AvroType type, int position)
{
    public string Name { get; } = name;

    public AvroType Type { get; } = type;

    public int Position { get; } = position;

    public string? Doc { get; internal set; }

    public bool HasDefault { get; internal set; }

    /// <summary>The default as written (a JSON null literal is a <c>null</c> node with <see cref="HasDefault"/> set).</summary>
    public JsonNode? Default { get; internal set; }

    /// <summary>"ascending" (the default), "descending" or "ignore".</summary>
    public string? Order { get; internal set; }

    public IReadOnlyList<string> Aliases { get; internal set; } = [];

    public IReadOnlyList<KeyValuePair<string, JsonNode?>> Properties { get; internal set; } = [];
}
