namespace DataSpine.Registry.Compatibility.Protobuf;

internal static partial class ProtoSchemaDiff
{
    private enum Kind
    {
        Scalar,
        Map,
        Message,
    }

    // Wire-compatible groups from the Protocol Buffers guide, "Updating A Message Type".
    private enum ScalarKind
    {
        GeneralNumber,
        SignedNumber,
        StringOrBytes,
        Fixed32,
        Fixed64,
        Float,
        Double,
    }

    private readonly record struct TypeRef(string Name, string? Key = null, string? Value = null)
    {
        public bool IsMap => Key is not null;
    }

    private static void CompareFields(ProtoDiffContext ctx, ProtoField original, ProtoField update)
    {
        if (original.Name != update.Name)
        {
            ctx.Add(ProtoDifferenceType.FieldNameChanged);
        }

        CompareLabelsAndTypes(ctx, original.Label, update.Label, Ref(original), Ref(update));
    }

    private static TypeRef Ref(ProtoField field) => new(field.Type, field.MapKey, field.MapValue);

    private static void CompareLabelsAndTypes(ProtoDiffContext ctx, ProtoLabel originalLabel, ProtoLabel updateLabel, TypeRef original, TypeRef update)
    {
        var originalKind = KindOf(ctx, original, true);
        if (originalKind != KindOf(ctx, update, false))
        {
            ctx.Add(ProtoDifferenceType.FieldKindChanged);
            return;
        }

        switch (originalKind)
        {
            case Kind.Scalar:
                CompareScalars(ctx, originalLabel, updateLabel, original.Name, update.Name);
                break;
            case Kind.Message:
                CompareMessageTypes(ctx, original.Name, update.Name);
                break;
            default:
                CompareLabelsAndTypes(ctx, ProtoLabel.None, ProtoLabel.None, new TypeRef(original.Key!), new TypeRef(update.Key!));
                CompareLabelsAndTypes(ctx, ProtoLabel.None, ProtoLabel.None, new TypeRef(original.Value!), new TypeRef(update.Value!));
                break;
        }
    }

    // Confluent only compares labels when both are written, so a proto3 singular field (no label)
    // becoming repeated is not reported.
    private static void CompareScalars(ProtoDiffContext ctx, ProtoLabel originalLabel, ProtoLabel updateLabel, string original, string update)
    {
        var originalKind = ScalarKindOf(original);
        if (originalKind != ScalarKindOf(update))
        {
            ctx.Add(ProtoDifferenceType.FieldScalarKindChanged);
        }
        else if (originalLabel != ProtoLabel.None && updateLabel != ProtoLabel.None && originalLabel != updateLabel)
        {
            ctx.Add(originalKind == ScalarKind.StringOrBytes
                ? ProtoDifferenceType.FieldStringOrBytesLabelChanged
                : ProtoDifferenceType.FieldNumericLabelChanged);
        }
    }

    private static void CompareMessageTypes(ProtoDiffContext ctx, string original, string update)
    {
        var originalFullName = ctx.Resolve(original, true);
        var updateFullName = ctx.Resolve(update, false);
        if (originalFullName is null || updateFullName is null)
        {
            if (original != update)
            {
                ctx.Add(ProtoDifferenceType.FieldNamedTypeChanged);
            }

            return;
        }

        var originalType = ctx.GetType(originalFullName, true)!;
        var updateType = ctx.GetType(updateFullName, false)!;
        var originalLocal = LocalName(originalFullName, originalType.Package);
        var updateLocal = LocalName(updateFullName, updateType.Package);
        if (originalLocal != updateLocal)
        {
            ctx.Add(ProtoDifferenceType.FieldNamedTypeChanged);
            return;
        }

        // Types of this schema are compared where they are declared; referenced types only when
        // they come from a different subject or version.
        if (originalType.Subject == updateType.Subject && originalType.Version == updateType.Version)
        {
            return;
        }

        if (originalType.Element is ProtoMessage originalMessage && updateType.Element is ProtoMessage updateMessage)
        {
            var sub = ctx.Subcontext();
            sub.OriginalPackage = originalType.Package;
            sub.UpdatePackage = updateType.Package;
            sub.SetFullName(originalLocal);
            CompareMessages(sub, originalMessage, updateMessage);
            ctx.Differences.AddRange(sub.Differences);
            if (!sub.IsCompatible)
            {
                ctx.Add(ProtoDifferenceType.FieldNamedTypeChanged);
            }
        }
    }

    private static string LocalName(string fullName, string package) =>
        package.Length > 0 && fullName.StartsWith(package + ".", StringComparison.Ordinal) ? fullName[(package.Length + 1)..] : fullName;

    private static Kind KindOf(ProtoDiffContext ctx, TypeRef type, bool isOriginal)
    {
        if (type.IsMap)
        {
            return Kind.Map;
        }

        if (ProtoScalars.IsScalar(type.Name))
        {
            return Kind.Scalar;
        }

        var info = ctx.GetType(type.Name, isOriginal);
        return info?.Element is ProtoEnum ? Kind.Scalar : Kind.Message;
    }

    private static ScalarKind ScalarKindOf(string type) => type switch
    {
        "int32" or "int64" or "uint32" or "uint64" or "bool" => ScalarKind.GeneralNumber,
        "sint32" or "sint64" => ScalarKind.SignedNumber,
        "string" or "bytes" => ScalarKind.StringOrBytes,
        "fixed32" or "sfixed32" => ScalarKind.Fixed32,
        "fixed64" or "sfixed64" => ScalarKind.Fixed64,
        "float" => ScalarKind.Float,
        "double" => ScalarKind.Double,
        // Only enums reach here: they are varints on the wire, like int32.
        _ => ScalarKind.GeneralNumber,
    };
}
