namespace DataSpine.Registry.Compatibility.Json;

internal static partial class JsonSchemaDiff
{
    private static void CompareStrings(JsonDiffContext ctx, JsonStringSchema original, JsonStringSchema update)
    {
        CompareLimit(ctx, "maxLength", original.MaxLength, update.MaxLength,
            JsonDifferenceType.MaxLengthAdded, JsonDifferenceType.MaxLengthRemoved, JsonDifferenceType.MaxLengthIncreased, JsonDifferenceType.MaxLengthDecreased);
        CompareLimit(ctx, "minLength", original.MinLength, update.MinLength,
            JsonDifferenceType.MinLengthAdded, JsonDifferenceType.MinLengthRemoved, JsonDifferenceType.MinLengthIncreased, JsonDifferenceType.MinLengthDecreased);
        if (original.Pattern is null && update.Pattern is not null)
        {
            ctx.Add("pattern", JsonDifferenceType.PatternAdded);
        }
        else if (original.Pattern is not null && update.Pattern is null)
        {
            ctx.Add("pattern", JsonDifferenceType.PatternRemoved);
        }
        else if (original.Pattern != update.Pattern)
        {
            ctx.Add("pattern", JsonDifferenceType.PatternChanged);
        }
    }

    private static void CompareNumbers(JsonDiffContext ctx, JsonNumberSchema original, JsonNumberSchema update)
    {
        CompareLimit(ctx, "maximum", original.Maximum, update.Maximum,
            JsonDifferenceType.MaximumAdded, JsonDifferenceType.MaximumRemoved, JsonDifferenceType.MaximumIncreased, JsonDifferenceType.MaximumDecreased);
        CompareLimit(ctx, "minimum", original.Minimum, update.Minimum,
            JsonDifferenceType.MinimumAdded, JsonDifferenceType.MinimumRemoved, JsonDifferenceType.MinimumIncreased, JsonDifferenceType.MinimumDecreased);
        CompareLimit(ctx, "exclusiveMaximum", original.ExclusiveMaximum, update.ExclusiveMaximum,
            JsonDifferenceType.ExclusiveMaximumAdded, JsonDifferenceType.ExclusiveMaximumRemoved, JsonDifferenceType.ExclusiveMaximumIncreased, JsonDifferenceType.ExclusiveMaximumDecreased);
        CompareLimit(ctx, "exclusiveMinimum", original.ExclusiveMinimum, update.ExclusiveMinimum,
            JsonDifferenceType.ExclusiveMinimumAdded, JsonDifferenceType.ExclusiveMinimumRemoved, JsonDifferenceType.ExclusiveMinimumIncreased, JsonDifferenceType.ExclusiveMinimumDecreased);
        CompareMultipleOf(ctx, original.MultipleOf, update.MultipleOf);
        if (original.RequiresInteger != update.RequiresInteger)
        {
            ctx.Add(original.RequiresInteger ? JsonDifferenceType.TypeExtended : JsonDifferenceType.TypeNarrowed);
        }
    }

    // A multiple of the old divisor is still accepted when the new divisor divides the old one.
    private static void CompareMultipleOf(JsonDiffContext ctx, decimal? original, decimal? update)
    {
        if (original == update)
        {
            return;
        }

        if (original is null)
        {
            ctx.Add("multipleOf", JsonDifferenceType.MultipleOfAdded);
        }
        else if (update is null)
        {
            ctx.Add("multipleOf", JsonDifferenceType.MultipleOfRemoved);
        }
        else if (update.Value % original.Value == 0)
        {
            ctx.Add("multipleOf", JsonDifferenceType.MultipleOfExpanded);
        }
        else if (original.Value % update.Value == 0)
        {
            ctx.Add("multipleOf", JsonDifferenceType.MultipleOfReduced);
        }
        else
        {
            ctx.Add("multipleOf", JsonDifferenceType.MultipleOfChanged);
        }
    }

    private static void CompareLimit<T>(JsonDiffContext ctx, string attribute, T? original, T? update,
        JsonDifferenceType added, JsonDifferenceType removed, JsonDifferenceType increased, JsonDifferenceType decreased)
        where T : struct, IComparable<T>
    {
        if (original is null && update is null)
        {
            return;
        }

        if (original is null)
        {
            ctx.Add(attribute, added);
        }
        else if (update is null)
        {
            ctx.Add(attribute, removed);
        }
        else if (original.Value.CompareTo(update.Value) < 0)
        {
            ctx.Add(attribute, increased);
        }
        else if (original.Value.CompareTo(update.Value) > 0)
        {
            ctx.Add(attribute, decreased);
        }
    }
}
