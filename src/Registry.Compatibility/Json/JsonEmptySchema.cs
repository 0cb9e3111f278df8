namespace DataSpine.Registry.Compatibility.Json;

/// <summary>Accepts everything: <c>{}</c>, <c>true</c>, or only annotation keywords.</summary>
public sealed class JsonEmptySchema : JsonSchemaNode;
