using System.Globalization;
using Npgsql;

namespace DataSpine.Hosting.Clustering;

/// <summary>
/// Creates on PostgreSQL what Orleans' ADO.NET clustering and reminder providers (10.4.2, invariant
/// "Npgsql") expect: the OrleansQuery table and its queries, the membership and reminder tables. The
/// packages ship no SQL; these scripts (Clustering/NNNN-*.sql, embedded) are DataSpine's own, written
/// against the contract of the dotnet/orleans PostgreSQL scripts and verified against 10.4.2 by tests.
/// Each script runs once, in order, recorded in dataspine_schema_version; all of a run commits together
/// under an advisory lock, so processes starting at once migrate one at a time and a second run is a no-op.
/// </summary>
public static class PostgresOrleansSchema
{
    /// <summary>The dataspine_schema_version.component this migration records its versions under.</summary>
    public const string Component = "orleans";

    // Distinct from the other advisory locks DataSpine takes (grain storage 7242001, PostgreSQL search 7242002).
    private const long MigrationLock = 7242100;

    private const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS dataspine_schema_version (
            component text NOT NULL,
            version integer NOT NULL,
            script text NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (component, version))
        """;

    private static readonly IReadOnlyList<Script> Scripts = LoadScripts();

    /// <summary>The version the database is at after <see cref="MigrateAsync"/>.</summary>
    public static int LatestVersion => Scripts[^1].Version;

    public static async Task MigrateAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({MigrationLock}); {CreateVersionTable}", ct);

        var applied = await AppliedVersionAsync(connection, ct);
        foreach (var script in Scripts.Where(s => s.Version > applied))
        {
            await ExecuteAsync(connection, script.Sql, ct);
            await using var record = new NpgsqlCommand(
                "INSERT INTO dataspine_schema_version (component, version, script) VALUES (@c, @v, @s)", connection);
            record.Parameters.AddWithValue("c", Component);
            record.Parameters.AddWithValue("v", script.Version);
            record.Parameters.AddWithValue("s", script.Name);
            await record.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }

    private static async Task<int> AppliedVersionAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT COALESCE(MAX(version), 0) FROM dataspine_schema_version WHERE component = @c", connection);
        command.Parameters.AddWithValue("c", Component);
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Embedded "Clustering/NNNN-name.sql" files, ordered by their number.</summary>
    private static List<Script> LoadScripts()
    {
        const string prefix = "DataSpine.Hosting.Clustering.";
        var assembly = typeof(PostgresOrleansSchema).Assembly;
        var scripts = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name =>
            {
                var file = name[prefix.Length..];
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return new Script(int.Parse(file[..file.IndexOf('-', StringComparison.Ordinal)], CultureInfo.InvariantCulture), file, reader.ReadToEnd());
            })
            .OrderBy(script => script.Version)
            .ToList();
        return scripts.Count > 0 ? scripts : throw new InvalidOperationException("No embedded Orleans schema scripts found.");
    }

    private sealed record Script(int Version, string Name, string Sql);
}
