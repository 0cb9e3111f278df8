using System.Text;

namespace DataSpine.Registry.Compatibility.Protobuf;

internal static partial class ProtoPrinter
{
    private static void AppendField(StringBuilder text, ProtoField field, int depth)
    {
        text.Append(' ', depth * 2);
        if (field.Label != ProtoLabel.None)
        {
            text.Append(field.Label.ToString().ToLowerInvariant()).Append(' ');
        }

        text.Append(field.Type).Append(' ').Append(field.Name).Append(" = ").Append(field.Number);
        AppendInlineOptions(text, field.Options);
        text.Append(";\n");
    }

    private static void AppendGroup(StringBuilder text, ProtoField field, ProtoMessage group, int depth)
    {
        var body = new StringBuilder();
        AppendType(body, group, depth);
        var header = $"{new string(' ', depth * 2)}message {group.Name} {{";
        text.Append(' ', depth * 2);
        if (field.Label != ProtoLabel.None)
        {
            text.Append(field.Label.ToString().ToLowerInvariant()).Append(' ');
        }

        text.Append("group ").Append(group.Name).Append(" = ").Append(field.Number);
        AppendInlineOptions(text, field.Options);
        text.Append(" {").Append(body.ToString()[header.Length..]);
    }

    private static void AppendOptions(StringBuilder text, IEnumerable<ProtoOption> options, int depth)
    {
        foreach (var option in options.OrderBy(o => o.Name, StringComparer.Ordinal))
        {
            text.Append(' ', depth * 2).Append("option ").Append(option.Name).Append(" = ").Append(option.Value).Append(";\n");
        }
    }

    private static void AppendInlineOptions(StringBuilder text, IReadOnlyList<ProtoOption> options)
    {
        if (options.Count > 0)
        {
            text.Append(" [").Append(string.Join(", ", options.OrderBy(o => o.Name, StringComparer.Ordinal).Select(o => $"{o.Name} = {o.Value}"))).Append(']');
        }
    }

    private static void AppendReserved(StringBuilder text, IEnumerable<ProtoReserved> reserved, int depth, string keyword)
    {
        var ranges = reserved.SelectMany(r => r.Ranges).OrderBy(r => r.Start).ToList();
        var names = reserved.SelectMany(r => r.Names).Order(StringComparer.Ordinal).ToList();
        if (ranges.Count > 0)
        {
            text.Append(' ', depth * 2).Append(keyword).Append(' ')
                .Append(string.Join(", ", ranges.Select(r => r.Start == r.End ? $"{r.Start}" : $"{r.Start} to {r.End}"))).Append(";\n");
        }

        if (names.Count > 0)
        {
            text.Append(' ', depth * 2).Append(keyword).Append(' ').Append(string.Join(", ", names.Select(ProtoParser.Quote))).Append(";\n");
        }
    }

    private static void AppendService(StringBuilder text, ProtoService service)
    {
        text.Append("service ").Append(service.Name).Append(" {\n");
        AppendOptions(text, service.Options, 1);
        foreach (var rpc in service.Rpcs)
        {
            text.Append("  rpc ").Append(rpc.Name).Append(" (").Append(rpc.ClientStreaming ? "stream " : "").Append(rpc.RequestType)
                .Append(") returns (").Append(rpc.ServerStreaming ? "stream " : "").Append(rpc.ResponseType).Append(')');
            if (rpc.Options.Count > 0)
            {
                text.Append(" {\n");
                AppendOptions(text, rpc.Options, 2);
                text.Append("  }\n");
            }
            else
            {
                text.Append(";\n");
            }
        }

        text.Append("}\n");
    }
}
