namespace DataSpine.Registry.Compatibility.Json;

/// <summary>
/// Differences from an original (writer) schema to an update (reader) schema with the rules of
/// Confluent's JSON Schema diff: the update must accept every document the original accepted, and
/// the content model (open, closed or partially open via additionalProperties/patternProperties)
/// decides whether adding or removing a property is safe.
/// </summary>
internal static partial class JsonSchemaDiff
{
    public static List<JsonDifference> Compare(JsonSchemaNode original, JsonSchemaNode update)
    {
        var ctx = new JsonDiffContext();
        Compare(ctx, original, update);
        return ctx.Differences;
    }

    private static void Compare(JsonDiffContext ctx, JsonSchemaNode? original, JsonSchemaNode? update)
    {
        if (original is null || update is null)
        {
            if (original is not null)
            {
                ctx.Add(JsonDifferenceType.SchemaRemoved);
            }
            else if (update is not null)
            {
                ctx.Add(JsonDifferenceType.SchemaAdded);
            }

            return;
        }

        original = Normalize(original);
        update = Normalize(update);
        if (CompareAcrossCombination(ctx, original, update))
        {
            return;
        }

        if (original.GetType() != update.GetType())
        {
            if (original is not JsonFalseSchema && update is not JsonEmptySchema)
            {
                ctx.Add(JsonDifferenceType.TypeChanged);
            }

            return;
        }

        if (!ctx.EnterSchema(original))
        {
            return;
        }

        try
        {
            CompareAnnotations(ctx, original, update);
            CompareSameKind(ctx, original, update);
        }
        finally
        {
            ctx.ExitSchema(original);
        }
    }

    private static JsonSchemaNode Normalize(JsonSchemaNode schema)
    {
        var seen = new HashSet<JsonSchemaNode>(ReferenceEqualityComparer.Instance);
        while (schema is JsonReferenceSchema { Referred: { } referred } && seen.Add(schema))
        {
            schema = referred;
        }

        return schema;
    }

    /// <summary>A plain schema against a combined one: singleton unions, a new sum type, or a dropped product member.</summary>
    private static bool CompareAcrossCombination(JsonDiffContext ctx, JsonSchemaNode original, JsonSchemaNode update)
    {
        if (original is not JsonCombinedSchema && update is JsonCombinedSchema combinedUpdate)
        {
            if (combinedUpdate.Subschemas.Count == 1)
            {
                return TryCompatible(ctx, original, combinedUpdate.Subschemas[0], null);
            }

            if (combinedUpdate.Criterion is JsonCombination.AnyOf or JsonCombination.OneOf)
            {
                return combinedUpdate.Subschemas.Any(s => TryCompatible(ctx, original, s, JsonDifferenceType.SumTypeExtended));
            }
        }
        else if (original is JsonCombinedSchema combinedOriginal && update is not JsonCombinedSchema)
        {
            if (combinedOriginal.Subschemas.Count == 1)
            {
                return TryCompatible(ctx, combinedOriginal.Subschemas[0], update, null);
            }

            if (combinedOriginal.Criterion == JsonCombination.AllOf)
            {
                return combinedOriginal.Subschemas.Any(s => TryCompatible(ctx, s, update, JsonDifferenceType.ProductTypeNarrowed));
            }
        }

        return false;
    }

    private static bool TryCompatible(JsonDiffContext ctx, JsonSchemaNode original, JsonSchemaNode update, JsonDifferenceType? marker)
    {
        var sub = ctx.Subcontext();
        Compare(sub, original, update);
        if (!sub.IsCompatible)
        {
            return false;
        }

        ctx.Differences.AddRange(sub.Differences);
        if (marker is { } type)
        {
            ctx.Add(type);
        }

        return true;
    }

    private static void CompareAnnotations(JsonDiffContext ctx, JsonSchemaNode original, JsonSchemaNode update)
    {
        if (original.Id != update.Id)
        {
            ctx.Add(JsonDifferenceType.IdChanged);
        }

        if (original.Title != update.Title)
        {
            ctx.Add(JsonDifferenceType.TitleChanged);
        }

        if (original.Description != update.Description)
        {
            ctx.Add(JsonDifferenceType.DescriptionChanged);
        }

        if (original.HasDefault != update.HasDefault || JsonCanonical.Write(original.Default) != JsonCanonical.Write(update.Default))
        {
            ctx.Add(JsonDifferenceType.DefaultChanged);
        }
    }

    private static void CompareSameKind(JsonDiffContext ctx, JsonSchemaNode original, JsonSchemaNode update)
    {
        switch (original)
        {
            case JsonStringSchema s:
                CompareStrings(ctx, s, (JsonStringSchema)update);
                break;
            case JsonNumberSchema n:
                CompareNumbers(ctx, n, (JsonNumberSchema)update);
                break;
            case JsonEnumSchema e:
                CompareEnums(ctx, e, (JsonEnumSchema)update);
                break;
            case JsonConstSchema c when c.Value != ((JsonConstSchema)update).Value:
                ctx.Add("const", JsonDifferenceType.EnumArrayChanged);
                break;
            case JsonCombinedSchema c:
                CompareCombined(ctx, c, (JsonCombinedSchema)update);
                break;
            case JsonNotSchema n:
                CompareNot(ctx, n, (JsonNotSchema)update);
                break;
            case JsonObjectSchema o:
                CompareObjects(ctx, o, (JsonObjectSchema)update);
                break;
            case JsonArraySchema a:
                CompareArrays(ctx, a, (JsonArraySchema)update);
                break;
        }
    }

    private static void CompareEnums(JsonDiffContext ctx, JsonEnumSchema original, JsonEnumSchema update)
    {
        if (original.Values.SetEquals(update.Values))
        {
            return;
        }

        ctx.Add("enum", update.Values.IsSupersetOf(original.Values)
            ? JsonDifferenceType.EnumArrayExtended
            : original.Values.IsSupersetOf(update.Values) ? JsonDifferenceType.EnumArrayNarrowed : JsonDifferenceType.EnumArrayChanged);
    }

    // The wrapped schemas swap roles: accepting more under "not" means accepting less overall.
    private static void CompareNot(JsonDiffContext ctx, JsonNotSchema original, JsonNotSchema update)
    {
        ctx.EnterPath("not");
        var sub = ctx.Subcontext();
        Compare(sub, update.MustNotMatch, original.MustNotMatch);
        ctx.Add(sub.IsCompatible ? JsonDifferenceType.NotTypeNarrowed : JsonDifferenceType.NotTypeExtended);
        ctx.ExitPath();
    }
}
