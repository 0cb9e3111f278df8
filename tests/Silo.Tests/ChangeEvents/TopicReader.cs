using System.Text;
using System.Text.Json;
using Confluent.Kafka;

namespace DataSpine.Silo.Tests.ChangeEvents;

/// <summary>A message of the change-event topic as a plain Confluent consumer sees it.</summary>
internal sealed record TopicMessage(string Key, string CloudEventId, string ContentType, JsonElement Event)
{
    public string Id => Event.GetProperty("id").GetString()!;

    public string Type => Event.GetProperty("type").GetString()!;

    public string Subject => Event.GetProperty("subject").GetString()!;
}

/// <summary>Reads a topic from its start with a plain Confluent consumer until the wanted event ids have all arrived.</summary>
internal static class TopicReader
{
    public static List<TopicMessage> ReadUntil(string bootstrapServers, string topic, IReadOnlyCollection<string> ids, TimeSpan timeout)
    {
        using var consumer = new ConsumerBuilder<string, string>(new ConsumerConfig
        {
            BootstrapServers = bootstrapServers,
            GroupId = $"events-test-{Guid.NewGuid():N}",
            AutoOffsetReset = AutoOffsetReset.Earliest,
            EnableAutoCommit = false,
        }).Build();
        consumer.Subscribe(topic);
        var messages = new List<TopicMessage>();
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !ids.All(id => messages.Any(m => m.Id == id)))
        {
            if (consumer.Consume(TimeSpan.FromMilliseconds(200)) is { Message: { } message })
            {
                messages.Add(new TopicMessage(message.Key, Header(message, "ce_id"), Header(message, "content-type"), JsonElement.Parse(message.Value)));
            }
        }

        consumer.Close();
        return messages;
    }

    private static string Header(Message<string, string> message, string name) =>
        message.Headers.TryGetLastBytes(name, out var value) ? Encoding.UTF8.GetString(value) : "";
}
