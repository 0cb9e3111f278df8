using DataSpine.Grains.Audit;
using DataSpine.Grains.Streams;
using DataSpine.Hosting.Streams;
using Orleans.Streams;

namespace DataSpine.Grains.Catalog.Proposals;

/// <summary>
/// One partition of the metadata proposals topic, in order. Each proposal is read, checked and applied through
/// the asset grain's own edits; a refused one goes to the dead-letter topic with its code and reasons. Records
/// below the one whose handling started last are skipped on redelivery; that one is applied again, which
/// changes nothing because every change sets a value. The audit trail names the topic as the actor
/// ("kafka:&lt;topic&gt;") and the proposal's own actor and id in the operation.
/// </summary>
[ImplicitStreamSubscription(StreamNamespaces.MetadataProposals)]
internal sealed class MetadataProposalStreamGrain(
    [PersistentState("metadata-proposal-stream")] IPersistentState<MetadataProposalStreamState> state,
    StreamDeadLetters deadLetters,
    StreamSettings settings) : StreamRecordGrain, IMetadataProposalStreamGrain
{
    public Task<long> GetLastOffsetAsync() => Task.FromResult(state.State.Started);

    public override async Task OnNextAsync(StreamRecord item, StreamSequenceToken? token = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Offset >= 0)
        {
            if (item.Offset < state.State.Started)
            {
                return;
            }

            if (item.Offset > state.State.Started)
            {
                state.State.Started = item.Offset;
                await state.WriteStateAsync();
            }
        }

        var (proposal, refusal) = MetadataProposalReader.Read(item.Value);
        if (proposal is not null)
        {
            AuditContext.Set($"kafka:{item.Topic}", null, $"metadata proposal {proposal.ProposalId} proposed-by {proposal.Actor ?? "unknown"}", proposal.ProposalId);
            try
            {
                refusal = await MetadataProposalApplier.ApplyAsync(GrainFactory, proposal);
            }
            finally
            {
                RequestContext.Clear();
            }
        }

        if (refusal is not null)
        {
            await deadLetters.PublishAsync(settings.MetadataProposals.DeadLetterTopic, item, refusal.Code, refusal.Reasons);
        }
    }
}
