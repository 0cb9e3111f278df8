using System.Text.RegularExpressions;

namespace DataSpine.Registry.Compatibility.Json;

internal static partial class JsonSchemaDiff
{
    private static void CompareObjects(JsonDiffContext ctx, JsonObjectSchema original, JsonObjectSchema update)
    {
        CompareRequired(ctx, original, update);
        CompareProperties(ctx, original, update);
        CompareDependencies(ctx, original, update);
        CompareAdditionalProperties(ctx, original, update);
        CompareLimit(ctx, "maxProperties", original.MaxProperties, update.MaxProperties,
            JsonDifferenceType.MaxPropertiesAdded, JsonDifferenceType.MaxPropertiesRemoved, JsonDifferenceType.MaxPropertiesIncreased, JsonDifferenceType.MaxPropertiesDecreased);
        CompareLimit(ctx, "minProperties", original.MinProperties, update.MinProperties,
            JsonDifferenceType.MinPropertiesAdded, JsonDifferenceType.MinPropertiesRemoved, JsonDifferenceType.MinPropertiesIncreased, JsonDifferenceType.MinPropertiesDecreased);
    }

    private static void CompareRequired(JsonDiffContext ctx, JsonObjectSchema original, JsonObjectSchema update)
    {
        ctx.EnterPath("required");
        foreach (var name in original.Properties.Keys.Where(update.Properties.ContainsKey).Order(StringComparer.Ordinal))
        {
            var wasRequired = original.Required.Contains(name);
            var isRequired = update.Required.Contains(name);
            if (wasRequired && !isRequired)
            {
                ctx.Add(name, JsonDifferenceType.RequiredAttributeRemoved);
            }
            else if (!wasRequired && isRequired)
            {
                ctx.Add(name, update.Properties[name].HasDefault ? JsonDifferenceType.RequiredAttributeWithDefaultAdded : JsonDifferenceType.RequiredAttributeAdded);
            }
        }

        ctx.ExitPath();
    }

    private static void CompareProperties(JsonDiffContext ctx, JsonObjectSchema original, JsonObjectSchema update)
    {
        ctx.EnterPath("properties");
        foreach (var name in original.Properties.Keys.Union(update.Properties.Keys).Order(StringComparer.Ordinal))
        {
            ctx.EnterPath(name);
            var originalSchema = original.Properties.GetValueOrDefault(name);
            var updateSchema = update.Properties.GetValueOrDefault(name);
            if (updateSchema is null)
            {
                PropertyRemoved(ctx, originalSchema!, update, name);
            }
            else if (originalSchema is null)
            {
                PropertyAdded(ctx, updateSchema, original, update, name);
            }
            else
            {
                Compare(ctx, originalSchema, updateSchema);
            }

            ctx.ExitPath();
        }

        ctx.ExitPath();
    }

    // Only the update's content model matters: a property can only disappear safely if the
    // update still accepts it as an additional property.
    private static void PropertyRemoved(JsonDiffContext ctx, JsonSchemaNode originalSchema, JsonObjectSchema update, string name)
    {
        if (IsOpen(update))
        {
            ctx.Add(JsonDifferenceType.PropertyRemovedFromOpenContentModel);
        }
        else if (PartialSchema(update, name) is { } partial)
        {
            var sub = ctx.Subcontext();
            Compare(sub, originalSchema, partial);
            ctx.Differences.AddRange(sub.Differences);
            ctx.Add(sub.IsCompatible
                ? JsonDifferenceType.PropertyRemovedIsCoveredByPartiallyOpenContentModel
                : JsonDifferenceType.PropertyRemovedNotCoveredByPartiallyOpenContentModel);
        }
        else
        {
            ctx.Add(originalSchema is JsonFalseSchema
                ? JsonDifferenceType.PropertyWithFalseRemovedFromClosedContentModel
                : JsonDifferenceType.PropertyRemovedFromClosedContentModel);
        }
    }

    // Only the original's content model matters: in an open model the old data may already hold
    // any value under the new name.
    private static void PropertyAdded(JsonDiffContext ctx, JsonSchemaNode updateSchema, JsonObjectSchema original, JsonObjectSchema update, string name)
    {
        if (IsOpen(original))
        {
            ctx.Add(updateSchema is JsonEmptySchema
                ? JsonDifferenceType.PropertyWithEmptySchemaAddedToOpenContentModel
                : JsonDifferenceType.PropertyAddedToOpenContentModel);
            return;
        }

        if (PartialSchema(original, name) is { } partial)
        {
            var sub = ctx.Subcontext();
            Compare(sub, partial, updateSchema);
            ctx.Differences.AddRange(sub.Differences);
            ctx.Add(sub.IsCompatible
                ? JsonDifferenceType.PropertyAddedIsCoveredByPartiallyOpenContentModel
                : JsonDifferenceType.PropertyAddedNotCoveredByPartiallyOpenContentModel);
        }

        if (update.Required.Contains(name))
        {
            ctx.Add(updateSchema.HasDefault
                ? JsonDifferenceType.RequiredPropertyWithDefaultAddedToUnopenContentModel
                : JsonDifferenceType.RequiredPropertyAddedToUnopenContentModel);
        }
        else
        {
            ctx.Add(JsonDifferenceType.OptionalPropertyAddedToUnopenContentModel);
        }
    }

    private static bool IsOpen(JsonObjectSchema schema) =>
        schema.PatternProperties.Count == 0 && schema.AdditionalPropertiesSchema is null && schema.PermitsAdditionalProperties;

    private static JsonSchemaNode? PartialSchema(JsonObjectSchema schema, string name)
    {
        foreach (var (pattern, patternSchema) in schema.PatternProperties)
        {
            if (Regex.IsMatch(name, pattern, RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                return patternSchema;
            }
        }

        return schema.AdditionalPropertiesSchema;
    }

    private static void CompareAdditionalProperties(JsonDiffContext ctx, JsonObjectSchema original, JsonObjectSchema update)
    {
        ctx.EnterPath("additionalProperties");
        if (original.PermitsAdditionalProperties != update.PermitsAdditionalProperties)
        {
            ctx.Add(update.PermitsAdditionalProperties ? JsonDifferenceType.AdditionalPropertiesAdded : JsonDifferenceType.AdditionalPropertiesRemoved);
        }
        else if (original.AdditionalPropertiesSchema is null && update.AdditionalPropertiesSchema is not null)
        {
            ctx.Add(JsonDifferenceType.AdditionalPropertiesNarrowed);
        }
        else if (original.AdditionalPropertiesSchema is not null && update.AdditionalPropertiesSchema is null)
        {
            ctx.Add(JsonDifferenceType.AdditionalPropertiesExtended);
        }
        else
        {
            Compare(ctx, original.AdditionalPropertiesSchema, update.AdditionalPropertiesSchema);
        }

        ctx.ExitPath();
    }

    private static void CompareDependencies(JsonDiffContext ctx, JsonObjectSchema original, JsonObjectSchema update)
    {
        ctx.EnterPath("dependencies");
        foreach (var name in original.PropertyDependencies.Keys.Union(update.PropertyDependencies.Keys).Order(StringComparer.Ordinal))
        {
            var before = original.PropertyDependencies.GetValueOrDefault(name);
            var after = update.PropertyDependencies.GetValueOrDefault(name);
            if (after is null)
            {
                ctx.Add(name, JsonDifferenceType.DependencyArrayRemoved);
            }
            else if (before is null)
            {
                ctx.Add(name, JsonDifferenceType.DependencyArrayAdded);
            }
            else if (!before.SetEquals(after))
            {
                ctx.Add(name, after.IsSupersetOf(before) ? JsonDifferenceType.DependencyArrayExtended
                    : before.IsSupersetOf(after) ? JsonDifferenceType.DependencyArrayNarrowed : JsonDifferenceType.DependencyArrayChanged);
            }
        }

        foreach (var name in original.SchemaDependencies.Keys.Union(update.SchemaDependencies.Keys).Order(StringComparer.Ordinal))
        {
            ctx.EnterPath(name);
            var before = original.SchemaDependencies.GetValueOrDefault(name);
            var after = update.SchemaDependencies.GetValueOrDefault(name);
            if (after is null)
            {
                ctx.Add(JsonDifferenceType.DependencySchemaRemoved);
            }
            else if (before is null)
            {
                ctx.Add(JsonDifferenceType.DependencySchemaAdded);
            }
            else
            {
                Compare(ctx, before, after);
            }

            ctx.ExitPath();
        }

        ctx.ExitPath();
    }
}
