using DataSpine.Runtime.Management;

namespace DataSpine.Runtime.Cluster;

/// <summary>A silo: address:port:generation, the generation strictly increasing per start of that address.</summary>
public readonly record struct SiloAddress(string Host, int Port, long Generation)
{
    public string Endpoint => $"{Host}:{Port}";

    public override string ToString() => $"{Host}:{Port}:{Generation}";

    public static SiloAddress Parse(string advertised, long generation)
    {
        var colon = advertised.LastIndexOf(':');
        return colon <= 0 || !int.TryParse(advertised[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture, out var port)
            ? throw new FormatException($"Cluster:AdvertisedAddress must be host:port; got '{advertised}'.")
            : new SiloAddress(advertised[..colon], port, generation);
    }
}

/// <summary>A suspicion: which silo suspected, and when.</summary>
public sealed record SuspectVote(string By, DateTimeOffset At);

/// <summary>One row of the membership table.</summary>
public sealed record MembershipEntry(
    SiloAddress Silo,
    string Name,
    SiloStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset IAmAliveAt,
    IReadOnlyList<SuspectVote> Suspicions);

/// <summary>The whole table at one version (the compare-and-swap token for every status change).</summary>
public sealed record MembershipSnapshot(IReadOnlyList<MembershipEntry> Entries, long Version)
{
    public IEnumerable<MembershipEntry> Active => Entries.Where(e => e.Status == SiloStatus.Active);

    public MembershipEntry? Find(SiloAddress silo) => Entries.FirstOrDefault(e => e.Silo == silo);
}

/// <summary>
/// The membership table (Orleans' design): every insert and status change names the table version it
/// read and bumps it; a writer holding a stale version is refused and must re-read.
/// </summary>
public interface IMembershipTable
{
    Task InitializeAsync(CancellationToken cancellationToken);

    Task<MembershipSnapshot> ReadAllAsync(CancellationToken cancellationToken);

    /// <summary>Adds a row if the table is still at <paramref name="version"/> and the silo is new; false otherwise.</summary>
    Task<bool> InsertAsync(MembershipEntry entry, long version, CancellationToken cancellationToken);

    /// <summary>Replaces a row (status, suspicions) if the table is still at <paramref name="version"/>; false otherwise.</summary>
    Task<bool> UpdateAsync(MembershipEntry entry, long version, CancellationToken cancellationToken);

    /// <summary>Writes the silo's I-am-alive time; no version involved (it changes no status).</summary>
    Task UpdateIAmAliveAsync(SiloAddress silo, DateTimeOffset at, CancellationToken cancellationToken);
}
