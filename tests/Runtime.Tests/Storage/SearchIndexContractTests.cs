using DataSpine.Runtime.Search;
using DataSpine.Runtime.Storage;

namespace DataSpine.Runtime.Tests.Storage;

/// <summary>The full-text index of each storage engine, written in the same transaction as grain state.</summary>
public abstract class SearchIndexContractTests
{
    protected abstract string Provider { get; }

    private static SearchDocument Document(string name, string source, string type = "Table", string[]? columns = null, string[]? classes = null) =>
        new(name, $"sales.{name}", type, source, "sales", columns ?? [], null, classes ?? [], []);

    private async Task<(IGrainStorage Storage, ISearchIndex Index, string Source)> NewAsync()
    {
        var storage = await TestStorage.CreateInitializedAsync(Provider);
        return (storage, (ISearchIndex)storage, $"src-{Guid.NewGuid():N}");
    }

    private static Task<string> PutAsync(IGrainStorage storage, string key, SearchDocument? document, string? etag = null) =>
        storage.WriteIndexedAsync(new StateKey("asset", key, "asset"), "{}", etag, document, default);

    [Fact]
    public async Task words_of_names_and_columns_match_as_prefixes_and_an_exact_name_ranks_first()
    {
        var (storage, index, source) = await NewAsync();
        await PutAsync(storage, $"{source}/a", Document("customer_orders", source, columns: ["order_id", "customer_email"]));
        await PutAsync(storage, $"{source}/b", Document("customers", source, columns: ["id", "email"], classes: ["EMAIL"]));
        await PutAsync(storage, $"{source}/c", Document("products", source, columns: ["sku"]));

        var byPrefix = await index.SearchAsync(new SearchQuery("cust", Source: source), default);
        var exact = await index.SearchAsync(new SearchQuery("customers", Source: source), default);
        var byColumn = await index.SearchAsync(new SearchQuery("email", Source: source), default);

        byPrefix.Hits.Select(h => h.Name).ShouldBe(["customer_orders", "customers"], ignoreOrder: true);
        exact.Hits[0].Name.ShouldBe("customers");
        byColumn.Total.ShouldBe(2);
        byColumn.Hits.ShouldAllBe(h => h.Highlight.Contains("[[email]]"));
    }

    [Fact]
    public async Task filters_and_facets_cover_type_source_and_classification()
    {
        var (storage, index, source) = await NewAsync();
        await PutAsync(storage, $"{source}/a", Document("people", source, columns: ["email"], classes: ["EMAIL", "PERSON_NAME"]));
        await PutAsync(storage, $"{source}/b", Document("people_view", source, type: "View", columns: ["email"], classes: ["EMAIL"]));
        await PutAsync(storage, $"{source}/c", Document("people_archive", source, columns: ["id"]));

        var all = await index.SearchAsync(new SearchQuery("people", Source: source), default);
        var views = await index.SearchAsync(new SearchQuery("people", Source: source, Type: "view"), default);
        var names = await index.SearchAsync(new SearchQuery("people", Source: source, Classification: "PERSON_NAME"), default);

        all.Total.ShouldBe(3);
        all.Facets["type"].ShouldBe([new FacetCount("Table", 2), new FacetCount("View", 1)]);
        all.Facets["classification"].ShouldBe([new FacetCount("EMAIL", 2), new FacetCount("PERSON_NAME", 1)]);
        all.Facets["source"].ShouldBe([new FacetCount(source, 3)]);
        views.Hits.ShouldHaveSingleItem().Name.ShouldBe("people_view");
        names.Hits.ShouldHaveSingleItem().Name.ShouldBe("people");
    }

    [Fact]
    public async Task paging_has_a_stable_order()
    {
        var (storage, index, source) = await NewAsync();
        for (var i = 0; i < 7; i++)
        {
            await PutAsync(storage, $"{source}/t{i}", Document($"ledger_{i}", source));
        }

        var pages = new List<string>();
        for (var offset = 0; offset < 7; offset += 3)
        {
            pages.AddRange((await index.SearchAsync(new SearchQuery("ledger", Source: source, Limit: 3, Offset: offset), default)).Hits.Select(h => h.Name));
        }

        pages.Count.ShouldBe(7);
        pages.Distinct().Count().ShouldBe(7);
    }

    [Fact]
    public async Task a_name_match_outranks_earlier_column_matches_and_the_closest_name_comes_first()
    {
        var (storage, index, source) = await NewAsync();
        for (var i = 0; i < 5; i++)
        {
            await PutAsync(storage, $"{source}/c{i}", Document($"table_{i}", source, columns: ["email_address"]));
        }

        await PutAsync(storage, $"{source}/long", Document("email_delivery_log", source));
        await PutAsync(storage, $"{source}/short", Document("email_log", source));

        var results = await index.SearchAsync(new SearchQuery("email", Source: source), default);

        results.Hits.Select(h => h.Name).Take(2).ShouldBe(["email_log", "email_delivery_log"]);
        results.Hits[0].Score.ShouldBeGreaterThan(results.Hits[^1].Score);
        results.Total.ShouldBe(7);
        results.TotalExact.ShouldBeTrue();
    }

    [Fact]
    public async Task a_name_with_every_word_outranks_words_found_in_the_qualified_name_and_an_exact_qualified_name_leads()
    {
        var (storage, index, source) = await NewAsync();
        await PutAsync(storage, $"{source}/col", Document("ledger", source, columns: ["sales_order_id"]));
        await PutAsync(storage, $"{source}/qn", Document("orders", source));
        await PutAsync(storage, $"{source}/name", Document("sales_orders_archive_2024", source));

        var words = await index.SearchAsync(new SearchQuery("sales ord", Source: source), default);
        var qualified = await index.SearchAsync(new SearchQuery("Sales.Orders", Source: source), default);

        words.Hits.Select(h => (h.Name, h.Score)).ShouldBe([("sales_orders_archive_2024", 3), ("orders", 2), ("ledger", 1)]);
        qualified.Hits.Select(h => (h.Name, h.Score)).ShouldBe([("orders", 4), ("sales_orders_archive_2024", 3)]); // "orders" is no prefix of order_id
        qualified.Facets["type"].ShouldBe([new FacetCount("Table", 2)]);
    }

    [Fact]
    public async Task past_the_ranked_bound_counts_are_lower_bounds_and_name_matches_still_lead()
    {
        var (storage, index, source) = await NewAsync();
        await Parallel.ForEachAsync(Enumerable.Range(0, SearchQuery.RankedMatches + 5), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
            await PutAsync(storage, $"{source}/c{i:D5}", Document($"table_{i}", source, columns: ["ledger_entry"])));
        await PutAsync(storage, $"{source}/z", Document("ledger", source, type: "View"));

        var broad = await index.SearchAsync(new SearchQuery("ledg", Source: source), default);
        var views = await index.SearchAsync(new SearchQuery("ledg", Source: source, Type: "View"), default);
        var last = await index.SearchAsync(new SearchQuery("ledg", Source: source, Offset: SearchQuery.RankedMatches - 1), default);

        broad.TotalExact.ShouldBeFalse();
        broad.Total.ShouldBe(SearchQuery.RankedMatches);
        broad.Hits[0].Name.ShouldBe("ledger");
        broad.Facets["source"].ShouldBe([new FacetCount(source, SearchQuery.RankedMatches)]);
        views.TotalExact.ShouldBeTrue();
        views.Hits.ShouldHaveSingleItem().Name.ShouldBe("ledger");
        last.Hits.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task filters_compare_type_and_class_ignoring_case_and_source_and_schema_exactly()
    {
        var (storage, index, source) = await NewAsync();
        await PutAsync(storage, $"{source}/a", new SearchDocument("audit", "Ops.audit", "MaterializedView", source, "Ops", ["ip"], null, ["IP_ADDRESS"], []));

        (await index.SearchAsync(new SearchQuery("audit", Source: source, Type: "materializedview", Classification: "ip_address"), default)).Total.ShouldBe(1);
        (await index.SearchAsync(new SearchQuery("audit", Source: source, Schema: "Ops"), default)).Total.ShouldBe(1);
        (await index.SearchAsync(new SearchQuery("audit", Source: source, Schema: "ops"), default)).Total.ShouldBe(0);
        (await index.SearchAsync(new SearchQuery("audit", Source: source.ToUpperInvariant()), default)).Total.ShouldBe(0);
    }

    [Fact]
    public async Task a_rejected_write_leaves_the_index_as_it_was_and_a_null_document_removes_it()
    {
        var (storage, index, source) = await NewAsync();
        var key = $"{source}/a";
        var etag = await PutAsync(storage, key, Document("invoices", source));
        await PutAsync(storage, key, Document("invoices", source, columns: ["total"]), etag);

        await Should.ThrowAsync<InconsistentStateException>(() => PutAsync(storage, key, Document("renamed_by_stale_writer", source), etag));

        (await index.SearchAsync(new SearchQuery("renamed", Source: source), default)).Total.ShouldBe(0);
        (await index.SearchAsync(new SearchQuery("total", Source: source), default)).Total.ShouldBe(1);
        var current = (await storage.ReadAsync(new StateKey("asset", key, "asset"), default))!.Etag;
        await PutAsync(storage, key, null, current);
        (await index.SearchAsync(new SearchQuery("invoices", Source: source), default)).Total.ShouldBe(0);
    }

    [Fact]
    public async Task text_with_operators_and_quotes_is_searched_as_words()
    {
        var (storage, index, source) = await NewAsync();
        await PutAsync(storage, $"{source}/a", Document("orders", source));

        (await index.SearchAsync(new SearchQuery("\"orders\" AND OR NEAR( * -", Source: source), default)).Total.ShouldBe(0);
        (await index.SearchAsync(new SearchQuery("orders\"", Source: source), default)).Total.ShouldBe(1);
        (await index.SearchAsync(new SearchQuery("  ", Source: source), default)).Total.ShouldBe(0);
    }
}

public sealed class SqliteSearchIndexTests : SearchIndexContractTests
{
    protected override string Provider => "sqlite";
}

public sealed class PostgresSearchIndexTests : SearchIndexContractTests
{
    protected override string Provider => "postgres";
}
