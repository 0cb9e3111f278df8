using DataSpine.Hosting.Streams;
using Orleans.Streams;
using Orleans.Streams.Core;

namespace DataSpine.Grains.Streams;

/// <summary>A grain that reads, through its implicit subscription, the <see cref="StreamRecord"/>s of one partition of a plain topic.</summary>
public abstract class StreamRecordGrain : Grain, IStreamSubscriptionObserver, IAsyncObserver<StreamRecord>
{
    public async Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory)
    {
        ArgumentNullException.ThrowIfNull(handleFactory);
        await handleFactory.Create<StreamRecord>().ResumeAsync(this);
    }

    public abstract Task OnNextAsync(StreamRecord item, StreamSequenceToken? token = null);

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex) => Task.CompletedTask;
}
