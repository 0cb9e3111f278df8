using System.Globalization;

namespace DataSpine.Grains.Catalog.Connectors;

/// <summary>
/// How many of each topic's latest records a scan reads to find the schema ids in use, and for how long at
/// most: <c>kafka://host:9092?sampleRecords=100&amp;sampleSeconds=5</c>. sampleRecords=0 turns sampling off.
/// </summary>
internal sealed record KafkaSampling(int Records, TimeSpan PerTopic)
{
    public const int MaxRecords = 10_000;
    private const int MaxSeconds = 60;

    public static KafkaSampling Default { get; } = new(100, TimeSpan.FromSeconds(5));

    /// <summary>The settings in a connection's query ("sampleRecords=..&amp;sampleSeconds=.."), or null with the problem.</summary>
    public static KafkaSampling? Parse(string query, out string? problem)
    {
        var sampling = Default;
        problem = null;
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = pair.IndexOf('=', StringComparison.Ordinal) is var at and > 0 ? (pair[..at], pair[(at + 1)..]) : (pair, "");
            var number = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
            switch (name)
            {
                case "sampleRecords" when number is >= 0 and <= MaxRecords:
                    sampling = sampling with { Records = number };
                    break;
                case "sampleSeconds" when number is >= 1 and <= MaxSeconds:
                    sampling = sampling with { PerTopic = TimeSpan.FromSeconds(number) };
                    break;
                default:
                    problem = $"'{pair}' is not a Kafka source setting; use sampleRecords=0..{MaxRecords} and sampleSeconds=1..{MaxSeconds}.";
                    return null;
            }
        }

        return sampling;
    }
}
