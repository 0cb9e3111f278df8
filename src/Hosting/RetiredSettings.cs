using Microsoft.Extensions.Configuration;

namespace DataSpine.Hosting;

/// <summary>
/// Keys of the stand-in runtime that Orleans replaced. A node that finds one refuses to start and names
/// what replaces it: a setting silently ignored would run the cluster with timings nobody chose.
/// </summary>
public static class RetiredSettings
{
    private static readonly Dictionary<string, string> Replacements = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Cluster:ProbePeriod"] = "Cluster:Membership:ProbeTimeout (Orleans probes once per timeout)",
        ["Cluster:ProbeTimeout"] = "Cluster:Membership:ProbeTimeout",
        ["Cluster:MissedProbesLimit"] = "Cluster:Membership:NumMissedProbesLimit",
        ["Cluster:ProbedPeers"] = "Cluster:Membership:NumProbedSilos",
        ["Cluster:VotesForDeath"] = "Cluster:Membership:NumVotesForDeathDeclaration",
        ["Cluster:DeathVoteExpiration"] = "Cluster:Membership:DeathVoteExpirationTimeout",
        ["Cluster:TableRefreshPeriod"] = "Cluster:Membership:TableRefreshTimeout",
        ["Cluster:IAmAlivePeriod"] = "Cluster:Membership:IAmAliveTablePublishTimeout",
        ["Cluster:NewSiloGracePeriod"] = "nothing: Orleans' membership admits a joining silo itself; remove the key",
        ["Cluster:ReminderPollPeriod"] = "nothing: Orleans' reminder service fires reminders by timer; remove the key",
        ["Runtime:CopyCallsThroughJson"] = "nothing: Orleans copies and serializes arguments with its own serializer; remove the key",
        ["Runtime:GrainAssemblyPaths"] = "nothing: grains come from the assemblies the node references; remove the key",
        ["Runtime:ShutdownTimeout"] = "HostOptions:ShutdownTimeout",
    };

    public static void ThrowIfPresent(IConfiguration configuration)
    {
        var found = Replacements
            .Where(r => configuration.GetSection(r.Key) is var section && (section.Value is not null || section.GetChildren().Any()))
            .Select(r => $"{r.Key} no longer applies; use {r.Value}.")
            .ToList();
        if (found.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, found));
        }
    }
}
