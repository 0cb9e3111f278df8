using System.Globalization;

namespace DataSpine.Grains.Catalog.Connectors;

/// <summary>Counts every record of a file; statistics and sampled values come from the first Sources:MaxSampledRows records.</summary>
internal static class FileProfiler
{
    private const int MaxDistinctTracked = 100_000;

    public static async Task<TableProfile> ProfileAsync(
        FileRecords records, IReadOnlyList<ColumnInfo> columns, ScanScope scope, int maxSampledRows, CancellationToken cancellationToken)
    {
        var stats = columns.ToDictionary(c => c.Name, c => new ColumnStats(c.DataType is "integer" or "decimal"), StringComparer.Ordinal);
        long rows = 0;
        await foreach (var record in records.ReadAsync(cancellationToken))
        {
            if (++rows > maxSampledRows)
            {
                continue;
            }

            foreach (var column in columns)
            {
                stats[column.Name].Add(record.GetValueOrDefault(column.Name), scope);
            }
        }

        var profiled = Math.Min(rows, maxSampledRows);
        return new TableProfile(rows, rows > profiled,
            [.. columns.Select(c => stats[c.Name].ToProfile(c.Name, profiled))],
            scope.SamplingAllowed ? columns.ToDictionary(c => c.Name, c => (IReadOnlyList<string?>)stats[c.Name].Samples) : []);
    }

    private sealed class ColumnStats(bool numeric)
    {
        private readonly HashSet<string> _distinct = new(StringComparer.Ordinal);
        private long _nulls;
        private string? _min;
        private string? _max;

        public List<string?> Samples { get; } = [];

        public void Add(string? value, ScanScope scope)
        {
            if (value is null)
            {
                _nulls++;
                return;
            }

            if (_distinct.Count < MaxDistinctTracked)
            {
                _distinct.Add(value);
            }

            if (_min is null || Compare(value, _min) < 0)
            {
                _min = value;
            }

            if (_max is null || Compare(value, _max) > 0)
            {
                _max = value;
            }

            if (scope.SamplingAllowed && Samples.Count < scope.SampleValuesPerColumn && !Samples.Contains(value))
            {
                Samples.Add(value);
            }
        }

        public ColumnProfile ToProfile(string name, long rows) =>
            new(name, rows == 0 ? 0 : Math.Round((double)_nulls / rows, 4), _distinct.Count, _min, _max);

        private int Compare(string a, string b) =>
            numeric
            && double.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
            && double.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var y)
                ? x.CompareTo(y)
                : string.CompareOrdinal(a, b);
    }
}
