namespace DataSpine.Registry.Compatibility.Tests;

/// <summary>Helpers to keep schema literals readable: single quotes stand for double quotes.</summary>
internal static class Schemas
{
    public static string Q(string text) => text.Replace('\'', '"');

    public static ParsedSchema ParseOrThrow(this ISchemaFormat format, string text, params ResolvedReference[] references)
    {
        var result = format.Parse(text, references);
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"Expected a valid schema but got: {result.Error}\n{text}");
        }

        return result.Schema;
    }

    public static bool Compatible(this ISchemaFormat format, string reader, string writer) =>
        format.Check(format.ParseOrThrow(reader), format.ParseOrThrow(writer)).IsCompatible;
}
