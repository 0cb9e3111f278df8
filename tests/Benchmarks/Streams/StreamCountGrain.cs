using System.Diagnostics;
using DataSpine.Hosting.Streams;
using Orleans.Streams;
using Orleans.Streams.Core;

namespace DataSpine.Benchmarks.Streams;

[Alias("bench.IStreamCountGrain")]
public interface IStreamCountGrain : IGrainWithStringKey
{
}

/// <summary>Counts the records delivered to it (one activation per partition); the count is process-wide, for the benchmark to watch.</summary>
[ImplicitStreamSubscription(Namespace)]
public sealed class StreamCountGrain : Grain, IStreamCountGrain, IStreamSubscriptionObserver, IAsyncObserver<StreamRecord>
{
    public const string Namespace = "bench.count";

    private static int s_count;
    private static long s_first;
    private static long s_last;

    public static int Count => Volatile.Read(ref s_count);

    public static double DeliverySeconds => Stopwatch.GetElapsedTime(Interlocked.Read(ref s_first), Interlocked.Read(ref s_last)).TotalSeconds;

    public static void Reset() => (s_count, s_first, s_last) = (0, 0, 0);

    public async Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        await handleFactory.Create<StreamRecord>().ResumeAsync(this);

    public Task OnNextAsync(StreamRecord item, StreamSequenceToken? token = null)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.CompareExchange(ref s_first, now, 0);
        Interlocked.Exchange(ref s_last, now);
        Interlocked.Increment(ref s_count);
        return Task.CompletedTask;
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex) => Task.CompletedTask;
}
