using System.Text.RegularExpressions;

namespace DataSpine.Registry.Compatibility.Avro;

/// <summary>Name rules of the specification, section "Names".</summary>
internal static partial class AvroNames
{
    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex NamePattern();

    public static void ValidateName(string name, string what)
    {
        if (name.Length == 0)
        {
            throw new AvroSchemaException($"Empty {what} name");
        }

        if (!NamePattern().IsMatch(name))
        {
            throw new AvroSchemaException(char.IsAsciiLetter(name[0]) || name[0] == '_'
                ? $"Illegal character in {what} name: {name}"
                : $"Illegal initial character in {what} name: {name}");
        }
    }

    public static void ValidateNamespace(string? space)
    {
        if (string.IsNullOrEmpty(space))
        {
            return;
        }

        foreach (var part in space.Split('.'))
        {
            ValidateName(part, "namespace");
        }
    }

    /// <summary>Splits a possibly dotted name into (name, namespace) given the enclosing namespace.</summary>
    public static (string Name, string? Space) Split(string name, string? space)
    {
        var dot = name.LastIndexOf('.');
        if (dot < 0)
        {
            return (name, string.IsNullOrEmpty(space) ? null : space);
        }

        var ns = name[..dot];
        return (name[(dot + 1)..], ns.Length == 0 ? null : ns);
    }

    public static string FullName(string name, string? space)
    {
        var (simple, ns) = Split(name, space);
        return ns is null ? simple : $"{ns}.{simple}";
    }
}
