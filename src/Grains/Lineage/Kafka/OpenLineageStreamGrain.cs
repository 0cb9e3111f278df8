using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DataSpine.Grains.Streams;
using DataSpine.Hosting.Streams;
using Orleans.Streams;

namespace DataSpine.Grains.Lineage.Kafka;

/// <summary>
/// One partition of the OpenLineage topic, in order. Each record goes through the same ingest as
/// POST /api/v1/lineage; a refused one goes to the dead-letter topic with its reasons. Orleans commits the
/// Kafka offset only after this method returned, so nothing acknowledged is lost. A record redelivered after
/// a failover is not logged twice: records before the one whose handling started last are skipped, and that
/// one (whose ingest a dying silo may or may not have finished) only when the log already holds the same event.
/// </summary>
[ImplicitStreamSubscription(StreamNamespaces.OpenLineage)]
internal sealed class OpenLineageStreamGrain(
    [PersistentState("openlineage-stream")] IPersistentState<OpenLineageStreamState> state,
    StreamDeadLetters deadLetters,
    StreamSettings settings) : StreamRecordGrain, IOpenLineageStreamGrain
{
    private const int MaxSameTimeEvents = 10_000;

    public Task<long> GetLastOffsetAsync() => Task.FromResult(state.State.Started);

    public override async Task OnNextAsync(StreamRecord item, StreamSequenceToken? token = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        var json = Encoding.UTF8.GetString(item.Value);
        if (item.Offset >= 0)
        {
            if (item.Offset < state.State.Started || (item.Offset == state.State.Started && await LoggedAsync(json)))
            {
                return;
            }

            if (item.Offset > state.State.Started)
            {
                state.State.Started = item.Offset;
                await state.WriteStateAsync();
            }
        }

        var result = await GrainFactory.GetGrain<ILineageIngestGrain>("ingest").IngestEventAsync(json);
        if (result.Sequence is null)
        {
            await deadLetters.PublishAsync(settings.OpenLineage.DeadLetterTopic, item, result.ErrorCode, result.Errors);
        }
    }

    /// <summary>Whether the event log holds an event equal to this one (same JSON, compared as JSON) at its eventTime.</summary>
    private async Task<bool> LoggedAsync(string json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return false;
        }

        if (node?["eventTime"] is not JsonValue time || !time.TryGetValue<string>(out var text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return false;
        }

        var page = await GrainFactory.GetGrain<ILineageEventLogGrain>("all")
            .ListAsync(new LineageEventQuery(at.AddTicks(1), at.AddTicks(-1), MaxSameTimeEvents, 0, true));
        return page.Events.Any(e => JsonNode.DeepEquals(JsonNode.Parse(e.Json), node));
    }
}
