using System.Runtime.CompilerServices;

namespace DataSpine.Registry.Compatibility.Avro;

internal sealed partial class AvroCompatibility
{
    // The Java reference compares unqualified names, or the writer's full name against the reader's
    // aliases (SchemaCompatibility.schemaNameEquals); the registry follows it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CheckName(AvroNamedType reader, AvroNamedType writer, List<AvroIncompatibility> into)
    {
        if (reader.Name == writer.Name || reader.Aliases.Contains(writer.FullName) || reader.Aliases.Contains(writer.Name))
        {
            return;
        }

        into.Add(new AvroIncompatibility(AvroIncompatibilityType.NameMismatch, At("/name"), $"expected: {writer.FullName}"));
    }

    private void CompareSymbols(AvroEnumType reader, AvroEnumType writer, List<AvroIncompatibility> into)
    {
        if (reader.Default is not null)
        {
            return;
        }

        var missing = writer.Symbols.Where(s => !reader.Symbols.Contains(s)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            into.Add(new AvroIncompatibility(AvroIncompatibilityType.MissingEnumSymbols, At("/symbols"), $"[{string.Join(", ", missing)}]"));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CompareFields(AvroRecordType reader, AvroRecordType writer, List<AvroIncompatibility> into)
    {
        foreach (var field in reader.Fields)
        {
            _location.Add(("/fields/", field.Position));
            if (FindWriterField(field, writer) is { } writerField)
            {
                if (!SameUnnamed(field.Type, writerField.Type))
                {
                    Descend(field.Type, writerField.Type, "/type", into);
                }
            }
            else if (!field.HasDefault)
            {
                into.Add(new AvroIncompatibility(AvroIncompatibilityType.ReaderFieldMissingDefaultValue, At(), field.Name));
            }

            _location.RemoveAt(_location.Count - 1);
        }
    }

    /// <summary>
    /// Equal trees without named types: the reader reads every writer branch with its own twin, so the
    /// walk would find nothing (and memoize nothing, as only named pairs are memoized); skipping it
    /// changes no result. Most fields of two versions of a subject are such twins.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool SameUnnamed(AvroType reader, AvroType writer) => (reader, writer) switch
    {
        (AvroPrimitiveType, AvroPrimitiveType) => reader.Kind == writer.Kind,
        (AvroArrayType r, AvroArrayType w) => SameUnnamed(r.Items, w.Items),
        (AvroMapType r, AvroMapType w) => SameUnnamed(r.Values, w.Values),
        (AvroUnionType r, AvroUnionType w) => SameBranches(r.Branches, w.Branches),
        _ => false,
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool SameBranches(IReadOnlyList<AvroType> reader, IReadOnlyList<AvroType> writer)
    {
        if (reader.Count != writer.Count)
        {
            return false;
        }

        for (var i = 0; i < reader.Count; i++)
        {
            if (!SameUnnamed(reader[i], writer[i]))
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static AvroField? FindWriterField(AvroField field, AvroRecordType writer)
    {
        // Names are unique in a record, and versions mostly append fields: try the same position first.
        if (field.Position < writer.Fields.Count && writer.Fields[field.Position] is var same && same.Name == field.Name)
        {
            return same;
        }

        if (writer.FindField(field.Name) is { } byName)
        {
            return byName;
        }

        foreach (var alias in field.Aliases)
        {
            if (writer.FindField(alias) is { } byAlias)
            {
                return byAlias;
            }
        }

        return null;
    }
}
