namespace DataSpine.Runtime.Hosting;

public enum StorageProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Configuration section "Storage": which engine holds grain state.</summary>
public sealed class StorageOptions
{
    public const string DefaultSqlite = "Data Source=./data/dataspine.db";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>SQLite or Npgsql connection string; SQLite defaults to a file under ./data.</summary>
    public string? ConnectionString { get; set; }
}
