namespace DataSpine.Runtime.Cluster;

/// <summary>The embedded default's membership: this process only, same compare-and-swap rules.</summary>
internal sealed class InMemoryMembershipTable : IMembershipTable
{
    private readonly Lock _lock = new();
    private readonly List<MembershipEntry> _entries = [];
    private long _version;

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<MembershipSnapshot> ReadAllAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(new MembershipSnapshot([.. _entries], _version));
        }
    }

    public Task<bool> InsertAsync(MembershipEntry entry, long version, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (version != _version || _entries.Any(e => e.Silo == entry.Silo))
            {
                return Task.FromResult(false);
            }

            _entries.Add(entry);
            _version++;
            return Task.FromResult(true);
        }
    }

    public Task<bool> UpdateAsync(MembershipEntry entry, long version, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var index = _entries.FindIndex(e => e.Silo == entry.Silo);
            if (version != _version || index < 0)
            {
                return Task.FromResult(false);
            }

            _entries[index] = entry;
            _version++;
            return Task.FromResult(true);
        }
    }

    public Task UpdateIAmAliveAsync(SiloAddress silo, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var index = _entries.FindIndex(e => e.Silo == silo);
            if (index >= 0)
            {
                _entries[index] = _entries[index] with { IAmAliveAt = at };
            }
        }

        return Task.CompletedTask;
    }
}
