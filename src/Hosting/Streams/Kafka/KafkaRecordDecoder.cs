using System.Text;
using Confluent.Kafka;
using Orleans.Providers.Streams.Common;
using Orleans.Serialization;

namespace DataSpine.Hosting.Streams.Kafka;

/// <summary>Turns a consumed record into the batch container Orleans delivers, by the kind of topic it came from.</summary>
public sealed class KafkaRecordDecoder(Serializer serializer)
{
    /// <summary>The container, or null for a record of the stream topic that Orleans did not write (it is skipped).</summary>
    public KafkaBatchContainer? Decode(KafkaPartitionQueue queue, ConsumeResult<byte[]?, byte[]?> result)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(result);
        KafkaBatchContainer? container;
        if (queue.IsPlain)
        {
            var key = result.Message.Key is { } k ? Encoding.UTF8.GetString(k) : null;
            var record = new StreamRecord(queue.Topic, queue.Partition, result.Offset.Value, key, result.Message.Value ?? [], result.Message.Timestamp.UtcDateTime);
            container = new KafkaBatchContainer(StreamId.Create(queue.Namespace!, queue.StreamKey), [record], null);
        }
        else
        {
            try
            {
                container = serializer.Deserialize<KafkaBatchContainer>(result.Message.Value ?? []);
            }
            catch (Exception e) when (e is SerializerException or InvalidOperationException or ArgumentException)
            {
                return null;
            }

            if (container is null)
            {
                return null;
            }
        }

        container.Token = new EventSequenceTokenV2(result.Offset.Value);
        container.Topic = queue.Topic;
        container.Partition = queue.Partition;
        return container;
    }

    public byte[] Encode(KafkaBatchContainer container) => serializer.SerializeToArray(container);
}
