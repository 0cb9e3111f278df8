using DataSpine.Grains.Catalog.Search;

namespace DataSpine.Grains.Catalog.Assets;

/// <summary>Durable state of an asset: its latest harvest, what was found in it, and its schema history.</summary>
public sealed record AssetState : IIndexedState
{
    public bool Exists { get; set; }

    public string SourceId { get; set; } = "";

    public HarvestedAsset? Harvest { get; set; }

    public TableProfile? Profile { get; set; }

    public ViewLineage? Lineage { get; set; }

    public Dictionary<string, IReadOnlyList<ColumnClass>> Classifications { get; set; } = [];

    public DateTimeOffset FirstSeenAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    public bool Deleted { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public List<AssetVersion> Versions { get; set; } = [];

    /// <summary>Glossary terms: key "" for the asset itself, else a column name.</summary>
    public Dictionary<string, List<TermRef>> Terms { get; set; } = [];

    /// <summary>What search finds this asset by; a deleted asset is not searchable.</summary>
    public SearchDocument? ToSearchDocument()
    {
        if (!Exists || Deleted || Harvest is not { } h)
        {
            return null;
        }

        var comments = string.Join(' ', new[] { h.Comment }.Concat(h.Columns.Select(c => c.Comment)).Where(c => !string.IsNullOrWhiteSpace(c)));
        var classes = Classifications.Values.SelectMany(c => c.Select(k => k.Class)).Distinct().Order(StringComparer.Ordinal).ToList();
        return new SearchDocument(h.Name, h.QualifiedName, h.Type.ToString(), SourceId, h.Schema, [.. h.Columns.Select(c => c.Name)],
            comments.Length == 0 ? null : comments, classes, [.. Terms.Values.SelectMany(t => t).Select(t => t.Name).Distinct(StringComparer.Ordinal)]);
    }
}
