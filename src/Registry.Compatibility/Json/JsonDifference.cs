using System.Text;

namespace DataSpine.Registry.Compatibility.Json;

/// <summary>One change from the writer's (old) schema to the reader's (new) schema at a JSON pointer path.</summary>
public sealed record JsonDifference(JsonDifferenceType Type, string Path)
{
    // Confluent's SchemaDiff.COMPATIBLE_CHANGES: the new schema still accepts everything the old one did.
    private static readonly HashSet<JsonDifferenceType> CompatibleChanges =
    [
        JsonDifferenceType.IdChanged,
        JsonDifferenceType.DescriptionChanged,
        JsonDifferenceType.TitleChanged,
        JsonDifferenceType.DefaultChanged,
        JsonDifferenceType.SchemaRemoved,
        JsonDifferenceType.TypeExtended,
        JsonDifferenceType.MaxLengthIncreased,
        JsonDifferenceType.MaxLengthRemoved,
        JsonDifferenceType.MinLengthDecreased,
        JsonDifferenceType.MinLengthRemoved,
        JsonDifferenceType.PatternRemoved,
        JsonDifferenceType.MaximumIncreased,
        JsonDifferenceType.MaximumRemoved,
        JsonDifferenceType.MinimumDecreased,
        JsonDifferenceType.MinimumRemoved,
        JsonDifferenceType.ExclusiveMaximumIncreased,
        JsonDifferenceType.ExclusiveMaximumRemoved,
        JsonDifferenceType.ExclusiveMinimumDecreased,
        JsonDifferenceType.ExclusiveMinimumRemoved,
        JsonDifferenceType.MultipleOfReduced,
        JsonDifferenceType.MultipleOfRemoved,
        JsonDifferenceType.RequiredAttributeWithDefaultAdded,
        JsonDifferenceType.RequiredAttributeRemoved,
        JsonDifferenceType.DependencyArrayNarrowed,
        JsonDifferenceType.DependencyArrayRemoved,
        JsonDifferenceType.DependencySchemaRemoved,
        JsonDifferenceType.MaxPropertiesIncreased,
        JsonDifferenceType.MaxPropertiesRemoved,
        JsonDifferenceType.MinPropertiesDecreased,
        JsonDifferenceType.MinPropertiesRemoved,
        JsonDifferenceType.AdditionalPropertiesAdded,
        JsonDifferenceType.AdditionalPropertiesExtended,
        JsonDifferenceType.PropertyWithEmptySchemaAddedToOpenContentModel,
        JsonDifferenceType.RequiredPropertyWithDefaultAddedToUnopenContentModel,
        JsonDifferenceType.OptionalPropertyAddedToUnopenContentModel,
        JsonDifferenceType.PropertyWithFalseRemovedFromClosedContentModel,
        JsonDifferenceType.PropertyRemovedFromOpenContentModel,
        JsonDifferenceType.PropertyAddedIsCoveredByPartiallyOpenContentModel,
        JsonDifferenceType.PropertyRemovedIsCoveredByPartiallyOpenContentModel,
        JsonDifferenceType.MaxItemsIncreased,
        JsonDifferenceType.MaxItemsRemoved,
        JsonDifferenceType.MinItemsDecreased,
        JsonDifferenceType.MinItemsRemoved,
        JsonDifferenceType.UniqueItemsRemoved,
        JsonDifferenceType.AdditionalItemsAdded,
        JsonDifferenceType.AdditionalItemsExtended,
        JsonDifferenceType.ItemWithEmptySchemaAddedToOpenContentModel,
        JsonDifferenceType.ItemAddedToClosedContentModel,
        JsonDifferenceType.ItemWithFalseRemovedFromClosedContentModel,
        JsonDifferenceType.ItemRemovedFromOpenContentModel,
        JsonDifferenceType.ItemAddedIsCoveredByPartiallyOpenContentModel,
        JsonDifferenceType.ItemRemovedIsCoveredByPartiallyOpenContentModel,
        JsonDifferenceType.EnumArrayExtended,
        JsonDifferenceType.CombinedTypeExtended,
        JsonDifferenceType.ProductTypeNarrowed,
        JsonDifferenceType.SumTypeExtended,
        JsonDifferenceType.NotTypeNarrowed,
    ];

    public bool IsCompatible => CompatibleChanges.Contains(Type);

    /// <summary>The upper snake case name Confluent prints ("TYPE_CHANGED").</summary>
    public string ErrorType
    {
        get
        {
            var text = new StringBuilder();
            foreach (var c in Type.ToString())
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

    public override string ToString() =>
        $"{{errorType:'{ErrorType}', description:'Found incompatible change {ErrorType} at path '{Path}' of the new schema'}}";
}
