using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Orleans.Storage;

namespace DataSpine.Hosting.Storage;

/// <summary>
/// DataSpine's grain storage for Orleans, shared by SQLite and PostgreSQL: one row per (grain type, grain
/// key, state name), the key stored as the text it is (Orleans' ADO.NET storage stores hex-looking string
/// keys as numbers, so "777" and "0777" or "abc" and "ABC" share a row, and keys rows by state name alone).
/// The ETag is an integer version that every write compares and increments. A clear keeps the row with a
/// null payload so that versions never restart (no ABA on re-create). Hooks commit in the same transaction.
/// </summary>
public abstract class RelationalGrainStorage(IEnumerable<IStateWriteHook> hooks) : IGrainStorage
{
    protected const string CreateTable = """
        CREATE TABLE IF NOT EXISTS grain_state (
            grain_type TEXT NOT NULL,
            grain_key TEXT NOT NULL,
            state_name TEXT NOT NULL,
            payload TEXT NULL,
            version BIGINT NOT NULL,
            updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
            PRIMARY KEY (grain_type, grain_key, state_name))
        """;

    private const string Where = "grain_type = @t AND grain_key = @k AND state_name = @s";

    private readonly IStateWriteHook[] _hooks = [.. hooks];

    // What each activation's state object last held as stored, for hooks that record what changed (audit).
    // Keyed weakly by the activation's IGrainState, so it goes when the activation does.
    private readonly ConditionalWeakTable<object, string> _lastPayloads = [];
    private readonly Lock _schemaLock = new();
    private volatile Task? _schema;

    /// <summary>Creates the tables once; a failed attempt is retried by the next caller.</summary>
    public Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (_schema is { IsCompletedSuccessfully: true })
        {
            return Task.CompletedTask; // every read and write asks: no lock once the tables exist
        }

        lock (_schemaLock)
        {
            if (_schema is null || _schema.IsFaulted || _schema.IsCanceled)
            {
                _schema = CreateAllAsync();
            }

            return _schema.IsCompletedSuccessfully ? Task.CompletedTask : _schema.WaitAsync(cancellationToken);
        }
    }

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = KeyOf(stateName, grainId);
        await InitializeAsync(CancellationToken.None);
        await using var connection = await OpenAsync(CancellationToken.None);
        var (payload, version) = await ReadAsync(connection, key, CancellationToken.None);
        grainState.ETag = version?.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = payload is not null;
        grainState.State = payload is null ? Activator.CreateInstance<T>() : (T)GrainStateJson.Deserialize(payload, typeof(T));
        Remember(grainState, payload);
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = KeyOf(stateName, grainId);
        var state = grainState.State ?? throw new ArgumentException("State to write is null.", nameof(grainState));
        var payload = GrainStateJson.Serialize(state, typeof(T));
        await InitializeAsync(CancellationToken.None);
        var expected = ParseEtag(grainState.ETag, key);
        var sql = expected is null
            ? "INSERT INTO grain_state (grain_type, grain_key, state_name, payload, version) VALUES (@t, @k, @s, @p, 1) ON CONFLICT DO NOTHING"
            : $"UPDATE grain_state SET payload = @p, version = version + 1, updated_at = CURRENT_TIMESTAMP WHERE {Where} AND version = @v";
        await ExecuteConditionalAsync(new StateWrite(key, typeof(T), state, payload, Previous(grainState), (expected ?? 0) + 1, CallContext()), sql, expected, grainState.ETag);
        grainState.ETag = ((expected ?? 0) + 1).ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
        Remember(grainState, payload);
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = KeyOf(stateName, grainId);
        await InitializeAsync(CancellationToken.None);
        var expected = ParseEtag(grainState.ETag, key);
        if (expected is null)
        {
            await using var connection = await OpenAsync(CancellationToken.None);
            var (_, stored) = await ReadAsync(connection, key, CancellationToken.None);
            if (stored is not null)
            {
                throw Conflict(key, stored, grainState.ETag);
            }
        }
        else
        {
            var sql = $"UPDATE grain_state SET payload = NULL, version = version + 1, updated_at = CURRENT_TIMESTAMP WHERE {Where} AND version = @v";
            await ExecuteConditionalAsync(new StateWrite(key, typeof(T), null, null, Previous(grainState), expected.Value + 1, CallContext()), sql, expected, grainState.ETag);
            grainState.ETag = (expected.Value + 1).ToString(CultureInfo.InvariantCulture);
        }

        Remember(grainState, null);
        grainState.RecordExists = false;
        grainState.State = Activator.CreateInstance<T>();
    }

    /// <summary>Throws when storage cannot be reached (readiness and start-up checks).</summary>
    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM grain_state WHERE 1 = 0";
        await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>Grain type as Orleans names it ("asset" for AssetGrain), and the key exactly as given.</summary>
    public static StateRowKey KeyOf(string stateName, GrainId grainId) => new(grainId.Type.ToString()!, grainId.Key.ToString()!, stateName);

    /// <summary>Creates storage's table (and whatever a hook needs) on the given connection.</summary>
    protected abstract Task CreateSchemaAsync(DbConnection connection, CancellationToken cancellationToken);

    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs one write unit in a transaction and commits it, answering the rows it changed. PostgreSQL
    /// takes writers side by side; SQLite has one writer and commits several units at once.
    /// </summary>
    protected virtual async Task<int> WriteUnitAsync(WriteWork work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rows = await work(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rows;
    }

    protected delegate Task<int> WriteWork(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    private async Task CreateAllAsync()
    {
        await using var connection = await OpenAsync(CancellationToken.None);
        await using var schemaLock = await LockSchemaAsync(connection, CancellationToken.None);
        await CreateSchemaAsync(connection, CancellationToken.None);
        foreach (var hook in _hooks)
        {
            await hook.InitializeAsync(connection, CancellationToken.None);
        }
    }

    /// <summary>Held while storage and its hooks create their tables (several silos may start at once).</summary>
    protected virtual Task<IAsyncDisposable> LockSchemaAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable>(NoLock.Instance);

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private static Dictionary<string, object> CallContext() =>
        RequestContext.Keys.Select(k => (k, RequestContext.Get(k))).Where(e => e.Item2 is not null).ToDictionary(e => e.k, e => e.Item2!);

    private string? Previous(object grainState) => _lastPayloads.TryGetValue(grainState, out var payload) ? payload : null;

    private void Remember(object grainState, string? payload)
    {
        if (payload is null)
        {
            _lastPayloads.Remove(grainState);
        }
        else
        {
            _lastPayloads.AddOrUpdate(grainState, payload);
        }
    }

    /// <summary>The conditional write and the hooks' work commit together or not at all.</summary>
    private async Task ExecuteConditionalAsync(StateWrite write, string sql, long? expected, string? etag)
    {
        var key = write.Key;
        var changed = await WriteUnitAsync(async (connection, transaction, token) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            AddKey(command, key);
            Add(command, "p", (object?)write.Payload ?? DBNull.Value);
            if (expected is not null)
            {
                Add(command, "v", expected.Value);
            }

            var rows = await command.ExecuteNonQueryAsync(token);
            if (rows > 0)
            {
                foreach (var hook in _hooks)
                {
                    await hook.OnStateWrittenAsync(connection, transaction, write, token);
                }
            }

            return rows;
        }, CancellationToken.None);

        if (changed == 0)
        {
            await using var connection = await OpenAsync(CancellationToken.None);
            var (_, stored) = await ReadAsync(connection, key, CancellationToken.None);
            throw Conflict(key, stored, etag);
        }
    }

    private static async Task<(string? Payload, long? Version)> ReadAsync(DbConnection connection, StateRowKey key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT payload, version FROM grain_state WHERE {Where}";
        AddKey(command, key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return (null, null);
        }

        return (await reader.IsDBNullAsync(0, cancellationToken) ? null : reader.GetString(0), reader.GetInt64(1));
    }

    private static void AddKey(DbCommand command, StateRowKey key)
    {
        Add(command, "t", key.GrainType);
        Add(command, "k", key.GrainKey);
        Add(command, "s", key.StateName);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static long? ParseEtag(string? etag, StateRowKey key) =>
        etag is null ? null
        : long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version
        : throw Conflict(key, null, etag);

    private static InconsistentStateException Conflict(StateRowKey key, long? stored, string? current) =>
        new($"State {key.StateName} of {key.GrainType}/{key.GrainKey} was written by someone else " +
            $"(stored version {stored?.ToString(CultureInfo.InvariantCulture) ?? "none"}, this writer read {current ?? "none"}).",
            stored?.ToString(CultureInfo.InvariantCulture) ?? "none", current ?? "none");
}
