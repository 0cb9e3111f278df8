using System.Text.Json;
using DataSpine.Silo.Tests.Catalog;

namespace DataSpine.Silo.Tests.Glossary;

/// <summary>Glossary terms: define, assign to assets and columns, find assets by term, rename and delete.</summary>
public sealed class GlossaryTests
{
    private static async Task<(CatalogClient Catalog, string AssetId)> ScannedAsync(NodeFactory node)
    {
        var catalog = new CatalogClient(node.CreateClient());
        var path = await CatalogClient.NewSqliteSourceAsync("CREATE TABLE invoices (id INTEGER PRIMARY KEY, net_amount REAL, vat REAL)");
        var sourceId = await catalog.RegisterAsync("sqlite", path);
        (await catalog.ScanToEndAsync(sourceId)).GetProperty("status").GetString().ShouldBe("Succeeded");
        return (catalog, (await catalog.AssetAsync(sourceId, "main.invoices")).GetProperty("id").GetString()!);
    }

    private static async Task<string> CreateTermAsync(HttpClient http, string name, params string[] synonyms)
    {
        var response = await http.PostAsJsonAsync("/api/v1/glossary/terms", new { name, definition = $"What {name} means here.", synonyms });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<List<string>> SearchAsync(HttpClient http, string q) =>
        [.. (await http.GetFromJsonAsync<JsonElement>($"/api/v1/search?q={Uri.EscapeDataString(q)}")).GetProperty("items").EnumerateArray()
            .Select(i => $"{i.GetProperty("type").GetString()}:{i.GetProperty("name").GetString()}")];

    [Fact]
    public async Task assets_and_columns_carry_terms_and_search_finds_them_by_term_name_through_renames_and_deletes()
    {
        await using var node = NodeFactory.Sqlite();
        var (catalog, assetId) = await ScannedAsync(node);
        var http = catalog.Http;
        var revenue = await CreateTermAsync(http, "Net revenue", "turnover");
        var tax = await CreateTermAsync(http, "Value added tax");

        var assigned = await http.PutAsJsonAsync($"/api/v1/glossary/assignments/{assetId}",
            new { terms = new[] { revenue }, columns = new Dictionary<string, string[]> { ["vat"] = [tax], ["net_amount"] = [revenue] } });

        assigned.StatusCode.ShouldBe(HttpStatusCode.OK, await assigned.Content.ReadAsStringAsync());
        var asset = await http.GetFromJsonAsync<JsonElement>($"/api/v1/assets/{assetId}");
        asset.GetProperty("terms")[0].GetProperty("name").GetString().ShouldBe("Net revenue");
        asset.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "vat")
            .GetProperty("terms")[0].GetProperty("id").GetString().ShouldBe(tax);
        (await SearchAsync(http, "turnover")).ShouldBe(["GlossaryTerm:Net revenue"]); // synonyms find the term itself
        (await SearchAsync(http, "value added")).ShouldContain("Table:invoices");
        var term = await http.GetFromJsonAsync<JsonElement>($"/api/v1/glossary/terms/{revenue}");
        term.GetProperty("usedBy").EnumerateArray().Select(u => u.GetString()).ShouldBe([assetId, $"{assetId}#net_amount"]);

        (await http.PutAsJsonAsync($"/api/v1/glossary/terms/{tax}", new { name = "Sales tax", definition = "Tax on sales." })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SearchAsync(http, "value added")).ShouldContain("Table:invoices"); // the approved revision stays in force until the change is approved
        (await http.PostAsJsonAsync($"/api/v1/glossary/terms/{tax}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SearchAsync(http, "sales tax")).ShouldContain("Table:invoices");
        (await SearchAsync(http, "value added")).ShouldNotContain("Table:invoices");

        (await http.DeleteAsync($"/api/v1/glossary/terms/{tax}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        asset = await http.GetFromJsonAsync<JsonElement>($"/api/v1/assets/{assetId}");
        asset.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "vat").GetProperty("terms").GetArrayLength().ShouldBe(0);
        (await SearchAsync(http, "sales tax")).ShouldBeEmpty();
        var list = await http.GetFromJsonAsync<JsonElement>("/api/v1/glossary/terms");
        list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ShouldBe(["Net revenue"]);
    }

    [Fact]
    public async Task bad_terms_and_bad_assignments_get_stable_codes_and_change_nothing()
    {
        await using var node = NodeFactory.Sqlite();
        var (catalog, assetId) = await ScannedAsync(node);
        var http = catalog.Http;
        var revenue = await CreateTermAsync(http, "Revenue");

        async Task Expect(HttpResponseMessage response, HttpStatusCode status, string code)
        {
            response.StatusCode.ShouldBe(status);
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(code);
        }

        await Expect(await http.PostAsJsonAsync("/api/v1/glossary/terms", new { name = "REVENUE", definition = "dup" }), HttpStatusCode.Conflict, "term_name_taken");
        await Expect(await http.PostAsJsonAsync("/api/v1/glossary/terms", new { name = " ", definition = "x" }), HttpStatusCode.BadRequest, "invalid_term");
        await Expect(await http.GetAsync("/api/v1/glossary/terms/nope"), HttpStatusCode.NotFound, "term_not_found");
        await Expect(await http.PutAsJsonAsync($"/api/v1/glossary/assignments/{assetId}", new { terms = new[] { revenue, "nope" } }), HttpStatusCode.BadRequest, "term_not_found");
        await Expect(await http.PutAsJsonAsync($"/api/v1/glossary/assignments/{assetId}",
            new { columns = new Dictionary<string, string[]> { ["no_such_column"] = [revenue] } }), HttpStatusCode.BadRequest, "invalid_terms");
        await Expect(await http.PutAsJsonAsync("/api/v1/glossary/assignments/nosource/main.none", new { terms = new[] { revenue } }), HttpStatusCode.NotFound, "asset_not_found");

        (await http.GetFromJsonAsync<JsonElement>($"/api/v1/assets/{assetId}")).GetProperty("terms").GetArrayLength().ShouldBe(0);
        (await http.GetFromJsonAsync<JsonElement>($"/api/v1/glossary/terms/{revenue}")).GetProperty("usedBy").GetArrayLength().ShouldBe(0);
        (await http.GetFromJsonAsync<JsonElement>("/api/v1/glossary/terms")).GetProperty("total").GetInt32().ShouldBe(1);
    }
}
