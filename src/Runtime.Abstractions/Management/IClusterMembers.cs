namespace DataSpine.Runtime.Management;

/// <summary>
/// A silo as the membership table lists it: its address (host:port:generation), name (host:process id, as
/// in its snapshot), status, start, and the last time it was heard of (I-am-alive, status change or the
/// vote that declared it dead).
/// </summary>
public sealed record SiloMember(string Address, string Name, SiloStatus Status, DateTimeOffset StartedAt, DateTimeOffset LastHeardOf);

/// <summary>
/// Every silo of the membership table as this process last read it, dead ones included: the dashboard
/// lists silos that do not answer for a snapshot, and silos that died. A single node has no table: none.
/// </summary>
public interface IClusterMembers
{
    IReadOnlyList<SiloMember> Members { get; }
}
