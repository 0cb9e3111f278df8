namespace DataSpine.Runtime.Management;

/// <summary>Answers from the silos' snapshots: this silo's alone on a single node, every live silo's in a cluster.</summary>
[StatelessWorker]
internal sealed class ManagementGrain(IClusterSnapshots cluster) : Grain, IManagementGrain
{
    public async Task<IReadOnlyList<SiloStatistics>> GetSilosAsync()
    {
        var snapshots = await cluster.GetSnapshotsAsync(CancellationToken.None);
        return snapshots
            .Select(s => new SiloStatistics(s.Silo, s.StartedAt, s.UptimeSeconds, s.Activations.Sum(t => t.Activations), s.Activations))
            .ToList();
    }
}
