using DataSpine.Grains.Catalog.Scans;
using DataSpine.Grains.Glossary;

namespace DataSpine.Grains.Catalog.Assets;

/// <summary>
/// One asset. A harvest with a new fingerprint records a schema version (what columns were added,
/// removed or retyped); one with the same fingerprint replaces the profile and the suggestions when they changed,
/// and writes nothing when they did not (the source keeps when it was last seen). Vanished assets are soft-deleted.
/// </summary>
internal sealed partial class AssetGrain(
    [PersistentState("asset")] IPersistentState<AssetState> asset,
    TimeProvider clock,
    GlossaryOptions glossaryOptions) : Grain, IAssetGrain
{
    private const int MaxVersions = 100;

    private AssetState State => asset.State;

    public Task<string?> GetFingerprintAsync() =>
        Task.FromResult(State.Exists && !State.Deleted ? State.Harvest?.Fingerprint : null);

    public async Task<HarvestOutcome> ApplyHarvestAsync(AssetHarvest harvest)
    {
        var previous = State.Exists ? State.Harvest : null;
        var outcome = previous is null ? HarvestOutcome.Created
            : State.Deleted ? HarvestOutcome.Restored
            : previous.Fingerprint == harvest.Asset.Fingerprint ? HarvestOutcome.Unchanged
            : HarvestOutcome.Changed;
        var profile = harvest.Profile is null ? State.Profile : ProfileToKeep(harvest.Profile, harvest.Classifications);
        if (outcome == HarvestOutcome.Unchanged && FoundNothingNew(harvest, profile))
        {
            return outcome;
        }

        if (outcome != HarvestOutcome.Unchanged)
        {
            var changes = previous is null ? [] : SchemaDiff.Between(previous.Columns, harvest.Asset.Columns);
            State.Versions.Add(new AssetVersion(State.Versions.Count + 1, harvest.Asset.Fingerprint, harvest.SeenAt, harvest.ScanId, changes));
            if (State.Versions.Count > MaxVersions)
            {
                State.Versions.RemoveAt(0);
            }
        }

        State.Exists = true;
        State.SourceId = harvest.SourceId;
        State.Harvest = harvest.Asset;
        State.Profile = profile;
        State.Lineage = harvest.Lineage;
        State.Classifications = harvest.Classifications.ToDictionary(c => c.Key, c => c.Value);
        State.FirstSeenAt = previous is null ? harvest.SeenAt : State.FirstSeenAt;
        State.LastSeenAt = harvest.SeenAt;
        State.Deleted = false;
        State.DeletedAt = null;
        await asset.WriteStateAsync();
        return outcome;
    }

    public async Task MarkDeletedAsync(string scanId, DateTimeOffset at)
    {
        if (!State.Exists || State.Deleted)
        {
            return;
        }

        State.Deleted = true;
        State.DeletedAt = at;
        await asset.WriteStateAsync();
    }

    public async Task<AssetView?> GetAsync()
    {
        if (!State.Exists || State.Harvest is not { } h)
        {
            return null;
        }

        IReadOnlyList<TopicSchemaLink>? schemas = null;
        IReadOnlyList<TopicSchemaUse>? sampled = null;
        var harvested = h.Columns;
        IReadOnlyDictionary<string, IReadOnlyList<ColumnClass>> classes = State.Classifications;
        if (h.Type == AssetType.Topic)
        {
            (schemas, harvested, classes) = await TopicColumnsAsync(h);
            sampled = await TopicSchemaUses.ResolveAsync(GrainFactory, h.Name, h.Topic?.Sample);
        }

        var profiles = State.Profile?.Columns.ToDictionary(p => p.Column, StringComparer.Ordinal) ?? [];
        var reviews = State.Reviews(classes);
        var columns = harvested.Select(c =>
        {
            var review = reviews.GetValueOrDefault(c.Name) ?? [];
            var annotation = State.Annotations.GetValueOrDefault(c.Name);
            return new AssetColumn(c.Name, c.Ordinal, c.DataType, c.Nullable, c.Default, c.Comment, ClassReviews.Effective(review),
                profiles.GetValueOrDefault(c.Name), State.Terms.GetValueOrDefault(c.Name) ?? [], review, annotation?.Description, annotation?.Owners ?? []);
        }).ToList();
        var about = State.Annotations.GetValueOrDefault(AssetLevel);
        return new AssetView(this.GetPrimaryKeyString(), State.SourceId, h.QualifiedName, h.Schema, h.Name, h.Type,
            columns, h.PrimaryKey, h.ForeignKeys, h.Comment, h.Owner, State.Profile?.RowCount ?? h.RowEstimate, State.Profile?.Sampled ?? false,
            h.Definition, State.Lineage, h.Fingerprint, State.FirstSeenAt, State.LastSeenAt, State.Deleted, State.DeletedAt, State.Versions,
            h.Topic, schemas, State.Terms.GetValueOrDefault(AssetLevel) ?? [], about?.Description, about?.Owners ?? [], sampled);
    }

    /// <summary>
    /// A topic's schemas live in the registry and change without a scan, so they are looked up on every
    /// read; the columns are the value schema's fields, classified by their names.
    /// </summary>
    private async Task<(IReadOnlyList<TopicSchemaLink>, IReadOnlyList<ColumnInfo>, IReadOnlyDictionary<string, IReadOnlyList<ColumnClass>>)>
        TopicColumnsAsync(HarvestedAsset topic)
    {
        var (links, value) = await TopicSchemas.FindAsync(GrainFactory, topic.Name);
        var columns = value is null ? [] : SchemaColumns.From(value.SchemaType, value.Schema);
        return (links, columns, ColumnClassifications.For(topic with { Columns = columns }, null));
    }
}
