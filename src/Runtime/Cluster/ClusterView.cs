namespace DataSpine.Runtime.Cluster;

/// <summary>
/// The live membership as this process last read it, and placement over it. The owner of a grain is
/// chosen by rendezvous (highest-random-weight) hashing over the active silos: every process computes
/// the same owner from the same membership with no directory to consult, and when a silo joins or
/// leaves only the grains it gains or held move (a ring with virtual nodes would move as few, but needs
/// tuning; with a handful of silos the O(silos) scan per call is cheaper than a lookup structure).
/// </summary>
internal sealed class ClusterView
{
    private volatile Placement _placement = new([], [], -1);
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>This silo, or null in a process that hosts no grains.</summary>
    public SiloAddress? Self { get; set; }

    public long Version => _placement.Version;

    public IReadOnlyList<SiloAddress> ActiveSilos => _placement.Silos;

    public MembershipSnapshot? Snapshot { get; private set; }

    /// <summary>Raised after the set of active silos changed.</summary>
    public event Action? Changed;

    /// <summary>Completes when the active set changes next.</summary>
    public Task NextChange => _changed.Task;

    public void Update(MembershipSnapshot snapshot)
    {
        var current = _placement;
        if (snapshot.Version <= current.Version && current.Version >= 0)
        {
            return;
        }

        Snapshot = snapshot;
        var silos = snapshot.Active.Select(e => e.Silo).OrderBy(s => s.ToString(), StringComparer.Ordinal).ToArray();
        _placement = new Placement(silos, [.. silos.Select(s => Hash(s.ToString()))], snapshot.Version);
        if (!silos.SequenceEqual(current.Silos))
        {
            Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            Changed?.Invoke();
        }
    }

    /// <summary>The active silo that owns the grain, or null while no silo is active.</summary>
    public SiloAddress? OwnerOf(GrainId id)
    {
        var placement = _placement;
        if (placement.Silos.Length == 0)
        {
            return null;
        }

        var grain = Hash(id.Type) ^ (Hash(id.Key) * 0x9E3779B97F4A7C15UL);
        var best = 0;
        var bestScore = 0UL;
        for (var i = 0; i < placement.Silos.Length; i++)
        {
            var score = Mix(placement.Seeds[i] ^ grain);
            if (i == 0 || score > bestScore)
            {
                best = i;
                bestScore = score;
            }
        }

        return placement.Silos[best];
    }

    public bool IsOwnedHere(GrainId id) => Self is { } self && OwnerOf(id) == self;

    /// <summary>FNV-1a over UTF-16 code units: stable across processes and runs (string.GetHashCode is not).</summary>
    private static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return Mix(hash);
    }

    /// <summary>SplitMix64's finaliser: spreads FNV's weak low bits over the whole word.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private sealed record Placement(SiloAddress[] Silos, ulong[] Seeds, long Version);
}
