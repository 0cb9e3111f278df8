namespace DataSpine.Registry.Compatibility.Avro;

internal sealed partial class AvroCompatibility
{
    // The Java reference compares unqualified names, or the writer's full name against the reader's
    // aliases (SchemaCompatibility.schemaNameEquals); the registry follows it.
    private static IEnumerable<AvroIncompatibility> CheckName(AvroNamedType reader, AvroNamedType writer, string location)
    {
        if (reader.Name == writer.Name || reader.Aliases.Contains(writer.FullName) || reader.Aliases.Contains(writer.Name))
        {
            return [];
        }

        return [new AvroIncompatibility(AvroIncompatibilityType.NameMismatch, $"{location}/name", $"expected: {writer.FullName}")];
    }

    private static IEnumerable<AvroIncompatibility> CompareSymbols(AvroEnumType reader, AvroEnumType writer, string location)
    {
        var missing = writer.Symbols.Where(s => !reader.Symbols.Contains(s)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count == 0 || reader.Default is not null)
        {
            return [];
        }

        return [new AvroIncompatibility(AvroIncompatibilityType.MissingEnumSymbols, $"{location}/symbols", $"[{string.Join(", ", missing)}]")];
    }

    private List<AvroIncompatibility> CompareFields(AvroRecordType reader, AvroRecordType writer, string location)
    {
        var result = new List<AvroIncompatibility>();
        foreach (var field in reader.Fields)
        {
            var path = $"{location}/fields/{field.Position}";
            var writerField = writer.FindField(field.Name)
                ?? field.Aliases.Select(writer.FindField).FirstOrDefault(f => f is not null);
            if (writerField is not null)
            {
                result.AddRange(Compare(field.Type, writerField.Type, $"{path}/type"));
            }
            else if (!field.HasDefault)
            {
                result.Add(new AvroIncompatibility(AvroIncompatibilityType.ReaderFieldMissingDefaultValue, path, field.Name));
            }
        }

        return result;
    }
}
