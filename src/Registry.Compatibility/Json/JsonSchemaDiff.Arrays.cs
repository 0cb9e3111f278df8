namespace DataSpine.Registry.Compatibility.Json;

internal static partial class JsonSchemaDiff
{
    private static void CompareArrays(JsonDiffContext ctx, JsonArraySchema original, JsonArraySchema update)
    {
        ctx.EnterPath("items");
        Compare(ctx, original.AllItems, update.AllItems);
        ctx.ExitPath();
        CompareItemLists(ctx, original, update);
        CompareAdditionalItems(ctx, original, update);
        CompareLimit(ctx, "maxItems", original.MaxItems, update.MaxItems,
            JsonDifferenceType.MaxItemsAdded, JsonDifferenceType.MaxItemsRemoved, JsonDifferenceType.MaxItemsIncreased, JsonDifferenceType.MaxItemsDecreased);
        CompareLimit(ctx, "minItems", original.MinItems, update.MinItems,
            JsonDifferenceType.MinItemsAdded, JsonDifferenceType.MinItemsRemoved, JsonDifferenceType.MinItemsIncreased, JsonDifferenceType.MinItemsDecreased);
        if (original.UniqueItems != update.UniqueItems)
        {
            ctx.Add("uniqueItems", original.UniqueItems ? JsonDifferenceType.UniqueItemsRemoved : JsonDifferenceType.UniqueItemsAdded);
        }
    }

    private static void CompareAdditionalItems(JsonDiffContext ctx, JsonArraySchema original, JsonArraySchema update)
    {
        ctx.EnterPath("additionalItems");
        if (original.PermitsAdditionalItems != update.PermitsAdditionalItems)
        {
            ctx.Add(original.PermitsAdditionalItems ? JsonDifferenceType.AdditionalItemsRemoved : JsonDifferenceType.AdditionalItemsAdded);
        }
        else if (original.AdditionalItemsSchema is null && update.AdditionalItemsSchema is not null)
        {
            ctx.Add(JsonDifferenceType.AdditionalItemsNarrowed);
        }
        else if (original.AdditionalItemsSchema is not null && update.AdditionalItemsSchema is null)
        {
            ctx.Add(JsonDifferenceType.AdditionalItemsExtended);
        }
        else
        {
            Compare(ctx, original.AdditionalItemsSchema, update.AdditionalItemsSchema);
        }

        ctx.ExitPath();
    }

    // Tuple validation: positions present in both are compared; extra positions are judged by the
    // content model (additionalItems) of the side that lacks them.
    private static void CompareItemLists(JsonDiffContext ctx, JsonArraySchema original, JsonArraySchema update)
    {
        var before = original.ItemSchemas ?? [];
        var after = update.ItemSchemas ?? [];
        for (var i = 0; i < Math.Max(before.Count, after.Count); i++)
        {
            ctx.EnterPath($"items/{i}");
            if (i < before.Count && i < after.Count)
            {
                Compare(ctx, before[i], after[i]);
            }
            else if (i < before.Count)
            {
                ItemRemoved(ctx, before[i], update);
            }
            else
            {
                ItemAdded(ctx, after[i], original);
            }

            ctx.ExitPath();
        }
    }

    private static void ItemRemoved(JsonDiffContext ctx, JsonSchemaNode originalItem, JsonArraySchema update)
    {
        if (IsOpen(update))
        {
            ctx.Add(JsonDifferenceType.ItemRemovedFromOpenContentModel);
        }
        else if (update.AdditionalItemsSchema is { } partial)
        {
            var sub = ctx.Subcontext();
            Compare(sub, originalItem, partial);
            ctx.Differences.AddRange(sub.Differences);
            ctx.Add(sub.IsCompatible ? JsonDifferenceType.ItemRemovedIsCoveredByPartiallyOpenContentModel : JsonDifferenceType.ItemRemovedNotCoveredByPartiallyOpenContentModel);
        }
        else
        {
            ctx.Add(originalItem is JsonFalseSchema ? JsonDifferenceType.ItemWithFalseRemovedFromClosedContentModel : JsonDifferenceType.ItemRemovedFromClosedContentModel);
        }
    }

    private static void ItemAdded(JsonDiffContext ctx, JsonSchemaNode updateItem, JsonArraySchema original)
    {
        if (IsOpen(original))
        {
            ctx.Add(updateItem is JsonEmptySchema ? JsonDifferenceType.ItemWithEmptySchemaAddedToOpenContentModel : JsonDifferenceType.ItemAddedToOpenContentModel);
        }
        else if (original.AdditionalItemsSchema is { } partial)
        {
            var sub = ctx.Subcontext();
            Compare(sub, partial, updateItem);
            ctx.Differences.AddRange(sub.Differences);
            ctx.Add(sub.IsCompatible ? JsonDifferenceType.ItemAddedIsCoveredByPartiallyOpenContentModel : JsonDifferenceType.ItemAddedNotCoveredByPartiallyOpenContentModel);
        }
        else
        {
            ctx.Add(JsonDifferenceType.ItemAddedToClosedContentModel);
        }
    }

    private static bool IsOpen(JsonArraySchema schema) => schema.PermitsAdditionalItems && schema.AdditionalItemsSchema is null;
}
