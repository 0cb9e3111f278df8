using System.Text;
using DataSpine.Hosting.Streams;
using Orleans.Streams;
using Orleans.Streams.Core;

namespace DataSpine.Grains.Lineage.Kafka;

/// <summary>
/// One partition of the OpenLineage topic, in order. Each record goes through the same ingest as
/// POST /api/v1/lineage; a refused one goes to the dead-letter topic with its reasons. The record's offset
/// is stored only after that returned, and Orleans commits the Kafka offset only after this method returned,
/// so nothing acknowledged is lost; a record redelivered after a failover (at or below the stored offset)
/// is skipped rather than logged twice.
/// </summary>
[ImplicitStreamSubscription(StreamNamespaces.OpenLineage)]
internal sealed class OpenLineageStreamGrain(
    [PersistentState("openlineage-stream")] IPersistentState<OpenLineageStreamState> state,
    OpenLineageDeadLetters deadLetters) : Grain, IOpenLineageStreamGrain, IStreamSubscriptionObserver, IAsyncObserver<StreamRecord>
{
    public Task<long> GetLastOffsetAsync() => Task.FromResult(state.State.LastOffset);

    public async Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory)
    {
        ArgumentNullException.ThrowIfNull(handleFactory);
        await handleFactory.Create<StreamRecord>().ResumeAsync(this);
    }

    public async Task OnNextAsync(StreamRecord item, StreamSequenceToken? token = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Offset >= 0 && item.Offset <= state.State.LastOffset)
        {
            return;
        }

        var result = await GrainFactory.GetGrain<ILineageIngestGrain>("ingest").IngestEventAsync(Encoding.UTF8.GetString(item.Value));
        if (result.Sequence is null)
        {
            await deadLetters.PublishAsync(item, result.ErrorCode, result.Errors);
        }

        if (item.Offset >= 0)
        {
            state.State.LastOffset = item.Offset;
            await state.WriteStateAsync();
        }
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex) => Task.CompletedTask;
}
