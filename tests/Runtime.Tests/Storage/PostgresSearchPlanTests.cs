using DataSpine.Runtime.Search;
using DataSpine.Runtime.Storage;
using Npgsql;

namespace DataSpine.Runtime.Tests.Storage;

/// <summary>PostgreSQL search reads common words by a scan in table order once ANALYZE has counted them, and answers as the index did.</summary>
public sealed class PostgresSearchPlanTests
{
    private const int Documents = 4000;

    [Fact]
    public async Task common_words_are_read_by_a_scan_once_analyzed_and_answer_as_the_index_did()
    {
        // Pooled: the shared helper turns pooling off, and thousands of writes would each open a connection.
        var database = new NpgsqlConnectionStringBuilder(await TestPostgres.CreateDatabaseAsync()) { Pooling = true }.ConnectionString;
        await using var dataSource = NpgsqlDataSource.Create(database);
        var unanalyzed = new PostgresGrainStorage(dataSource);
        await unanalyzed.InitializeAsync(default);
        await Parallel.ForEachAsync(Enumerable.Range(0, Documents), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, token) =>
            await unanalyzed.WriteIndexedAsync(new StateKey("asset", $"k{i:D5}", "asset"), "{}", null, new SearchDocument(
                $"table_{i}", $"sales.table_{i}", i % 2 == 0 ? "Table" : "View", "src", "sales", ["ledger_id", $"rare{i}"], null, [], []), token));
        SearchQuery[] queries = [new("ledger"), new("ledger", Type: "view"), new("ledger rare12"), new("table_7")];
        var byIndex = await Task.WhenAll(queries.Select(q => unanalyzed.SearchAsync(q, default)));

        await using (var analyze = dataSource.CreateCommand("ANALYZE search_documents"))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            var statistics = await new PostgresSearchStatistics().GetAsync(connection, default);
            var window = new SearchWindow(["ledger"]);
            PostgresGrainStorage.Match("body", statistics, ["ledger"], new SearchQuery("ledger"), window).ShouldStartWith("ts_match_vq(body");
            PostgresGrainStorage.Match("body", statistics, ["ledger", "rare12"], new SearchQuery("ledger rare12"), window).ShouldStartWith("body @@");
            PostgresGrainStorage.Match("name_vector", statistics, ["ledger"], new SearchQuery("ledger"), window).ShouldStartWith("name_vector @@");
        }

        var analyzed = new PostgresGrainStorage(dataSource);
        for (var i = 0; i < queries.Length; i++)
        {
            var results = await analyzed.SearchAsync(queries[i], default);
            results.Total.ShouldBe(byIndex[i].Total, queries[i].ToString());
            results.TotalExact.ShouldBe(byIndex[i].TotalExact);
            results.Hits.Select(h => h.Id).ShouldBe(byIndex[i].Hits.Select(h => h.Id), queries[i].ToString());
        }
    }
}
