namespace DataSpine.Registry.Compatibility.Avro;

/// <summary>
/// One reason a reader cannot read a writer's data. <see cref="Location"/> is a JSON-pointer-like
/// path into the reader schema. <see cref="ToString"/> gives Confluent's verbose message, where the
/// reader is "the new schema" and the writer "the old schema".
/// </summary>
public sealed record AvroIncompatibility(AvroIncompatibilityType Type, string Location, string AdditionalInfo)
{
    public string ErrorType => Type switch
    {
        AvroIncompatibilityType.NameMismatch => "NAME_MISMATCH",
        AvroIncompatibilityType.FixedSizeMismatch => "FIXED_SIZE_MISMATCH",
        AvroIncompatibilityType.MissingEnumSymbols => "MISSING_ENUM_SYMBOLS",
        AvroIncompatibilityType.ReaderFieldMissingDefaultValue => "READER_FIELD_MISSING_DEFAULT_VALUE",
        AvroIncompatibilityType.TypeMismatch => "TYPE_MISMATCH",
        _ => "MISSING_UNION_BRANCH",
    };

    public string Description => Type switch
    {
        AvroIncompatibilityType.NameMismatch => $"The name of the schema has changed (path '{Location}')",
        AvroIncompatibilityType.FixedSizeMismatch =>
            $"The size of FIXED type field at path '{Location}' in the new schema does not match with the old schema",
        AvroIncompatibilityType.MissingEnumSymbols =>
            $"The new schema is missing enum symbols '{AdditionalInfo}' at path '{Location}' in the old schema",
        AvroIncompatibilityType.ReaderFieldMissingDefaultValue =>
            $"The field '{AdditionalInfo}' at path '{Location}' in the new schema has no default value and is missing in the old schema",
        AvroIncompatibilityType.TypeMismatch =>
            $"The type (path '{Location}') of a field in the new schema does not match with the old schema",
        _ => $"The new schema is missing a type inside a union field at path '{Location}' in the old schema",
    };

    public override string ToString() =>
        $"{{errorType:'{ErrorType}', description:'{Description}', additionalInfo:'{AdditionalInfo}'}}";
}
