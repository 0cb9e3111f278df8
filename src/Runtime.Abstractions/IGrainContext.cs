namespace DataSpine.Runtime;

/// <summary>What an activation offers its grain instance.</summary>
public interface IGrainContext
{
    GrainId GrainId { get; }

    IGrainFactory GrainFactory { get; }

    void DeactivateOnIdle();

    IDisposable RegisterTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period);
}
