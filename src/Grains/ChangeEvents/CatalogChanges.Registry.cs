using DataSpine.Grains.Registry;

namespace DataSpine.Grains.ChangeEvents;

internal static partial class CatalogChanges
{
    /// <summary>Versions registered, soft-deleted, and removed for good (a permanent delete); never the schema text.</summary>
    private static List<CatalogChange> Subjects(string subject, SubjectState? before, SubjectState? after)
    {
        var was = (before?.Versions ?? []).ToDictionary(v => v.Version);
        var now = (after?.Versions ?? []).ToDictionary(v => v.Version);
        var changes = new List<CatalogChange>();
        foreach (var version in now.Values.OrderBy(v => v.Version))
        {
            var old = was.GetValueOrDefault(version.Version);
            if (old is null)
            {
                changes.Add(new(CatalogEventTypes.SubjectVersionRegistered, subject, new SubjectVersionEvent(subject, version.Version, version.Id, version.SchemaType, null)));
            }
            else if (!old.Deleted && version.Deleted)
            {
                changes.Add(new(CatalogEventTypes.SubjectVersionDeleted, subject, new SubjectVersionEvent(subject, version.Version, version.Id, version.SchemaType, false)));
            }
        }

        foreach (var removed in was.Values.Where(v => !now.ContainsKey(v.Version)).OrderBy(v => v.Version))
        {
            changes.Add(new(CatalogEventTypes.SubjectVersionDeleted, subject, new SubjectVersionEvent(subject, removed.Version, removed.Id, removed.SchemaType, true)));
        }

        return changes;
    }

    internal sealed record SubjectVersionEvent(string Subject, int Version, int SchemaId, string SchemaType, bool? Permanent);
}
