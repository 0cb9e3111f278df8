using System.Collections.Concurrent;
using System.Data;
using Npgsql;

namespace DataSpine.Grains.Catalog.Search;

/// <summary>
/// A few connections kept open for search and reused last-in first-out, as PgBouncer does by default. Npgsql's
/// pool hands out its idle connections in turn, so consecutive searches met a different server backend each time
/// (16 after a scan's parallel writes), and a backend's first pass over the search tables costs several times a
/// warm one: it fills its catalog caches and maps the shared buffers it touches (on the benchmark's table, body
/// 'sales' &amp; 'customer' took 25 ms on a fresh backend and 6–9 ms on one that had run it).
/// Searches prepare their statements on these connections, and the plans are generic: made once per connection
/// and statement instead of at every search (planning the reads of every partition took about 1 ms, more than a
/// lookup by a rare word then took to run). A generic plan reads each partition by its index, which is what a
/// read that stops at the window wants whatever the words.
/// </summary>
internal sealed class PostgresSearchConnections(NpgsqlDataSource dataSource)
{
    private readonly ConcurrentStack<NpgsqlConnection> _idle = new();
    private readonly int _kept = Math.Max(2, Environment.ProcessorCount);

    public async ValueTask<Lease> RentAsync(CancellationToken cancellationToken)
    {
        while (_idle.TryPop(out var connection))
        {
            if (connection.FullState == ConnectionState.Open)
            {
                return new Lease(this, connection);
            }

            await connection.DisposeAsync();
        }

        var opened = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var generic = new NpgsqlCommand("SET plan_cache_mode = force_generic_plan", opened);
        await generic.ExecuteNonQueryAsync(cancellationToken);
        return new Lease(this, opened);
    }

    private async ValueTask ReturnAsync(NpgsqlConnection connection)
    {
        if (connection.FullState == ConnectionState.Open && _idle.Count < _kept)
        {
            _idle.Push(connection);
        }
        else
        {
            await connection.DisposeAsync();
        }
    }

    /// <summary>A connection for one search; disposing it gives it back.</summary>
    public readonly struct Lease(PostgresSearchConnections owner, NpgsqlConnection connection) : IAsyncDisposable
    {
        public NpgsqlConnection Connection => connection;

        public ValueTask DisposeAsync() => owner.ReturnAsync(connection);
    }
}
