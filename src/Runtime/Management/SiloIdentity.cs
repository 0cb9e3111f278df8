namespace DataSpine.Runtime.Management;

/// <summary>Who this silo is: a name (host:process for now), when it started, and where it is in its life cycle.</summary>
public sealed class SiloIdentity
{
    private volatile SiloStatus _status = SiloStatus.Joining;

    public string Name { get; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    public DateTimeOffset StartedAt { get; } = DateTimeOffset.UtcNow;

    /// <summary>Joining until the runtime has its storage, Active while serving, then ShuttingDown and Dead.</summary>
    public SiloStatus Status
    {
        get => _status;
        set => _status = value;
    }
}
