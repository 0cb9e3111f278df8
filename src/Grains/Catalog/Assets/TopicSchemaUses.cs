using DataSpine.Grains.Registry;

namespace DataSpine.Grains.Catalog.Assets;

/// <summary>
/// Resolves the schema ids a scan read in a topic's records to the registry subjects and versions that hold
/// them, and names the subject name strategy each subject follows. Looked up on every read, like
/// <see cref="TopicSchemas"/>: subjects change without a scan.
/// </summary>
internal static class TopicSchemaUses
{
    public const string TopicName = "TopicNameStrategy";
    public const string TopicRecordName = "TopicRecordNameStrategy";
    public const string RecordName = "RecordNameStrategy";

    public static async Task<IReadOnlyList<TopicSchemaUse>?> ResolveAsync(IGrainFactory grains, string topic, TopicSample? sample)
    {
        if (sample is null)
        {
            return null;
        }

        var ids = grains.GetGrain<ISchemaIdGrain>("global");
        var uses = new List<TopicSchemaUse>();
        foreach (var seen in sample.SchemaIds)
        {
            var stored = await ids.GetAsync(seen.Id);
            var usages = stored is null ? [] : await ids.GetUsagesAsync(seen.Id, includeDeleted: true);
            var best = usages
                .Select(u => (Usage: u, Strategy: StrategyOf(topic, seen.Role, u.Subject)))
                .OrderBy(u => Rank(u.Strategy)).ThenByDescending(u => u.Usage.Version)
                .FirstOrDefault();
            uses.Add(best.Usage is null
                ? new TopicSchemaUse(seen.Role, seen.Id, seen.Count, null, null, null, stored?.SchemaType)
                : new TopicSchemaUse(seen.Role, seen.Id, seen.Count, best.Usage.Subject, best.Usage.Version, best.Strategy, stored!.SchemaType));
        }

        return uses;
    }

    /// <summary>
    /// "{topic}-key"/"{topic}-value" is TopicNameStrategy, another "{topic}-…" subject TopicRecordNameStrategy,
    /// and a subject without a topic's name RecordNameStrategy (the record's full name). Another topic's
    /// "-key"/"-value" subject shares the id but names no strategy of this topic: null.
    /// </summary>
    private static string? StrategyOf(string topic, string role, string subject)
    {
        var topicNamed = subject.EndsWith("-key", StringComparison.Ordinal) || subject.EndsWith("-value", StringComparison.Ordinal);
        return subject == $"{topic}-{role}" ? TopicName
            : topicNamed ? null
            : subject.StartsWith(topic + "-", StringComparison.Ordinal) ? TopicRecordName
            : RecordName;
    }

    private static int Rank(string? strategy) => strategy switch
    {
        TopicName => 0,
        TopicRecordName => 1,
        RecordName => 2,
        _ => 3,
    };
}
