namespace DataSpine.Grains.Catalog.Assets;

/// <summary>What changed between two column lists: added, removed, retyped and nullability changes.</summary>
internal static class SchemaDiff
{
    public static IReadOnlyList<SchemaChange> Between(IReadOnlyList<ColumnInfo> before, IReadOnlyList<ColumnInfo> after)
    {
        var old = before.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var now = after.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var changes = new List<SchemaChange>();
        foreach (var column in after)
        {
            if (!old.TryGetValue(column.Name, out var previous))
            {
                changes.Add(new SchemaChange("added", column.Name, null, column.DataType));
            }
            else if (previous.DataType != column.DataType)
            {
                changes.Add(new SchemaChange("retyped", column.Name, previous.DataType, column.DataType));
            }
            else if (previous.Nullable != column.Nullable)
            {
                changes.Add(new SchemaChange("nullability", column.Name, Nullability(previous), Nullability(column)));
            }
        }

        changes.AddRange(before.Where(c => !now.ContainsKey(c.Name)).Select(c => new SchemaChange("removed", c.Name, c.DataType, null)));
        return changes;
    }

    private static string Nullability(ColumnInfo column) => column.Nullable ? "null" : "not null";
}
