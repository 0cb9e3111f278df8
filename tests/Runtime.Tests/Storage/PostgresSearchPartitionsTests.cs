using DataSpine.Runtime.Search;
using DataSpine.Runtime.Storage;
using Npgsql;

namespace DataSpine.Runtime.Tests.Storage;

/// <summary>The PostgreSQL search table is partitioned; a table written before partitions is converted once, rows kept.</summary>
public sealed class PostgresSearchPartitionsTests
{
    [Fact]
    public async Task a_table_written_before_partitions_is_split_with_its_rows_and_comment_kept()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        await using var dataSource = NpgsqlDataSource.Create(database);
        var storage = new PostgresGrainStorage(dataSource);
        for (var i = 0; i < 40; i++)
        {
            await storage.WriteIndexedAsync(Key(i), "{}", null, Document($"ledger_{i}"), default);
        }

        await using (var downgrade = dataSource.CreateCommand("""
            CREATE TABLE plain AS SELECT * FROM search_documents;
            DROP TABLE search_documents;
            ALTER TABLE plain RENAME TO search_documents;
            ALTER TABLE search_documents ADD PRIMARY KEY (grain_type, grain_key);
            CREATE INDEX search_documents_body ON search_documents USING GIN (body);
            COMMENT ON TABLE search_documents IS 'filters as words';
            """))
        {
            await downgrade.ExecuteNonQueryAsync();
        }

        var restarted = new PostgresGrainStorage(dataSource);
        (await restarted.SearchAsync(new SearchQuery("ledg"), default)).Total.ShouldBe(40);
        var etag = (await restarted.ReadAsync(Key(3), default))!.Etag;
        await restarted.WriteIndexedAsync(Key(3), "{}", etag, Document("journal_3"), default);
        (await restarted.SearchAsync(new SearchQuery("ledg"), default)).Total.ShouldBe(39);
        (await restarted.SearchAsync(new SearchQuery("journal", Type: "table"), default)).Hits.Single().Id.ShouldBe(Key(3).GrainKey);

        await using var connection = await dataSource.OpenConnectionAsync();
        (await Scalar(connection, "SELECT relkind::text FROM pg_class WHERE oid = 'search_documents'::regclass")).ShouldBe("p");
        (await Scalar(connection, "SELECT count(*) FROM pg_inherits WHERE inhparent = 'search_documents'::regclass")).ShouldBe(PostgresSearchPartitions.Count);
        ((long)(await Scalar(connection, "SELECT count(DISTINCT tableoid) FROM search_documents"))!).ShouldBeGreaterThan(1L);
        (await Scalar(connection, "SELECT obj_description('search_documents'::regclass, 'pg_class')")).ShouldBe("filters as words");
        (await Scalar(connection, "SELECT to_regclass('search_documents_unpartitioned')::text")).ShouldBeNull();
    }

    private static SearchDocument Document(string name) => new(name, $"finance.{name}", "Table", "src", "finance", ["amount"], null, [], []);

    private static async Task<object?> Scalar(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    private static StateKey Key(int i) => new("asset", $"k{i:D3}", "asset");
}
