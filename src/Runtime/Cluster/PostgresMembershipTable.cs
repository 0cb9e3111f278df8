using System.Data;
using System.Text.Json;
using DataSpine.Runtime.Management;
using Npgsql;

namespace DataSpine.Runtime.Cluster;

/// <summary>The membership table in PostgreSQL: one version row per cluster, one row per silo start.</summary>
internal sealed class PostgresMembershipTable(NpgsqlDataSource dataSource, string clusterId) : IMembershipTable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS cluster_membership_version (
            cluster_id TEXT PRIMARY KEY, version BIGINT NOT NULL, updated_at TIMESTAMPTZ NOT NULL);
        CREATE TABLE IF NOT EXISTS cluster_membership (
            cluster_id TEXT NOT NULL, host TEXT NOT NULL, port INT NOT NULL, generation BIGINT NOT NULL,
            silo_name TEXT NOT NULL, status INT NOT NULL, suspicions JSONB NOT NULL,
            started_at TIMESTAMPTZ NOT NULL, iamalive_at TIMESTAMPTZ NOT NULL,
            PRIMARY KEY (cluster_id, host, port, generation));
        """;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_lock(7301)", connection))
        {
            // Parallel first starts would race on CREATE TABLE IF NOT EXISTS (it is not atomic in PostgreSQL).
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            await using var create = new NpgsqlCommand(Schema, connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
            await using var version = new NpgsqlCommand(
                "INSERT INTO cluster_membership_version VALUES (@c, 0, now()) ON CONFLICT (cluster_id) DO NOTHING", connection);
            version.Parameters.AddWithValue("c", clusterId);
            await version.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(7301)", connection);
            await unlock.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task<MembershipSnapshot> ReadAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // One statement, one snapshot: the rows and the version agree.
        await using var command = new NpgsqlCommand("""
            SELECT v.version, m.host, m.port, m.generation, m.silo_name, m.status, m.suspicions::text, m.started_at, m.iamalive_at
            FROM cluster_membership_version v LEFT JOIN cluster_membership m ON m.cluster_id = v.cluster_id
            WHERE v.cluster_id = @c
            """, connection);
        command.Parameters.AddWithValue("c", clusterId);
        var entries = new List<MembershipEntry>();
        long version = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            version = reader.GetInt64(0);
            if (reader.IsDBNull(1))
            {
                continue;
            }

            entries.Add(new MembershipEntry(
                new SiloAddress(reader.GetString(1), reader.GetInt32(2), reader.GetInt64(3)),
                reader.GetString(4),
                (SiloStatus)reader.GetInt32(5),
                reader.GetFieldValue<DateTimeOffset>(7),
                reader.GetFieldValue<DateTimeOffset>(8),
                JsonSerializer.Deserialize<List<SuspectVote>>(reader.GetString(6)) ?? []));
        }

        return new MembershipSnapshot(entries, version);
    }

    public Task<bool> InsertAsync(MembershipEntry entry, long version, CancellationToken cancellationToken) =>
        WriteAsync(entry, version, """
            INSERT INTO cluster_membership VALUES (@c, @host, @port, @generation, @name, @status, @suspicions::jsonb, @started, @alive)
            ON CONFLICT DO NOTHING
            """, cancellationToken);

    public Task<bool> UpdateAsync(MembershipEntry entry, long version, CancellationToken cancellationToken) =>
        WriteAsync(entry, version, """
            UPDATE cluster_membership SET status = @status, suspicions = @suspicions::jsonb, iamalive_at = @alive
            WHERE cluster_id = @c AND host = @host AND port = @port AND generation = @generation
            """, cancellationToken);

    public async Task UpdateIAmAliveAsync(SiloAddress silo, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "UPDATE cluster_membership SET iamalive_at = @at WHERE cluster_id = @c AND host = @host AND port = @port AND generation = @generation",
            connection);
        command.Parameters.AddWithValue("at", at);
        AddSilo(command, silo);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Bumps the version only if it is still the one read, then writes the row, in one transaction.</summary>
    private async Task<bool> WriteAsync(MembershipEntry entry, long version, string sql, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
        await using (var bump = new NpgsqlCommand(
            "UPDATE cluster_membership_version SET version = version + 1, updated_at = now() WHERE cluster_id = @c AND version = @v",
            connection, transaction))
        {
            bump.Parameters.AddWithValue("c", clusterId);
            bump.Parameters.AddWithValue("v", version);
            if (await bump.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                await transaction.RollbackAsync(cancellationToken);
                return false;
            }
        }

        await using (var write = new NpgsqlCommand(sql, connection, transaction))
        {
            AddSilo(write, entry.Silo);
            write.Parameters.AddWithValue("name", entry.Name);
            write.Parameters.AddWithValue("status", (int)entry.Status);
            write.Parameters.AddWithValue("suspicions", JsonSerializer.Serialize(entry.Suspicions));
            write.Parameters.AddWithValue("started", entry.StartedAt);
            write.Parameters.AddWithValue("alive", entry.IAmAliveAt);
            if (await write.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                await transaction.RollbackAsync(cancellationToken);
                return false;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private void AddSilo(NpgsqlCommand command, SiloAddress silo)
    {
        command.Parameters.AddWithValue("c", clusterId);
        command.Parameters.AddWithValue("host", silo.Host);
        command.Parameters.AddWithValue("port", silo.Port);
        command.Parameters.AddWithValue("generation", silo.Generation);
    }
}
