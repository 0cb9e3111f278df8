using DataSpine.Grains.Catalog.Classification;

namespace DataSpine.Grains.Catalog.Scans;

/// <summary>Runs the classifiers over an asset's columns: names always, sampled values when the profile has them.</summary>
internal static class ColumnClassifications
{
    public static IReadOnlyDictionary<string, IReadOnlyList<ColumnClass>> For(HarvestedAsset asset, TableProfile? profile)
    {
        var result = new Dictionary<string, IReadOnlyList<ColumnClass>>(StringComparer.Ordinal);
        foreach (var column in asset.Columns)
        {
            var values = profile?.SampleValues.GetValueOrDefault(column.Name);
            var found = ColumnClassifier.Classify(new ColumnSample(column.Name, column.DataType, values, column.Comment, asset.Name));
            if (found.Count > 0)
            {
                result[column.Name] = [.. found.Select(c => new ColumnClass(c.Class, Math.Round(c.Confidence, 3),
                    [.. c.Evidence.Select(e => $"{e.Kind}:{e.Rule} ({e.MatchRatio:P0}) {e.Detail}")]))];
            }
        }

        return result;
    }
}
