using DataSpine.Runtime.Management;

namespace DataSpine.Runtime.Cluster;

/// <summary>The membership table as <see cref="ClusterView"/> last read it.</summary>
internal sealed class ClusterMembers(ClusterView view) : IClusterMembers
{
    public IReadOnlyList<SiloMember> Members =>
        view.Snapshot?.Entries.Select(e => new SiloMember(e.Silo.ToString(), e.Name, e.Status, e.StartedAt,
            e.Suspicions.Select(v => v.At).Append(e.IAmAliveAt).Max())).ToList() ?? [];
}
