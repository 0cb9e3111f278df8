using DataSpine.Runtime.Types;

namespace DataSpine.Runtime.Management;

/// <summary>Answers from this silo's own counters; the cluster version merges every silo's answer.</summary>
[StatelessWorker]
internal sealed class ManagementGrain(GrainTypeRegistry types, SiloIdentity silo) : Grain, IManagementGrain
{
    public Task<IReadOnlyList<SiloStatistics>> GetSilosAsync()
    {
        var byType = types.All
            .Select(t => new GrainTypeStatistics(t.Name, t.ActivationCount))
            .Where(t => t.Activations > 0)
            .OrderBy(t => t.GrainType, StringComparer.Ordinal)
            .ToList();
        IReadOnlyList<SiloStatistics> silos =
        [
            new SiloStatistics(silo.Name, silo.StartedAt, (DateTimeOffset.UtcNow - silo.StartedAt).TotalSeconds,
                byType.Sum(t => t.Activations), byType),
        ];
        return Task.FromResult(silos);
    }
}
