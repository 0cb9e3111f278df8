using DataSpine.Grains.Registry;

namespace DataSpine.Grains.Catalog.Assets;

/// <summary>
/// Finds a topic's key and value schemas in the registry by Confluent's TopicNameStrategy
/// ("{topic}-key", "{topic}-value"; issue 5). Asks the registry's subject list first, so reading a topic
/// with no schemas does not wake subject grains.
/// </summary>
internal static class TopicSchemas
{
    private static readonly string[] s_roles = ["key", "value"];

    /// <summary>The latest live version of each subject found, and the value schema itself (for its fields).</summary>
    public static async Task<(IReadOnlyList<TopicSchemaLink> Links, SubjectVersion? Value)> FindAsync(IGrainFactory grains, string topic)
    {
        var subjects = await grains.GetGrain<IRegistryGrain>("global").ListSubjectsAsync($"{topic}-", includeDeleted: false);
        var links = new List<TopicSchemaLink>();
        SubjectVersion? value = null;
        foreach (var role in s_roles)
        {
            var subject = $"{topic}-{role}";
            if (!subjects.Contains(subject, StringComparer.Ordinal))
            {
                continue;
            }

            var latest = await grains.GetGrain<ISubjectGrain>(subject).GetVersionAsync(-1, includeDeleted: false);
            if (latest.Value is { } version)
            {
                links.Add(new TopicSchemaLink(role, subject, version.Version, version.Id, version.SchemaType));
                value = role == "value" ? version : value;
            }
        }

        return (links, value);
    }
}
