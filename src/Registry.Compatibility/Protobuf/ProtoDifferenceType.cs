namespace DataSpine.Registry.Compatibility.Protobuf;

/// <summary>The kinds of change Confluent's Protobuf diff reports (Difference.Type).</summary>
public enum ProtoDifferenceType
{
    PackageChanged,
    MessageAdded,
    MessageRemoved,
    MessageMoved,
    EnumAdded,
    EnumRemoved,
    EnumConstAdded,
    EnumConstChanged,
    EnumConstRemoved,
    FieldAdded,
    FieldRemoved,
    FieldNameChanged,
    FieldKindChanged,
    FieldScalarKindChanged,
    FieldNamedTypeChanged,
    FieldNumericLabelChanged,
    FieldStringOrBytesLabelChanged,
    RequiredFieldAdded,
    RequiredFieldRemoved,
    OneOfAdded,
    OneOfRemoved,
    OneOfFieldAdded,
    OneOfFieldRemoved,
    MultipleFieldsMovedToOneOf,
    FieldMovedToExistingOneOf,
}
