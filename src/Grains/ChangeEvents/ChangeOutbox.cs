using System.Data.Common;
using System.Globalization;
using DataSpine.Hosting.Storage;

namespace DataSpine.Grains.ChangeEvents;

/// <summary>
/// The catalog's change-event outbox: a table in the grain-state database that storage appends to in the same
/// transaction as the state write an event tells of, so an event exists exactly when its change committed. The
/// sequence numbers events in commit order; the publisher drains it to Kafka in that order and marks what the
/// broker acknowledged; the API reads it for pages and server-sent events.
/// </summary>
public abstract partial class ChangeOutbox : IStateWriteHook
{
    private const string Columns = "seq, event_id, subject, type, event";

    public abstract Task InitializeAsync(DbConnection connection, CancellationToken cancellationToken);

    public async Task OnStateWrittenAsync(DbConnection connection, DbTransaction transaction, StateWrite write, CancellationToken cancellationToken)
    {
        var changes = CatalogChanges.Of(write);
        if (changes.Count == 0)
        {
            return;
        }

        await LockSequenceAsync(connection, transaction, cancellationToken);
        var at = DateTimeOffset.UtcNow;
        foreach (var change in changes)
        {
            var (id, json) = CatalogEnvelope.Wrap(change, at);
            await ExecuteAsync(connection, transaction, "INSERT INTO catalog_outbox (event_id, subject, type, at, event) VALUES (@id, @subject, @type, @at, @event)",
                cancellationToken, ("id", id), ("subject", change.Subject), ("type", change.Type), ("at", Stamp(at)), ("event", json));
        }
    }

    /// <summary>Events after <paramref name="after"/>, oldest first, published or not.</summary>
    public async Task<CatalogEventPage> ReadAfterAsync(long after, int limit, CancellationToken cancellationToken)
    {
        var items = await ReadAsync($"SELECT {Columns} FROM catalog_outbox WHERE seq > @after ORDER BY seq LIMIT @limit", cancellationToken,
            ("after", after), ("limit", limit));
        return new CatalogEventPage(items, items.Count > 0 ? items[^1].Sequence : after);
    }

    public async Task<long> HeadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT COALESCE(MAX(seq), 0) FROM catalog_outbox", []);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>The oldest events the broker has not acknowledged yet.</summary>
    public Task<List<CatalogEventRecord>> ReadUnpublishedAsync(int limit, CancellationToken cancellationToken) =>
        ReadAsync($"SELECT {Columns} FROM catalog_outbox WHERE published_at IS NULL ORDER BY seq LIMIT @limit", cancellationToken, ("limit", limit));

    public async Task MarkPublishedAsync(IReadOnlyCollection<long> sequences, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (sequences.Count == 0)
        {
            return;
        }

        await using var connection = await OpenAsync(cancellationToken);
        var parameters = sequences.Select((s, i) => ($"s{i}", (object?)s)).Prepend(("at", Stamp(at))).ToArray();
        await ExecuteAsync(connection, null,
            $"UPDATE catalog_outbox SET published_at = @at WHERE seq IN ({string.Join(", ", sequences.Select((_, i) => $"@s{i}"))})",
            cancellationToken, parameters);
    }

    /// <summary>
    /// Deletes events older than <paramref name="before"/>: published ones, or every one when <paramref name="unpublishedToo"/>
    /// (no publisher is configured, so only the API reads them). Answers how many went.
    /// </summary>
    public async Task<int> PruneAsync(DateTimeOffset before, bool unpublishedToo, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ExecuteAsync(connection, null,
            $"DELETE FROM catalog_outbox WHERE at < @before{(unpublishedToo ? "" : " AND published_at IS NOT NULL")}", cancellationToken,
            ("before", Stamp(before)));
    }

    /// <summary>
    /// Makes this silo the cluster's one publisher while the returned lease is held; null when another silo is.
    /// </summary>
    public abstract Task<IPublisherLease?> TryLeadAsync(CancellationToken cancellationToken);

    /// <summary>Makes the sequence follow commit order among concurrent writers (PostgreSQL); SQLite has one writer.</summary>
    protected virtual Task LockSequenceAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>UTC, fixed width, so that text order is time order (both dialects store it as text).</summary>
    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private async Task<List<CatalogEventRecord>> ReadAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<CatalogEventRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new CatalogEventRecord(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
        }

        return items;
    }

    protected static async Task<int> ExecuteAsync(
        DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}

/// <summary>Being the cluster's one publisher; <see cref="IsHeldAsync"/> says whether that is still so.</summary>
public interface IPublisherLease : IAsyncDisposable
{
    Task<bool> IsHeldAsync(CancellationToken cancellationToken);
}
