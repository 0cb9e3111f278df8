namespace DataSpine.Runtime.Management;

/// <summary>Who this silo is: a name (host:process for now) and when it started.</summary>
public sealed class SiloIdentity
{
    public string Name { get; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    public DateTimeOffset StartedAt { get; } = DateTimeOffset.UtcNow;
}
