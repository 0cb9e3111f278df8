namespace DataSpine.Registry.Compatibility.Avro;

/// <summary>
/// Reader/writer compatibility per the specification's "Schema Resolution" section. Pairs are
/// memoized; a pair met again while it is being checked (a recursive record) counts as compatible,
/// since any incompatibility would show up on the first visit.
/// </summary>
internal sealed partial class AvroCompatibility
{
    private readonly Dictionary<(AvroType Reader, AvroType Writer), List<AvroIncompatibility>?> _memo = [];

    /// <summary>Incompatibilities with JSON-pointer locations into the reader ("/" is the root).</summary>
    public List<AvroIncompatibility> Check(AvroType reader, AvroType writer) =>
        Compare(reader, writer, "").Select(i => i.Location.Length == 0 ? i with { Location = "/" } : i).ToList();

    private List<AvroIncompatibility> Compare(AvroType reader, AvroType writer, string location)
    {
        if (_memo.TryGetValue((reader, writer), out var known))
        {
            return known ?? [];
        }

        _memo[(reader, writer)] = null;
        var result = reader.Kind == writer.Kind
            ? CompareSameKind(reader, writer, location)
            : CompareDifferentKinds(reader, writer, location);
        _memo[(reader, writer)] = result;
        return result;
    }

    private List<AvroIncompatibility> CompareSameKind(AvroType reader, AvroType writer, string location)
    {
        switch (reader)
        {
            case AvroRecordType record:
                return [.. CheckName(record, (AvroNamedType)writer, location), .. CompareFields(record, (AvroRecordType)writer, location)];
            case AvroEnumType enumType:
                return [.. CheckName(enumType, (AvroNamedType)writer, location), .. CompareSymbols(enumType, (AvroEnumType)writer, location)];
            case AvroFixedType fixedType:
                var size = ((AvroFixedType)writer).Size;
                return
                [
                    .. CheckName(fixedType, (AvroNamedType)writer, location),
                    .. fixedType.Size == size
                        ? []
                        : new[] { new AvroIncompatibility(AvroIncompatibilityType.FixedSizeMismatch, $"{location}/size", $"expected: {size}, found: {fixedType.Size}") },
                ];
            case AvroArrayType array:
                return Compare(array.Items, ((AvroArrayType)writer).Items, $"{location}/items");
            case AvroMapType map:
                return Compare(map.Values, ((AvroMapType)writer).Values, $"{location}/values");
            case AvroUnionType:
                return EachWriterBranch(reader, (AvroUnionType)writer, location);
            default:
                return [];
        }
    }

    private List<AvroIncompatibility> CompareDifferentKinds(AvroType reader, AvroType writer, string location)
    {
        // A reader that can read every branch of a writer union is compatible; like the Java
        // reference, the branch index is not part of the location here.
        if (writer is AvroUnionType writerUnion)
        {
            return writerUnion.Branches.SelectMany(b => Compare(reader, b, location)).ToList();
        }

        if (IsPromotion(reader.Kind, writer.Kind))
        {
            return [];
        }

        if (reader is AvroUnionType readerUnion)
        {
            // Specification: the first reader branch that matches the writer is used.
            foreach (var branch in readerUnion.Branches)
            {
                if (Compare(branch, writer, location).Count == 0)
                {
                    return [];
                }
            }

            return [new AvroIncompatibility(AvroIncompatibilityType.MissingUnionBranch, location, $"reader union lacking writer type: {KindName(writer)}")];
        }

        return [new AvroIncompatibility(AvroIncompatibilityType.TypeMismatch, location, $"reader type: {KindName(reader)} not compatible with writer type: {KindName(writer)}")];
    }

    private List<AvroIncompatibility> EachWriterBranch(AvroType reader, AvroUnionType writer, string location)
    {
        var result = new List<AvroIncompatibility>();
        for (var i = 0; i < writer.Branches.Count; i++)
        {
            result.AddRange(Compare(reader, writer.Branches[i], $"{location}/{i}"));
        }

        return result;
    }

    // Specification, "Schema Resolution": the writer's type may be promoted to the reader's.
    private static bool IsPromotion(AvroKind reader, AvroKind writer) => (reader, writer) switch
    {
        (AvroKind.Long, AvroKind.Int) => true,
        (AvroKind.Float, AvroKind.Int or AvroKind.Long) => true,
        (AvroKind.Double, AvroKind.Int or AvroKind.Long or AvroKind.Float) => true,
        (AvroKind.String, AvroKind.Bytes) or (AvroKind.Bytes, AvroKind.String) => true,
        _ => false,
    };

    private static string KindName(AvroType type) => type.Kind.ToString().ToUpperInvariant();
}
