namespace DataSpine.Grains.ChangeEvents;

/// <summary>
/// The CloudEvents <c>type</c> of every catalog change event (docs/events.md has each one's data with an example).
/// The suffix is the version of the data's shape: a change that is not additive gets a new type (v2) beside the old.
/// </summary>
public static class CatalogEventTypes
{
    public const string SourceCreated = "io.dataspine.source.created.v1";
    public const string SourceChanged = "io.dataspine.source.changed.v1";
    public const string SourceDeleted = "io.dataspine.source.deleted.v1";
    public const string AssetCreated = "io.dataspine.asset.created.v1";
    public const string AssetChanged = "io.dataspine.asset.changed.v1";
    public const string AssetDeleted = "io.dataspine.asset.deleted.v1";
    public const string AssetSchemaVersioned = "io.dataspine.asset.schema.versioned.v1";
    public const string AssetClassificationChanged = "io.dataspine.asset.classification.changed.v1";
    public const string AssetTermsChanged = "io.dataspine.asset.terms.changed.v1";
    public const string LineageEdgeAdded = "io.dataspine.lineage.edge.added.v1";
    public const string SubjectVersionRegistered = "io.dataspine.registry.subject.version.registered.v1";
    public const string SubjectVersionDeleted = "io.dataspine.registry.subject.version.deleted.v1";
}
