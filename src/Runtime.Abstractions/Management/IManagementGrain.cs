namespace DataSpine.Runtime.Management;

/// <summary>Activation counts of one grain type on one silo.</summary>
public sealed record GrainTypeStatistics(string GrainType, int Activations);

/// <summary>What a silo reports about itself (Orleans' management grain is the model).</summary>
public sealed record SiloStatistics(
    string Silo,
    DateTimeOffset StartedAt,
    double UptimeSeconds,
    int TotalActivations,
    IReadOnlyList<GrainTypeStatistics> GrainTypes);

/// <summary>The runtime's own grain for operators: cluster and silo statistics.</summary>
public interface IManagementGrain : IGrainWithStringKey
{
    Task<IReadOnlyList<SiloStatistics>> GetSilosAsync();
}
