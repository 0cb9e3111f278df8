using System.Text;

namespace DataSpine.Registry.Compatibility.Protobuf;

/// <summary>
/// Writes a normalized .proto text: comments and layout dropped, imports and options sorted, fields
/// sorted by number. Messages and enums keep their declaration order, because Confluent's wire
/// format refers to messages by their index in the file.
/// </summary>
internal static partial class ProtoPrinter
{
    public static string Print(ProtoFile file)
    {
        var text = new StringBuilder();
        if (file.Edition is not null)
        {
            text.Append("edition = ").Append(ProtoParser.Quote(file.Edition)).Append(";\n");
        }
        else
        {
            text.Append("syntax = \"").Append(file.Syntax).Append("\";\n");
        }

        if (file.Package is not null)
        {
            text.Append("package ").Append(file.Package).Append(";\n");
        }

        foreach (var import in file.Imports.OrderBy(i => i.Path, StringComparer.Ordinal))
        {
            text.Append("import ").Append(import.Modifier is null ? "" : import.Modifier + " ").Append(ProtoParser.Quote(import.Path)).Append(";\n");
        }

        AppendOptions(text, file.Options, 0);
        foreach (var type in file.Types)
        {
            AppendType(text, type, 0);
        }

        foreach (var group in file.Extensions.GroupBy(e => e.Extendee))
        {
            text.Append("extend ").Append(group.Key).Append(" {\n");
            foreach (var (_, field) in group.OrderBy(e => e.Field.Number))
            {
                AppendField(text, field, 1);
            }

            text.Append("}\n");
        }

        foreach (var service in file.Services)
        {
            AppendService(text, service);
        }

        return text.ToString();
    }

    private static void AppendType(StringBuilder text, ProtoTypeElement type, int depth)
    {
        var indent = new string(' ', depth * 2);
        if (type is ProtoEnum enumType)
        {
            text.Append(indent).Append("enum ").Append(type.Name).Append(" {\n");
            AppendOptions(text, type.Options, depth + 1);
            AppendReserved(text, type.Reserved, depth + 1, "reserved");
            foreach (var value in enumType.Values)
            {
                text.Append(indent).Append("  ").Append(value.Name).Append(" = ").Append(value.Number);
                AppendInlineOptions(text, value.Options);
                text.Append(";\n");
            }

            text.Append(indent).Append("}\n");
            return;
        }

        var message = (ProtoMessage)type;
        text.Append(indent).Append("message ").Append(type.Name).Append(" {\n");
        AppendOptions(text, type.Options, depth + 1);
        AppendReserved(text, type.Reserved, depth + 1, "reserved");
        AppendReserved(text, message.Extensions, depth + 1, "extensions");
        foreach (var field in message.Fields.Where(f => !f.IsGroup).OrderBy(f => f.Number))
        {
            AppendField(text, field, depth + 1);
        }

        foreach (var oneOf in message.OneOfs)
        {
            text.Append(indent).Append("  oneof ").Append(oneOf.Name).Append(" {\n");
            AppendOptions(text, oneOf.Options, depth + 2);
            foreach (var field in oneOf.Fields.Where(f => !f.IsGroup).OrderBy(f => f.Number))
            {
                AppendField(text, field, depth + 2);
            }

            text.Append(indent).Append("  }\n");
        }

        foreach (var nested in message.NestedTypes)
        {
            var group = message.AllFields.FirstOrDefault(f => f.IsGroup && f.Type == nested.Name);
            if (group is not null)
            {
                AppendGroup(text, group, (ProtoMessage)nested, depth + 1);
            }
            else
            {
                AppendType(text, nested, depth + 1);
            }
        }

        text.Append(indent).Append("}\n");
    }
}
