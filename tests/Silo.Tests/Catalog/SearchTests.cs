using System.Text.Json;

namespace DataSpine.Silo.Tests.Catalog;

/// <summary>Search answers from the storage engine's index, kept in step with every asset write.</summary>
public sealed class SearchTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task scanned_assets_are_found_by_name_column_and_class_and_dropped_ones_disappear(string storage)
    {
        await using var node = storage == "sqlite" ? NodeFactory.Sqlite() : NodeFactory.Postgres();
        var catalog = new CatalogClient(node.CreateClient());
        var path = await CatalogClient.NewSqliteSourceAsync(
            "CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT, first_name TEXT)",
            "CREATE TABLE customer_notes (id INTEGER, customer_id INTEGER, note TEXT)",
            "CREATE TABLE invoices (id INTEGER, total REAL)");
        var source = await catalog.RegisterAsync("sqlite", path);
        await catalog.ScanToEndAsync(source);

        var byPrefix = await SearchAsync(catalog, $"q=customer&source={source}");
        var byName = await SearchAsync(catalog, $"q=customers&source={source}");
        var byColumn = await SearchAsync(catalog, $"q=email&source={source}");
        var byClass = await SearchAsync(catalog, $"q=customer&source={source}&classification=EMAIL");

        byPrefix.GetProperty("total").GetInt32().ShouldBe(2);
        byName.GetProperty("items")[0].GetProperty("name").GetString().ShouldBe("customers");
        byColumn.GetProperty("items").EnumerateArray().ShouldHaveSingleItem().GetProperty("highlight").GetString()!.ShouldContain("[[email]]");
        byClass.GetProperty("total").GetInt32().ShouldBe(1);
        byPrefix.GetProperty("facets").GetProperty("type")[0].GetProperty("value").GetString().ShouldBe("Table");

        await CatalogClient.ExecuteAsync(path, "DROP TABLE invoices");
        await catalog.ScanToEndAsync(source);
        (await SearchAsync(catalog, $"q=invoices&source={source}")).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Theory]
    [InlineData("", "invalid_request")]
    [InlineData("q=", "invalid_request")]
    [InlineData("q=x&cursor=abc", "invalid_paging")]
    [InlineData("q=x&cursor=-5", "invalid_paging")]
    [InlineData("q=x&cursor=99999999999", "invalid_paging")]
    [InlineData("q=x&limit=0", "invalid_paging")]
    public async Task a_search_without_words_or_with_a_foreign_cursor_is_refused(string query, string code)
    {
        await using var node = NodeFactory.Sqlite();
        var response = await node.CreateClient().GetAsync($"/api/v1/search?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(code);
    }

    private static Task<JsonElement> SearchAsync(CatalogClient catalog, string query) =>
        catalog.Http.GetFromJsonAsync<JsonElement>($"/api/v1/search?{query}");
}
