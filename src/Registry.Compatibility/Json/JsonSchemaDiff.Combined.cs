namespace DataSpine.Registry.Compatibility.Json;

internal static partial class JsonSchemaDiff
{
    private static void CompareCombined(JsonDiffContext ctx, JsonCombinedSchema original, JsonCombinedSchema update)
    {
        if (CompareCriteria(ctx, original, update) == JsonDifferenceType.CombinedTypeChanged)
        {
            return;
        }

        var before = Distinct(original.Subschemas);
        var after = Distinct(update.Subschemas);
        if (before.Count != after.Count)
        {
            var isProduct = update.Criterion == JsonCombination.AllOf;
            ctx.Add(before.Count < after.Count
                ? isProduct ? JsonDifferenceType.ProductTypeExtended : JsonDifferenceType.SumTypeExtended
                : isProduct ? JsonDifferenceType.ProductTypeNarrowed : JsonDifferenceType.SumTypeNarrowed);
        }

        // Every old member must pair with a distinct new member it is compatible with (a maximum
        // bipartite matching over the compatible pairs must cover the smaller side).
        var edges = new List<JsonDifference>?[before.Count, after.Count];
        for (var i = 0; i < before.Count; i++)
        {
            ctx.EnterPath($"{original.CriterionName}/{i}");
            for (var j = 0; j < after.Count; j++)
            {
                var sub = ctx.Subcontext();
                Compare(sub, before[i], after[j]);
                edges[i, j] = sub.IsCompatible ? sub.Differences : null;
            }

            ctx.ExitPath();
        }

        var matching = BipartiteMatching.Maximum(before.Count, after.Count, (i, j) => edges[i, j] is not null);
        foreach (var (i, j) in matching)
        {
            ctx.Differences.AddRange(edges[i, j]!);
        }

        if (matching.Count < Math.Min(before.Count, after.Count))
        {
            ctx.Add(JsonDifferenceType.CombinedTypeSubschemasChanged);
        }
    }

    private static JsonDifferenceType? CompareCriteria(JsonDiffContext ctx, JsonCombinedSchema original, JsonCombinedSchema update)
    {
        JsonDifferenceType? type = (original.Criterion, update.Criterion) switch
        {
            var (a, b) when a == b => null,
            (_, JsonCombination.AnyOf) => JsonDifferenceType.CombinedTypeExtended,
            (_, JsonCombination.OneOf) when original.Subschemas.Count == 1 => JsonDifferenceType.CombinedTypeExtended,
            (_, JsonCombination.AllOf) when original.Subschemas.Count == 1 && update.Subschemas.Count == 1 => JsonDifferenceType.CombinedTypeExtended,
            _ => JsonDifferenceType.CombinedTypeChanged,
        };
        if (type is { } difference)
        {
            ctx.Add(difference);
        }

        return type;
    }

    private static List<JsonSchemaNode> Distinct(IReadOnlyList<JsonSchemaNode> schemas) =>
        schemas.GroupBy(s => s.Canonical, StringComparer.Ordinal).Select(g => g.First()).ToList();
}
