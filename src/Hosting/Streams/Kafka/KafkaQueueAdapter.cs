using System.Text;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using Orleans.Streams;

namespace DataSpine.Hosting.Streams.Kafka;

/// <summary>
/// Writes stream events to Kafka and makes a receiver per partition. Events of an Orleans stream go, as one
/// record keyed by the stream id, to the stream topic's partition its queue maps to (so order holds per
/// stream); <see cref="StreamRecord"/>s written to a plain topic's namespace go to that topic as they are.
/// </summary>
internal sealed class KafkaQueueAdapter(
    string name, KafkaStreamOptions options, KafkaQueueMapper mapper, KafkaRecordDecoder decoder,
    IProducer<byte[]?, byte[]?> producer, ILoggerFactory loggerFactory) : IQueueAdapter
{
    public string Name => name;

    public bool IsRewindable => false;

    public StreamProviderDirection Direction => StreamProviderDirection.ReadWrite;

    public async Task QueueMessageBatchAsync<T>(StreamId streamId, IEnumerable<T> events, StreamSequenceToken? token, Dictionary<string, object>? requestContext)
    {
        if (token is not null)
        {
            throw new ArgumentException("The Kafka stream provider does not take a sequence token on write.", nameof(token));
        }

        var queue = mapper.QueueFor(streamId);
        var partition = new TopicPartition(queue.Topic, queue.Partition);
        if (queue.IsPlain)
        {
            foreach (var record in events.Cast<StreamRecord>())
            {
                await producer.ProduceAsync(partition, new Message<byte[]?, byte[]?>
                {
                    Key = record.Key is null ? null : Encoding.UTF8.GetBytes(record.Key),
                    Value = record.Value,
                });
            }

            return;
        }

        var container = new KafkaBatchContainer(streamId, [.. events.Cast<object>()], requestContext);
        await producer.ProduceAsync(partition, new Message<byte[]?, byte[]?>
        {
            Key = Encoding.UTF8.GetBytes(streamId.ToString()),
            Value = decoder.Encode(container),
        });
    }

    public IQueueAdapterReceiver CreateReceiver(QueueId queueId) =>
        new KafkaQueueAdapterReceiver(mapper.Queue(queueId), options, decoder, loggerFactory.CreateLogger<KafkaQueueAdapterReceiver>());
}
