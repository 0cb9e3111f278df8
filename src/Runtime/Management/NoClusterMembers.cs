namespace DataSpine.Runtime.Management;

/// <summary>A single node keeps no membership table worth listing; the cluster replaces this.</summary>
internal sealed class NoClusterMembers : IClusterMembers
{
    public IReadOnlyList<SiloMember> Members => [];
}
