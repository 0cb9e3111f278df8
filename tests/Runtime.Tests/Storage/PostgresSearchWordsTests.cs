using DataSpine.Runtime.Search;
using DataSpine.Runtime.Storage;
using Npgsql;

namespace DataSpine.Runtime.Tests.Storage;

/// <summary>PostgreSQL search turns prefixes into the words they cover, from a vocabulary kept with the documents, and answers as the prefixes did.</summary>
public sealed class PostgresSearchWordsTests
{
    private const int Documents = 600;

    [Fact]
    public async Task prefixes_expanded_to_words_answer_exactly_as_prefixes_do()
    {
        // Pooled: the shared helper turns pooling off, and hundreds of writes would each open a connection.
        var database = new NpgsqlConnectionStringBuilder(await TestPostgres.CreateDatabaseAsync()) { Pooling = true }.ConnectionString;
        await using var dataSource = NpgsqlDataSource.Create(database);
        var expanded = new PostgresGrainStorage(dataSource);
        var prefixes = new PostgresGrainStorage(dataSource) { ExpandPrefixes = false };
        await expanded.InitializeAsync(default);
        await Parallel.ForEachAsync(Enumerable.Range(0, Documents), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, token) =>
            await expanded.WriteIndexedAsync(Key(i), "{}", null, new SearchDocument(
                $"{(i % 3 == 0 ? "ledger" : "ledgers")}_{i}", $"sales.table_{i}", i % 2 == 0 ? "Table" : "View", "src", "sales",
                ["ledger_id", $"rare{i}", i % 7 == 0 ? "email" : "amount"], i % 50 == 0 ? "see https://x.com/a'b" : null,
                i % 7 == 0 ? ["EMAIL"] : [], []), token));
        var etag = (await expanded.ReadAsync(Key(6), default))!.Etag;
        await expanded.WriteIndexedAsync(Key(6), "{}", etag, null, default); // its words stay in the vocabulary, matching nothing

        SearchQuery[] queries =
        [
            new("ledger"), new("ledgers"), new("led", Type: "view"), new("ledger rare12"), new("rare1"), new("1"), new("sales em"),
            new("ema", Classification: "EMAIL"), new("x"), new("com"), new("rare6"), new("nothing"), new("ledger_7"), new("sales.table_9"),
        ];
        foreach (var query in queries)
        {
            var byWords = await expanded.SearchAsync(query, default);
            var byPrefixes = await prefixes.SearchAsync(query, default);
            byWords.Total.ShouldBe(byPrefixes.Total, query.ToString());
            byWords.TotalExact.ShouldBe(byPrefixes.TotalExact, query.ToString());
            byWords.Hits.Select(h => h.Id).ShouldBe(byPrefixes.Hits.Select(h => h.Id), query.ToString());
            byWords.Facets.Keys.ShouldBe(byPrefixes.Facets.Keys, ignoreOrder: true);
        }

        (await expanded.SearchAsync(new SearchQuery("rare6"), default)).Total.ShouldBe(10); // rare60..69: rare6 was deleted
        (await expanded.SearchAsync(new SearchQuery("ledger"), default)).Total.ShouldBe(Documents - 1);

        await using var connection = await dataSource.OpenConnectionAsync();
        (await PostgresSearchWords.QueryAsync(connection, ["ledger", "em"], default)).ShouldBe("('ledger' | 'ledgers') & ('email')");
        (await PostgresSearchWords.QueryAsync(connection, ["rare1", "nothing"], default)).ShouldBe("'rare1':* & 'nothing':*"); // 111 words: over the cap
        (await PostgresSearchWords.QueryAsync(connection, ["x"], default)).ShouldBe("('x.com' | 'x.com/a''b')"); // a URL's words, quoted
    }

    [Fact]
    public async Task a_table_written_before_the_vocabulary_and_the_filter_words_gets_them_from_its_documents()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        await using var dataSource = NpgsqlDataSource.Create(database);
        var storage = new PostgresGrainStorage(dataSource);
        await storage.WriteIndexedAsync(Key(1), "{}", null, new SearchDocument("invoices", "billing.invoices", "Table", "src", "billing", ["total_amount"], null, ["EMAIL"], []), default);
        await storage.WriteIndexedAsync(Key(2), "{}", null, new SearchDocument("invoice_lines", "billing.invoice_lines", "View", "src", "billing", ["total_amount"], null, [], []), default);
        await using (var downgrade = dataSource.CreateCommand("""
            DROP TABLE search_words;
            UPDATE search_documents SET body = to_tsvector('simple', name_words || ' ' || column_words), name_vector = to_tsvector('simple', name_words);
            COMMENT ON TABLE search_documents IS NULL;
            """))
        {
            await downgrade.ExecuteNonQueryAsync();
        }

        var restarted = new PostgresGrainStorage(dataSource);
        (await restarted.SearchAsync(new SearchQuery("tot amo"), default)).Total.ShouldBe(2);
        (await restarted.SearchAsync(new SearchQuery("tot amo", Type: "table"), default)).Hits.Single().Name.ShouldBe("invoices");
        (await restarted.SearchAsync(new SearchQuery("inv", Classification: "email", Schema: "billing", Source: "src"), default)).Hits.Single().Name.ShouldBe("invoices");
        (await restarted.SearchAsync(new SearchQuery("invoice lines", Type: "view"), default)).Hits.Single().Name.ShouldBe("invoice_lines");
        await using var connection = await dataSource.OpenConnectionAsync();
        (await PostgresSearchWords.QueryAsync(connection, ["tot", "inv"], default)).ShouldBe("('total') & ('invoice' | 'invoices')"); // no filter words
    }

    private static StateKey Key(int i) => new("asset", $"k{i:D5}", "asset");
}
