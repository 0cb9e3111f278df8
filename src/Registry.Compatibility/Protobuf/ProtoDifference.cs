using System.Text;

namespace DataSpine.Registry.Compatibility.Protobuf;

/// <summary>
/// One change from the writer's (old) schema to the reader's (new) schema at a path such as
/// <c>#/Outer/Inner/3</c> (message names, oneof names and field numbers).
/// </summary>
public sealed record ProtoDifference(ProtoDifferenceType Type, string Path)
{
    // A package change alone does not change the wire format; Confluent's diff vectors accept it.
    private static readonly HashSet<ProtoDifferenceType> CompatibleChanges =
    [
        ProtoDifferenceType.PackageChanged,
        ProtoDifferenceType.MessageAdded,
        ProtoDifferenceType.MessageMoved,
        ProtoDifferenceType.EnumAdded,
        ProtoDifferenceType.EnumRemoved,
        ProtoDifferenceType.EnumConstAdded,
        ProtoDifferenceType.EnumConstChanged,
        ProtoDifferenceType.EnumConstRemoved,
        ProtoDifferenceType.FieldAdded,
        ProtoDifferenceType.FieldRemoved,
        ProtoDifferenceType.FieldNameChanged,
        ProtoDifferenceType.FieldStringOrBytesLabelChanged,
        ProtoDifferenceType.OneOfAdded,
        ProtoDifferenceType.OneOfRemoved,
        ProtoDifferenceType.OneOfFieldAdded,
    ];

    public bool IsCompatible => CompatibleChanges.Contains(Type);

    /// <summary>The upper snake case name Confluent prints ("FIELD_KIND_CHANGED").</summary>
    public string ErrorType
    {
        get
        {
            var name = Type.ToString().Replace("OneOf", "Oneof", StringComparison.Ordinal);
            var text = new StringBuilder();
            foreach (var c in name)
            {
                if (char.IsUpper(c) && text.Length > 0)
                {
                    text.Append('_');
                }

                text.Append(char.ToUpperInvariant(c));
            }

            return text.ToString();
        }
    }

    public string Description => Type switch
    {
        ProtoDifferenceType.PackageChanged => $"The package at '{Path}' in the new schema does not match the package in the old schema",
        ProtoDifferenceType.MessageRemoved => $"The new schema is missing a message at path '{Path}' in the old schema",
        ProtoDifferenceType.FieldKindChanged => $"The kind of a field at path '{Path}' in the new schema does not match its kind in the old schema",
        ProtoDifferenceType.FieldScalarKindChanged => $"The scalar kind of a field at path '{Path}' in the new schema does not match its kind in the old schema",
        ProtoDifferenceType.FieldNamedTypeChanged => $"The type of a field at path '{Path}' in the new schema does not match its type in the old schema",
        ProtoDifferenceType.FieldNumericLabelChanged => $"The label for a numeric field at path '{Path}' in the new schema does not match its label in the old schema",
        ProtoDifferenceType.RequiredFieldAdded => $"A required field at path '{Path}' in the new schema is not in the old schema",
        ProtoDifferenceType.RequiredFieldRemoved => $"The new schema is missing a required field at path '{Path}' in the old schema",
        ProtoDifferenceType.OneOfFieldRemoved => $"The new schema is missing a field inside a oneof at path '{Path}' in the old schema",
        ProtoDifferenceType.MultipleFieldsMovedToOneOf => $"Multiple fields in the old schema were moved to a single oneof at path '{Path}' in the new schema",
        ProtoDifferenceType.FieldMovedToExistingOneOf => $"A field in the old schema was moved to an existing oneof at path '{Path}' in the new schema",
        _ => $"{ErrorType} at path '{Path}'",
    };

    public override string ToString() => $"{{errorType:'{ErrorType}', description:'{Description}'}}";
}
