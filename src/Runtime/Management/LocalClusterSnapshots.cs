namespace DataSpine.Runtime.Management;

/// <summary>The single-node answer: this silo's snapshot only. The cluster replaces it by asking every live silo.</summary>
internal sealed class LocalClusterSnapshots(ILocalSiloSnapshot silo) : IClusterSnapshots
{
    public Task<IReadOnlyList<SiloSnapshot>> GetSnapshotsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SiloSnapshot>>([silo.Take()]);
}
