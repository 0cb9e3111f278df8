using DataSpine.Grains.Catalog;
using DataSpine.Grains.Catalog.Assets;

namespace DataSpine.Grains.ChangeEvents;

internal static partial class CatalogChanges
{
    private static List<CatalogChange> Assets(string id, AssetState? before, AssetState? after)
    {
        var changes = new List<CatalogChange>();
        var was = Visible(before);
        var now = Visible(after);
        if (now is null)
        {
            if (was is not null)
            {
                changes.Add(new(CatalogEventTypes.AssetDeleted, id, new AssetEvent(new AssetRef(id, before!.SourceId, was.Name, was.QualifiedName, was.Type.ToString()))));
            }

            return changes;
        }

        var asset = new AssetRef(id, after!.SourceId, now.Name, now.QualifiedName, now.Type.ToString());
        var restored = was is null && before is { Exists: true, Deleted: true };
        if (was is null && !restored)
        {
            changes.Add(new(CatalogEventTypes.AssetCreated, id, new AssetEvent(asset with { Schema = now.Schema })));
        }

        var knownVersions = before?.Versions.Count > 0 ? before.Versions[^1].Version : 0;
        foreach (var version in after.Versions.Where(v => v.Version > knownVersions))
        {
            changes.Add(new(CatalogEventTypes.AssetSchemaVersioned, id, new SchemaVersioned(asset, version.Version, version.Fingerprint,
                [.. version.Changes.Select(c => new ColumnChange(c.Kind, c.Column))])));
        }

        if (ClassChanges(before, after) is { Count: > 0 } classes)
        {
            changes.Add(new(CatalogEventTypes.AssetClassificationChanged, id, new ClassificationChanged(asset, classes)));
        }

        if (TermChanges(before, after) is { Count: > 0 } terms)
        {
            changes.Add(new(CatalogEventTypes.AssetTermsChanged, id, new TermsChanged(asset, terms)));
        }

        var aspects = AnnotationChanges(before, after);
        if (restored)
        {
            aspects.Insert(0, new AspectChange("restored", null));
        }

        if (aspects.Count > 0)
        {
            changes.Add(new(CatalogEventTypes.AssetChanged, id, new AssetChanged(asset, aspects)));
        }

        return changes;
    }

    /// <summary>The harvest of an asset that exists and is not soft-deleted.</summary>
    private static HarvestedAsset? Visible(AssetState? state) => state is { Exists: true, Deleted: false, Harvest: { } harvest } ? harvest : null;

    /// <summary>Effective classes (what search, residency and masking use) gained and lost, by column; never the evidence.</summary>
    private static List<ClassesChange> ClassChanges(AssetState? before, AssetState after)
    {
        var was = before is null ? [] : EffectiveClasses(before);
        var now = EffectiveClasses(after);
        var changes = new List<ClassesChange>();
        foreach (var column in was.Keys.Union(now.Keys).Order(StringComparer.Ordinal))
        {
            var old = was.GetValueOrDefault(column) ?? [];
            var current = now.GetValueOrDefault(column) ?? [];
            var added = current.Except(old).Order(StringComparer.Ordinal).ToList();
            var removed = old.Except(current).Order(StringComparer.Ordinal).ToList();
            if (added.Count > 0 || removed.Count > 0)
            {
                changes.Add(new ClassesChange(column, added, removed));
            }
        }

        return changes;
    }

    private static Dictionary<string, HashSet<string>> EffectiveClasses(AssetState state) =>
        state.Reviews(state.Classifications).ToDictionary(
            r => r.Key, r => ClassReviews.Effective(r.Value).Select(c => c.Class).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>Glossary terms assigned and unassigned, by target ("" for the asset itself).</summary>
    private static List<TermsChange> TermChanges(AssetState? before, AssetState after)
    {
        var was = before?.Terms ?? [];
        var changes = new List<TermsChange>();
        foreach (var target in was.Keys.Union(after.Terms.Keys).Order(StringComparer.Ordinal))
        {
            var old = was.GetValueOrDefault(target) ?? [];
            var current = after.Terms.GetValueOrDefault(target) ?? [];
            var added = current.Where(t => old.All(o => o.Id != t.Id)).ToList();
            var removed = old.Where(t => current.All(c => c.Id != t.Id)).ToList();
            if (added.Count > 0 || removed.Count > 0)
            {
                changes.Add(new TermsChange(target.Length == 0 ? null : target, added, removed));
            }
        }

        return changes;
    }

    /// <summary>Which stewards' descriptions and owner lists changed, by target; the new text is read from the asset.</summary>
    private static List<AspectChange> AnnotationChanges(AssetState? before, AssetState after)
    {
        var was = before?.Annotations ?? [];
        var changes = new List<AspectChange>();
        foreach (var target in was.Keys.Union(after.Annotations.Keys).Order(StringComparer.Ordinal))
        {
            var old = was.GetValueOrDefault(target);
            var current = after.Annotations.GetValueOrDefault(target);
            var column = target.Length == 0 ? null : target;
            if (old?.Description != current?.Description)
            {
                changes.Add(new AspectChange("description", column));
            }

            if (!SameJson(old?.Owners, current?.Owners) && (old?.Owners.Count > 0 || current?.Owners.Count > 0))
            {
                changes.Add(new AspectChange("owners", column));
            }
        }

        return changes;
    }

    /// <summary>The asset an event is about; <see cref="Schema"/> is set on asset.created only.</summary>
    internal sealed record AssetRef(string Id, string SourceId, string Name, string QualifiedName, string AssetType, string? Schema = null);

    internal sealed record AssetEvent(AssetRef Asset);

    internal sealed record SchemaVersioned(AssetRef Asset, int Version, string Fingerprint, IReadOnlyList<ColumnChange> Changes);

    internal sealed record ColumnChange(string Kind, string Column);

    internal sealed record ClassificationChanged(AssetRef Asset, IReadOnlyList<ClassesChange> Columns);

    internal sealed record ClassesChange(string Column, IReadOnlyList<string> Added, IReadOnlyList<string> Removed);

    internal sealed record TermsChanged(AssetRef Asset, IReadOnlyList<TermsChange> Targets);

    internal sealed record TermsChange(string? Column, IReadOnlyList<TermRef> Added, IReadOnlyList<TermRef> Removed);

    internal sealed record AssetChanged(AssetRef Asset, IReadOnlyList<AspectChange> Changes);

    internal sealed record AspectChange(string Aspect, string? Column);
}
