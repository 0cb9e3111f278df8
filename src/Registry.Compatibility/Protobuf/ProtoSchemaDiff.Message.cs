using System.Globalization;

namespace DataSpine.Registry.Compatibility.Protobuf;

internal static partial class ProtoSchemaDiff
{
    private static void CompareMessages(ProtoDiffContext ctx, ProtoMessage original, ProtoMessage update)
    {
        if (ctx.EnterSchema(original))
        {
            try
            {
                CompareMessageFields(ctx, original, update);
            }
            finally
            {
                ctx.ExitSchema(original);
            }
        }

        CompareTypes(ctx, original.NestedTypes, update.NestedTypes);
    }

    private static void CompareMessageFields(ProtoDiffContext ctx, ProtoMessage original, ProtoMessage update)
    {
        var originalByTag = ByNumber(original.Fields);
        var updateByTag = ByNumber(update.Fields);
        var originalAll = ByNumber(original.AllFields);
        var updateAll = ByNumber(update.AllFields);
        var originalOneOfOf = original.OneOfs.SelectMany(o => o.Fields.Select(f => (f.Number, o.Name))).GroupBy(p => p.Number).ToDictionary(g => g.Key, g => g.First().Name);
        var updateOneOfOf = update.OneOfs.SelectMany(o => o.Fields.Select(f => (f.Number, o.Name))).GroupBy(p => p.Number).ToDictionary(g => g.Key, g => g.First().Name);

        foreach (var oneOf in update.OneOfs)
        {
            ctx.EnterPath(oneOf.Name);
            var moved = 0;
            var existing = 0;
            foreach (var field in oneOf.Fields)
            {
                // A plain field moved into a oneof is not a removal.
                if (originalByTag.Remove(field.Number))
                {
                    moved++;
                }
                else if (originalOneOfOf.ContainsKey(field.Number))
                {
                    existing++;
                }
            }

            if (moved > 1)
            {
                ctx.Add(ProtoDifferenceType.MultipleFieldsMovedToOneOf);
            }
            else if (moved == 1 && existing > 0)
            {
                ctx.Add(ProtoDifferenceType.FieldMovedToExistingOneOf);
            }

            ctx.ExitPath();
        }

        var originalOneOfs = original.OneOfs.GroupBy(o => o.Name).ToDictionary(g => g.Key, g => g.First());
        var updateOneOfs = update.OneOfs.GroupBy(o => o.Name).ToDictionary(g => g.Key, g => g.First());
        foreach (var name in originalOneOfs.Keys.Union(updateOneOfs.Keys).Order(StringComparer.Ordinal))
        {
            ctx.EnterPath(name);
            if (!updateOneOfs.TryGetValue(name, out var u))
            {
                ctx.Add(ProtoDifferenceType.OneOfRemoved);
            }
            else if (!originalOneOfs.TryGetValue(name, out var o))
            {
                ctx.Add(ProtoDifferenceType.OneOfAdded);
            }
            else
            {
                CompareOneOfs(ctx, o, u, updateAll);
            }

            ctx.ExitPath();
        }

        foreach (var number in originalByTag.Keys.Union(updateByTag.Keys).Order())
        {
            ctx.EnterPath(number.ToString(CultureInfo.InvariantCulture));
            if (!updateByTag.TryGetValue(number, out var u))
            {
                ctx.Add(originalByTag[number].Label == ProtoLabel.Required ? ProtoDifferenceType.RequiredFieldRemoved : ProtoDifferenceType.FieldRemoved);
            }
            else if (!originalByTag.TryGetValue(number, out var o))
            {
                ctx.Add(u.Label == ProtoLabel.Required ? ProtoDifferenceType.RequiredFieldAdded : ProtoDifferenceType.FieldAdded);
            }
            else
            {
                CompareFields(ctx, o, u);
            }

            ctx.ExitPath();
        }

        // Fields whose oneof membership changed are compared by number too, so that a type change
        // is not hidden by the move.
        foreach (var number in originalAll.Keys.Intersect(updateAll.Keys).Order())
        {
            var originalOneOf = originalOneOfOf.GetValueOrDefault(number);
            var updateOneOf = updateOneOfOf.GetValueOrDefault(number);
            if (originalOneOf == updateOneOf)
            {
                continue;
            }

            ctx.EnterPath(number.ToString(CultureInfo.InvariantCulture));
            CompareFields(ctx, originalAll[number], updateAll[number]);
            ctx.ExitPath();
        }
    }

    private static void CompareOneOfs(ProtoDiffContext ctx, ProtoOneOf original, ProtoOneOf update, Dictionary<int, ProtoField> updateAll)
    {
        var originalByTag = ByNumber(original.Fields);
        var updateByTag = ByNumber(update.Fields);
        foreach (var number in originalByTag.Keys.Union(updateByTag.Keys).Order())
        {
            ctx.EnterPath(number.ToString(CultureInfo.InvariantCulture));
            if (!updateByTag.TryGetValue(number, out var u))
            {
                // Leaving a oneof for elsewhere in the message only relaxes exclusivity; a real deletion is not.
                if (!updateAll.ContainsKey(number))
                {
                    ctx.Add(ProtoDifferenceType.OneOfFieldRemoved);
                }
            }
            else if (!originalByTag.TryGetValue(number, out var o))
            {
                ctx.Add(ProtoDifferenceType.OneOfFieldAdded);
            }
            else
            {
                CompareFields(ctx, o, u);
            }

            ctx.ExitPath();
        }
    }

    private static Dictionary<int, ProtoField> ByNumber(IEnumerable<ProtoField> fields) =>
        fields.GroupBy(f => f.Number).ToDictionary(g => g.Key, g => g.First());
}
