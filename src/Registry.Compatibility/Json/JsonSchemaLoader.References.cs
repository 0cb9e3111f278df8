using System.Text.Json;
using System.Text.Json.Nodes;

namespace DataSpine.Registry.Compatibility.Json;

internal sealed partial class JsonSchemaLoader
{
    /// <summary>
    /// The schema a <c>$ref</c> points to: <c>#/json/pointer</c> inside the same document, or
    /// <c>name#/pointer</c> in the referenced schema registered under that name.
    /// </summary>
    private JsonSchemaNode Target(string reference, string document)
    {
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        var documentPart = hash < 0 ? reference : reference[..hash];
        var fragment = hash < 0 ? "" : reference[(hash + 1)..].TrimEnd('/');
        var targetDocument = documentPart.Length == 0 || documentPart == (_root as JsonObject)?["$id"]?.ToString() ? document : documentPart;
        var key = $"{targetDocument}#{fragment}";
        if (_targets.TryGetValue(key, out var loaded))
        {
            return loaded;
        }

        var node = Pointer(Document(targetDocument, reference), Uri.UnescapeDataString(fragment), reference);
        var schema = Load(node, targetDocument);
        _targets[key] = schema;
        return schema;
    }

    private JsonNode Document(string name, string reference)
    {
        if (name.Length == 0)
        {
            return _root;
        }

        if (_documents.TryGetValue(name, out var cached))
        {
            return cached;
        }

        var resolved = _references.FirstOrDefault(r => r.Name == name)
            ?? _references.FirstOrDefault(r => r.Name == AgainstBase(name))
            ?? throw new JsonSchemaException($"Unresolvable $ref \"{reference}\": no schema reference named \"{name}\"");
        try
        {
            var document = JsonNode.Parse(resolved.SchemaText) ?? throw new JsonSchemaException($"Reference \"{name}\" is empty");
            _documents[name] = document;
            return document;
        }
        catch (JsonException e)
        {
            throw new JsonSchemaException($"Reference \"{name}\" is not valid JSON: {e.Message}");
        }
    }

    // A relative $ref resolves against the root's $id (JSON Schema draft-07, section 8.3).
    private string? AgainstBase(string name) =>
        (_root as JsonObject)?["$id"] is JsonValue id && Uri.TryCreate(id.ToString(), UriKind.Absolute, out var baseUri)
            && Uri.TryCreate(baseUri, name, out var absolute)
            ? absolute.ToString()
            : null;

    private static JsonNode Pointer(JsonNode document, string pointer, string reference)
    {
        if (pointer.Length == 0 || pointer == "/")
        {
            return document;
        }

        if (!pointer.StartsWith('/'))
        {
            throw new JsonSchemaException($"Unresolvable $ref \"{reference}\": only JSON pointers are supported");
        }

        var current = document;
        foreach (var raw in pointer[1..].Split('/'))
        {
            var token = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            current = current switch
            {
                JsonObject obj when obj.TryGetPropertyValue(token, out var next) && next is not null => next,
                JsonArray array when int.TryParse(token, out var index) && index >= 0 && index < array.Count && array[index] is { } item => item,
                _ => throw new JsonSchemaException($"Unresolvable $ref \"{reference}\": nothing at \"{pointer}\""),
            };
        }

        return current;
    }
}
