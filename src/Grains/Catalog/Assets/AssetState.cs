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

    /// <summary>The classes the last scan suggested, by column; stewards' decisions are kept apart, in <see cref="ClassDecisions"/>.</summary>
    public Dictionary<string, IReadOnlyList<ColumnClass>> Classifications { get; set; } = [];

    /// <summary>Stewards' decisions by column and class; scans never change them.</summary>
    public Dictionary<string, Dictionary<string, ClassDecision>> ClassDecisions { get; set; } = [];

    /// <summary>Stewards' descriptions and owners: key "" for the asset itself, else a column name.</summary>
    public Dictionary<string, AssetAnnotation> Annotations { get; set; } = [];

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

        var written = Annotations.Values.SelectMany(a => a.Owners.Select(o => o.Name).Prepend(a.Description));
        var comments = string.Join(' ', new[] { h.Comment }.Concat(h.Columns.Select(c => c.Comment)).Concat(written).Where(c => !string.IsNullOrWhiteSpace(c)));
        var classes = EffectiveClasses().Values.SelectMany(c => c.Select(k => k.Class)).Distinct().Order(StringComparer.Ordinal).ToList();
        return new SearchDocument(h.Name, h.QualifiedName, h.Type.ToString(), SourceId, h.Schema, [.. h.Columns.Select(c => c.Name)],
            comments.Length == 0 ? null : comments, classes, [.. Terms.Values.SelectMany(t => t).Select(t => t.Name).Distinct(StringComparer.Ordinal)],
            [.. Terms.Values.SelectMany(t => t).DistinctBy(t => t.Id, StringComparer.Ordinal).OrderBy(t => t.Id, StringComparer.Ordinal)]);
    }

    /// <summary>Each column's classes next to the decisions on them (also columns that only have a decision).</summary>
    public Dictionary<string, IReadOnlyList<ClassReview>> Reviews(IReadOnlyDictionary<string, IReadOnlyList<ColumnClass>> suggested) =>
        suggested.Keys.Union(ClassDecisions.Keys).ToDictionary(
            c => c, c => ClassReviews.For(suggested.GetValueOrDefault(c) ?? [], ClassDecisions.GetValueOrDefault(c)), StringComparer.Ordinal);

    private Dictionary<string, IReadOnlyList<ColumnClass>> EffectiveClasses() =>
        Reviews(Classifications).ToDictionary(r => r.Key, r => ClassReviews.Effective(r.Value), StringComparer.Ordinal);
}
