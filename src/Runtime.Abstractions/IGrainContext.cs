namespace DataSpine.Runtime;

/// <summary>What an activation offers its grain instance.</summary>
public interface IGrainContext
{
    GrainId GrainId { get; }

    IGrainFactory GrainFactory { get; }

    void DeactivateOnIdle();

    void DelayDeactivation(TimeSpan period);

    IDisposable RegisterTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period);
}
