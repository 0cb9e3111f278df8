using System.Globalization;
using Microsoft.Data.Sqlite;

namespace DataSpine.Hosting.Reminders;

/// <summary>
/// Durable reminders for the embedded (one-process) mode: one row per grain and reminder name in a SQLite
/// file, so scheduled work survives a restart. The grain id is stored as its string form and compared
/// exactly (case and leading zeros matter); its ring position is <see cref="GrainId.GetUniformHashCode"/>
/// as an unsigned integer. ETags are fresh GUIDs, so a removed and re-created reminder never takes back
/// an ETag that a stale caller still holds.
/// </summary>
public sealed class SqliteReminderTable(string connectionString) : IReminderTable
{
    private const string Columns = "grain_id, reminder_name, start_at_ticks, period_ticks, etag";

    private readonly Lock _initLock = new();
    private Task? _init;

    /// <summary>Creates the table once; a failed attempt is retried by the next caller.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        lock (_initLock)
        {
            if (_init is null || _init.IsFaulted || _init.IsCanceled)
            {
                _init = CreateTableAsync();
            }

            return _init.WaitAsync(cancellationToken);
        }
    }

    public Task Init() => StartAsync();

    public async Task<ReminderTableData> ReadRows(GrainId grainId)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM orleans_reminders WHERE grain_id = @g";
        command.Parameters.AddWithValue("g", grainId.ToString());
        return new ReminderTableData(await ReadAllAsync(command));
    }

    /// <summary>Rows whose hash is in (begin, end]; when begin >= end the range wraps round the ring.</summary>
    public async Task<ReminderTableData> ReadRows(uint begin, uint end)
    {
        var range = begin < end ? "grain_hash > @b AND grain_hash <= @e" : "grain_hash > @b OR grain_hash <= @e";
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM orleans_reminders WHERE {range}";
        command.Parameters.AddWithValue("b", (long)begin);
        command.Parameters.AddWithValue("e", (long)end);
        return new ReminderTableData(await ReadAllAsync(command));
    }

    public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM orleans_reminders WHERE grain_id = @g AND reminder_name = @n";
        command.Parameters.AddWithValue("g", grainId.ToString());
        command.Parameters.AddWithValue("n", reminderName);
        return (await ReadAllAsync(command)).FirstOrDefault();
    }

    public async Task<string?> UpsertRow(ReminderEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var etag = Guid.NewGuid().ToString("N");
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO orleans_reminders (grain_id, reminder_name, grain_hash, start_at_ticks, period_ticks, etag)
            VALUES (@g, @n, @h, @s, @p, @etag)
            ON CONFLICT (grain_id, reminder_name) DO UPDATE
            SET grain_hash = excluded.grain_hash, start_at_ticks = excluded.start_at_ticks,
                period_ticks = excluded.period_ticks, etag = excluded.etag
            """;
        command.Parameters.AddWithValue("g", entry.GrainId.ToString());
        command.Parameters.AddWithValue("n", entry.ReminderName);
        command.Parameters.AddWithValue("h", (long)entry.GrainId.GetUniformHashCode());
        command.Parameters.AddWithValue("s", ToUtc(entry.StartAt).Ticks);
        command.Parameters.AddWithValue("p", entry.Period.Ticks);
        command.Parameters.AddWithValue("etag", etag);
        await command.ExecuteNonQueryAsync();
        return etag;
    }

    /// <summary>False, and nothing removed, when the row is gone or <paramref name="eTag"/> is stale.</summary>
    public async Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM orleans_reminders WHERE grain_id = @g AND reminder_name = @n AND etag = @etag";
        command.Parameters.AddWithValue("g", grainId.ToString());
        command.Parameters.AddWithValue("n", reminderName);
        command.Parameters.AddWithValue("etag", eTag ?? string.Empty);
        return await command.ExecuteNonQueryAsync() > 0;
    }

    public async Task TestOnlyClearTable()
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM orleans_reminders";
        await command.ExecuteNonQueryAsync();
    }

    private async Task CreateTableAsync()
    {
        await using var connection = await ConnectAsync();
        await using var command = connection.CreateCommand();
        // grain_hash is an unsigned ring position (0 .. 2^32-1), which SQLite's 64-bit INTEGER holds as is.
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS orleans_reminders (
                grain_id TEXT NOT NULL,
                reminder_name TEXT NOT NULL,
                grain_hash INTEGER NOT NULL,
                start_at_ticks INTEGER NOT NULL,
                period_ticks INTEGER NOT NULL,
                etag TEXT NOT NULL,
                PRIMARY KEY (grain_id, reminder_name));
            CREATE INDEX IF NOT EXISTS orleans_reminders_by_ring ON orleans_reminders (grain_hash);
            """;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        await StartAsync();
        return await ConnectAsync();
    }

    private async Task<SqliteConnection> ConnectAsync()
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<List<ReminderEntry>> ReadAllAsync(SqliteCommand command)
    {
        var entries = new List<ReminderEntry>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            entries.Add(new ReminderEntry
            {
                GrainId = GrainId.Parse(reader.GetString(0), CultureInfo.InvariantCulture),
                ReminderName = reader.GetString(1),
                StartAt = new DateTime(reader.GetInt64(2), DateTimeKind.Utc),
                Period = TimeSpan.FromTicks(reader.GetInt64(3)),
                ETag = reader.GetString(4),
            });
        }

        return entries;
    }

    private static DateTime ToUtc(DateTime time) => time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time;
}
