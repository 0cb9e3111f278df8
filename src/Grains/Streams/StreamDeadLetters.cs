using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Confluent.Kafka;
using DataSpine.Hosting.Streams;
using DataSpine.Hosting.Streams.Kafka;
using Microsoft.Extensions.Logging;

namespace DataSpine.Grains.Streams;

/// <summary>
/// Writes refused records of a plain topic (OpenLineage events, metadata proposals) to that topic's dead-letter
/// topic as a JSON envelope with the reasons also in headers (docs/streams.md). Without Kafka (memory streams)
/// the refusal is logged.
/// </summary>
public sealed partial class StreamDeadLetters(StreamSettings settings, ILogger<StreamDeadLetters> logger) : IDisposable
{
    public const string ErrorHeader = "dataspine-error";
    public const string ReasonHeader = "dataspine-reason";

    private readonly Lazy<IProducer<byte[]?, byte[]>> _producer = new(() =>
        new ProducerBuilder<byte[]?, byte[]>(KafkaClientConfig.Producer(settings.Kafka)).Build());

    public async Task PublishAsync(string deadLetterTopic, StreamRecord record, string? code, IReadOnlyList<string> reasons)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(reasons);
        var error = code ?? "invalid_event";
        if (settings.Provider != StreamProviderKind.Kafka)
        {
            LogRefused(logger, record.Topic, record.Partition, record.Offset, error, string.Join(" ", reasons));
            return;
        }

        var headers = new Headers { { ErrorHeader, Encoding.UTF8.GetBytes(error) } };
        foreach (var reason in reasons)
        {
            headers.Add(ReasonHeader, Encoding.UTF8.GetBytes(reason));
        }

        // The delivery is awaited: the record's offset is committed only once its dead letter is stored.
        await _producer.Value.ProduceAsync(deadLetterTopic, new Message<byte[]?, byte[]>
        {
            Key = record.Key is null ? null : Encoding.UTF8.GetBytes(record.Key),
            Value = Envelope(record, error, reasons),
            Headers = headers,
        });
    }

    public static byte[] Envelope(StreamRecord record, string error, IReadOnlyList<string> reasons)
    {
        ArgumentNullException.ThrowIfNull(record);
        var envelope = new JsonObject
        {
            ["error"] = error,
            ["reasons"] = new JsonArray([.. reasons.Select(r => (JsonNode?)JsonValue.Create(r))]),
            ["original"] = Original(record.Value),
            ["source"] = new JsonObject
            {
                ["topic"] = record.Topic,
                ["partition"] = record.Partition,
                ["offset"] = record.Offset,
                ["key"] = record.Key,
                ["timestamp"] = record.Timestamp,
            },
        };
        return JsonSerializer.SerializeToUtf8Bytes(envelope);
    }

    public void Dispose()
    {
        if (_producer.IsValueCreated)
        {
            _producer.Value.Flush(TimeSpan.FromSeconds(5));
            _producer.Value.Dispose();
        }
    }

    /// <summary>The original as JSON when it is JSON, else as text (UTF-8) or base64 (anything else).</summary>
    private static JsonNode? Original(byte[] value)
    {
        try
        {
            return JsonNode.Parse(value);
        }
        catch (JsonException)
        {
            try
            {
                return JsonValue.Create(new UTF8Encoding(false, true).GetString(value));
            }
            catch (DecoderFallbackException)
            {
                return new JsonObject { ["base64"] = Convert.ToBase64String(value) };
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "Stream record {Topic}:{Partition}@{Offset} refused ({Error}): {Reasons}")]
    private static partial void LogRefused(ILogger logger, string topic, int partition, long offset, string error, string reasons);
}
