namespace DataSpine.Registry.Compatibility.Avro;

/// <summary>The incompatibility kinds of the Java reference implementation (SchemaIncompatibilityType).</summary>
public enum AvroIncompatibilityType
{
    NameMismatch,
    FixedSizeMismatch,
    MissingEnumSymbols,
    ReaderFieldMissingDefaultValue,
    TypeMismatch,
    MissingUnionBranch,
}
