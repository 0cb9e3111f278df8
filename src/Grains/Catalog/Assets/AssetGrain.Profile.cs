using System.Text.Json;

namespace DataSpine.Grains.Catalog.Assets;

/// <summary>What of a profile is kept, and whether a harvest of an unchanged schema brought anything new.</summary>
internal sealed partial class AssetGrain
{
    /// <summary>
    /// Min and max are values too: they are not kept for a column that has a class that counts (a suggestion nobody
    /// rejected, an accepted class, a class set by hand), so a steward's decision masks or unmasks a column like the
    /// classifiers do (issue 19). Sampled values never reach here.
    /// </summary>
    private TableProfile ProfileToKeep(TableProfile profile, IReadOnlyDictionary<string, IReadOnlyList<ColumnClass>> suggested)
    {
        var classified = State.Reviews(suggested).Where(r => ClassReviews.Effective(r.Value).Count > 0).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        return profile with
        {
            SampleValues = new Dictionary<string, IReadOnlyList<string?>>(),
            Columns = [.. profile.Columns.Select(c => classified.Contains(c.Column) && (c.Min is not null || c.Max is not null) ? c with { Min = null, Max = null } : c)],
        };
    }

    /// <summary>
    /// True when the schema, the kept profile, the suggestions and the view lineage are what is stored: then there is
    /// nothing to write (and nothing to audit). Compared as JSON because the records hold lists, which compare by reference.
    /// </summary>
    private bool FoundNothingNew(AssetHarvest harvest, TableProfile? profile) =>
        !State.Deleted && State.SourceId == harvest.SourceId
        && Same(State.Harvest, harvest.Asset) && Same(State.Profile, profile)
        && Same(State.Classifications, harvest.Classifications) && Same(State.Lineage, harvest.Lineage);

    private static bool Same<T>(T stored, T harvested) =>
        JsonSerializer.Serialize(stored).AsSpan().SequenceEqual(JsonSerializer.Serialize(harvested));
}
