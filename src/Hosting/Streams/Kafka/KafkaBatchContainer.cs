using Orleans.Providers.Streams.Common;
using Orleans.Streams;

namespace DataSpine.Hosting.Streams.Kafka;

/// <summary>
/// Events of one stream read from one Kafka record. Records written through Orleans carry the serialized
/// container itself; a plain topic's record becomes a container holding one <see cref="StreamRecord"/>.
/// Topic, partition and offset are set on reading (never serialized into the record), for the offset commit.
/// </summary>
[GenerateSerializer, Alias("ds.streams.KafkaBatchContainer")]
public sealed class KafkaBatchContainer : IBatchContainer
{
    public KafkaBatchContainer(StreamId streamId, List<object> events, Dictionary<string, object>? requestContext)
    {
        StreamId = streamId;
        Events = events;
        RequestContext = requestContext;
    }

    [Id(0)]
    public StreamId StreamId { get; private set; }

    [Id(1)]
    public List<object> Events { get; private set; }

    [Id(2)]
    public Dictionary<string, object>? RequestContext { get; private set; }

    [Id(3)]
    public EventSequenceTokenV2 Token { get; set; } = new(0);

    [Id(4)]
    public string Topic { get; set; } = "";

    [Id(5)]
    public int Partition { get; set; }

    public long Offset => Token.SequenceNumber;

    public StreamSequenceToken SequenceToken => Token;

    public IEnumerable<Tuple<T, StreamSequenceToken>> GetEvents<T>() =>
        Events.Select((e, i) => (e, i)).Where(x => x.e is T).Select(x => Tuple.Create((T)x.e, (StreamSequenceToken)Token.CreateSequenceTokenForEvent(x.i)));

    public bool ImportRequestContext()
    {
        if (RequestContext is null)
        {
            return false;
        }

        RequestContextExtensions.Import(RequestContext);
        return true;
    }
}
