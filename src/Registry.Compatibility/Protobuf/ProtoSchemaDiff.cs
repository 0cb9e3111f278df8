namespace DataSpine.Registry.Compatibility.Protobuf;

/// <summary>
/// Differences from an original (writer) schema to an update (reader) schema with the rules of
/// Confluent's registry (protobuf diff: SchemaDiff, MessageSchemaDiff, FieldSchemaDiff, OneOfDiff,
/// EnumSchemaDiff), which follow the "Updating A Message Type" rules of the Protocol Buffers guide.
/// </summary>
internal static partial class ProtoSchemaDiff
{
    public static List<ProtoDifference> Compare(ProtobufSchema original, ProtobufSchema update)
    {
        var ctx = new ProtoDiffContext(original.Symbols, update.Symbols)
        {
            OriginalPackage = original.File.Package ?? "",
            UpdatePackage = update.File.Package ?? "",
        };
        if (original.File.Package != update.File.Package)
        {
            ctx.Add(ProtoDifferenceType.PackageChanged);
        }

        CompareTypes(ctx, original.File.Types, update.File.Types);
        return ctx.Differences;
    }

    private static void CompareTypes(ProtoDiffContext ctx, List<ProtoTypeElement> original, List<ProtoTypeElement> update)
    {
        var originalMessages = Messages(original);
        var updateMessages = Messages(update);
        foreach (var name in originalMessages.Keys.Union(updateMessages.Keys).Order(StringComparer.Ordinal))
        {
            ctx.EnterName(name);
            var hasOriginal = originalMessages.TryGetValue(name, out var o);
            var hasUpdate = updateMessages.TryGetValue(name, out var u);
            if (!hasUpdate)
            {
                if (!o.Message.IsMapEntry)
                {
                    ctx.Add(ProtoDifferenceType.MessageRemoved);
                }
            }
            else if (!hasOriginal)
            {
                if (!u.Message.IsMapEntry)
                {
                    ctx.Add(ProtoDifferenceType.MessageAdded);
                }
            }
            else
            {
                CompareMessages(ctx, o.Message, u.Message);

                // Moving a message is compatible: serialized message indexes refer to the writer's schema id.
                if (o.Index != u.Index)
                {
                    ctx.Add(ProtoDifferenceType.MessageMoved);
                }
            }

            ctx.ExitName();
        }

        var originalEnums = original.OfType<ProtoEnum>().ToDictionary(e => e.Name);
        var updateEnums = update.OfType<ProtoEnum>().ToDictionary(e => e.Name);
        foreach (var name in originalEnums.Keys.Union(updateEnums.Keys).Order(StringComparer.Ordinal))
        {
            ctx.EnterName(name);
            if (!updateEnums.TryGetValue(name, out var u))
            {
                ctx.Add(ProtoDifferenceType.EnumRemoved);
            }
            else if (!originalEnums.TryGetValue(name, out var o))
            {
                ctx.Add(ProtoDifferenceType.EnumAdded);
            }
            else
            {
                CompareEnums(ctx, o, u);
            }

            ctx.ExitName();
        }
    }

    private static Dictionary<string, (ProtoMessage Message, int Index)> Messages(List<ProtoTypeElement> types) =>
        types.OfType<ProtoMessage>().Select((m, i) => (m, i)).ToDictionary(p => p.m.Name, p => (p.m, p.i));

    private static void CompareEnums(ProtoDiffContext ctx, ProtoEnum original, ProtoEnum update)
    {
        var originalByNumber = original.Values.GroupBy(v => v.Number).ToDictionary(g => g.Key, g => g.Last());
        var updateByNumber = update.Values.GroupBy(v => v.Number).ToDictionary(g => g.Key, g => g.Last());
        foreach (var number in originalByNumber.Keys.Union(updateByNumber.Keys).Order())
        {
            ctx.EnterPath(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (!updateByNumber.TryGetValue(number, out var u))
            {
                ctx.Add(ProtoDifferenceType.EnumConstRemoved);
            }
            else if (!originalByNumber.TryGetValue(number, out var o))
            {
                ctx.Add(ProtoDifferenceType.EnumConstAdded);
            }
            else if (o.Name != u.Name)
            {
                ctx.Add(ProtoDifferenceType.EnumConstChanged);
            }

            ctx.ExitPath();
        }
    }
}
