namespace DataSpine.Runtime.Cluster;

public enum ClusterMode
{
    /// <summary>One process, one silo, membership in memory; no PostgreSQL needed.</summary>
    Embedded,

    /// <summary>Silos share a PostgreSQL membership table and call each other over HTTP/2.</summary>
    Postgres,
}

public enum ClusterRole
{
    /// <summary>Hosts grains (and, unless turned off, the public API).</summary>
    Silo,

    /// <summary>Hosts no grains: routes every call to the owning silo.</summary>
    Api,
}

/// <summary>Settings of the cluster (configuration section "Cluster"). Timings default to Orleans' own.</summary>
public sealed class ClusterOptions
{
    public ClusterMode Mode { get; set; } = ClusterMode.Embedded;

    public ClusterRole Role { get; set; } = ClusterRole.Silo;

    /// <summary>Silos of one cluster share this id; several clusters may share one database.</summary>
    public string ClusterId { get; set; } = "dataspine";

    /// <summary>Where other silos reach this one for grain calls (host:port, HTTP/2 without TLS).</summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1:11111";

    /// <summary>Whether a silo also serves the public HTTP API (an api process always does).</summary>
    public bool ServeApi { get; set; } = true;

    /// <summary>The membership database; defaults to Storage:ConnectionString.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>How often each silo probes some of its peers.</summary>
    public TimeSpan ProbePeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a probe may take before it counts as missed.</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Missed probes in a row after which a peer is suspected.</summary>
    public int MissedProbesLimit { get; set; } = 3;

    /// <summary>Peers each silo probes.</summary>
    public int ProbedPeers { get; set; } = 3;

    /// <summary>Suspicions (from different silos, within <see cref="DeathVoteExpiration"/>) that declare a silo dead.</summary>
    public int VotesForDeath { get; set; } = 2;

    public TimeSpan DeathVoteExpiration { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>A silo that started this recently is not voted dead for missed probes (it is still warming up).</summary>
    public TimeSpan NewSiloGracePeriod { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How often a silo looks for due reminders of the grains it owns.</summary>
    public TimeSpan ReminderPollPeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often a silo re-reads the membership table.</summary>
    public TimeSpan TableRefreshPeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often a silo writes its I-am-alive time (for operators; probes decide death).</summary>
    public TimeSpan IAmAlivePeriod { get; set; } = TimeSpan.FromSeconds(30);
}
