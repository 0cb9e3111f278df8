using DataSpine.Grains.Catalog.Sources;

namespace DataSpine.Grains.ChangeEvents;

internal static partial class CatalogChanges
{
    /// <summary>Created, deleted, or which of its definition's parts changed (never their values: a connection is a secret).</summary>
    private static List<CatalogChange> Sources(string id, SourceState? before, SourceState? after)
    {
        var existed = before is { Exists: true };
        var exists = after is { Exists: true };
        if (!exists)
        {
            return existed ? [new(CatalogEventTypes.SourceDeleted, id, new SourceEvent(id, before!.Name, before.Type, null))] : [];
        }

        if (!existed)
        {
            return [new(CatalogEventTypes.SourceCreated, id, new SourceEvent(id, after!.Name, after.Type, null))];
        }

        var changed = new List<string>();
        Compare(changed, "name", before!.Name == after!.Name);
        Compare(changed, "type", before.Type == after.Type);
        Compare(changed, "connection", before.ProtectedConnection == after.ProtectedConnection && before.Location == after.Location);
        Compare(changed, "options", SameJson(before.Options, after.Options));
        return changed.Count == 0 ? [] : [new(CatalogEventTypes.SourceChanged, id, new SourceEvent(id, after.Name, after.Type, changed))];
    }

    private static void Compare(List<string> changed, string part, bool same)
    {
        if (!same)
        {
            changed.Add(part);
        }
    }

    internal sealed record SourceEvent(string Id, string Name, string SourceType, IReadOnlyList<string>? Changed);
}
