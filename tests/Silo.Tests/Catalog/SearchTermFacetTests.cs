using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DataSpine.Silo.Tests.Catalog;

/// <summary>The glossary-term filter and facet, kept in step with assignments, and filled in an index written before them.</summary>
public sealed class SearchTermFacetTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task assets_filter_and_count_by_the_terms_they_or_their_columns_carry_as_terms_come_and_go(string storage)
    {
        await using var node = storage == "sqlite" ? NodeFactory.Sqlite() : NodeFactory.Postgres();
        var (http, source, invoices, lines) = await ScannedAsync(node);
        var revenue = await CreateTermAsync(http, $"Revenue {source}");
        var tax = await CreateTermAsync(http, $"Tax {source}");

        await AssignAsync(http, invoices, new { terms = new[] { revenue } });
        await AssignAsync(http, lines, new { columns = new Dictionary<string, string[]> { ["vat"] = [tax], ["amount"] = [revenue] } });

        var all = await SearchAsync(http, $"q=invoice&source={source}");
        TermFacet(all).ShouldBe([$"{revenue}:Revenue {source}:2", $"{tax}:Tax {source}:1"], ignoreOrder: true);
        Names(await SearchAsync(http, $"q=invoice&source={source}&term={revenue}")).ShouldBe(["invoice_lines", "invoices"], ignoreOrder: true);
        Names(await SearchAsync(http, $"q=invoice&source={source}&term={tax}")).ShouldBe(["invoice_lines"]);
        Names(await SearchAsync(http, $"q=invoices&source={source}&term={tax}")).ShouldBeEmpty(); // the exact name read filters too
        Names(await SearchAsync(http, $"q=invoice&source={source}&term={tax}&type=View")).ShouldBeEmpty();

        await AssignAsync(http, lines, new { columns = new Dictionary<string, string[]> { ["vat"] = [tax] } });
        Names(await SearchAsync(http, $"q=invoice&source={source}&term={revenue}")).ShouldBe(["invoices"]);
        TermFacet(await SearchAsync(http, $"q=invoice&source={source}")).ShouldBe([$"{revenue}:Revenue {source}:1", $"{tax}:Tax {source}:1"], ignoreOrder: true);

        (await http.PutAsJsonAsync($"/api/v1/glossary/terms/{tax}", new { name = $"Sales tax {source}", definition = "Tax on sales." })).EnsureSuccessStatusCode();
        (await http.PostAsJsonAsync($"/api/v1/glossary/terms/{tax}/approve", new { })).EnsureSuccessStatusCode();
        TermFacet(await SearchAsync(http, $"q=invoice&source={source}&term={tax}")).ShouldBe([$"{tax}:Sales tax {source}:1"]);
    }

    [Fact]
    public async Task openapi_names_the_term_filter_of_search()
    {
        await using var node = NodeFactory.Sqlite();
        var document = await node.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        document.GetProperty("paths").GetProperty("/api/v1/search").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()).ShouldContain("term");
    }

    [Fact]
    public async Task a_sqlite_index_written_before_the_term_facet_is_filled_from_the_assets_at_start()
    {
        var file = Path.Combine(Path.GetTempPath(), $"dataspine-node-{Guid.NewGuid():N}.db");
        var (source, revenue) = await CatalogWithTermAsync(NodeFactory.Sqlite(file));
        await using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            // What a file written before the facet holds: no terms column, and no term words among the filter words.
            await connection.OpenAsync();
            await using var command = new SqliteCommand("""
                DROP INDEX search_keys_stale; ALTER TABLE search_keys DROP COLUMN terms;
                UPDATE search_fts SET filters = ''; UPDATE search_names SET filters = '';
                """, connection);
            await command.ExecuteNonQueryAsync();
        }

        await using var node = NodeFactory.Sqlite(file);
        await ExpectTermFoundAsync(node.CreateClient(), source, revenue);
    }

    [Fact]
    public async Task a_postgres_index_written_before_the_term_facet_is_filled_from_the_assets_at_start()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        var (source, revenue) = await CatalogWithTermAsync(NodeFactory.Postgres(database));
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("""
                DROP INDEX search_documents_stale; ALTER TABLE search_documents DROP COLUMN terms;
                UPDATE search_documents SET body = ts_delete(body, ARRAY(SELECT lexeme FROM unnest(body) WHERE lexeme LIKE ' term:%')),
                    name_vector = ts_delete(name_vector, ARRAY(SELECT lexeme FROM unnest(name_vector) WHERE lexeme LIKE ' term:%'));
                """, connection);
            await command.ExecuteNonQueryAsync();
        }

        await using var node = NodeFactory.Postgres(database);
        await ExpectTermFoundAsync(node.CreateClient(), source, revenue);
    }

    private static async Task<(string Source, string Revenue)> CatalogWithTermAsync(NodeFactory first)
    {
        await using var node = first;
        var (http, source, invoices, _) = await ScannedAsync(node);
        var revenue = await CreateTermAsync(http, "Revenue");
        await AssignAsync(http, invoices, new { terms = new[] { revenue } });
        Names(await SearchAsync(http, $"q=invoice&term={revenue}")).ShouldBe(["invoices"]);
        return (source, revenue);
    }

    private static async Task ExpectTermFoundAsync(HttpClient http, string source, string revenue)
    {
        TermFacet(await SearchAsync(http, $"q=invoice&source={source}")).ShouldBe([$"{revenue}:Revenue:1"]);
        Names(await SearchAsync(http, $"q=invoice&source={source}&term={revenue}")).ShouldBe(["invoices"]);
        Names(await SearchAsync(http, $"q=invoice&source={source}&type=Table")).ShouldBe(["invoice_lines", "invoices"], ignoreOrder: true);
    }

    private static async Task<(HttpClient Http, string Source, string Invoices, string Lines)> ScannedAsync(NodeFactory node)
    {
        var catalog = new CatalogClient(node.CreateClient());
        var path = await CatalogClient.NewSqliteSourceAsync(
            "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)",
            "CREATE TABLE invoice_lines (id INTEGER PRIMARY KEY, amount REAL, vat REAL)");
        var source = await catalog.RegisterAsync("sqlite", path);
        (await catalog.ScanToEndAsync(source)).GetProperty("status").GetString().ShouldBe("Succeeded");
        return (catalog.Http, source, (await catalog.AssetAsync(source, "main.invoices")).GetProperty("id").GetString()!,
            (await catalog.AssetAsync(source, "main.invoice_lines")).GetProperty("id").GetString()!);
    }

    private static async Task<string> CreateTermAsync(HttpClient http, string name)
    {
        var response = await http.PostAsJsonAsync("/api/v1/glossary/terms", new { name, definition = $"What {name} means here." });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task AssignAsync(HttpClient http, string assetId, object terms)
    {
        var response = await http.PutAsJsonAsync($"/api/v1/glossary/assignments/{assetId}", terms);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static Task<JsonElement> SearchAsync(HttpClient http, string query) => http.GetFromJsonAsync<JsonElement>($"/api/v1/search?{query}");

    private static List<string> Names(JsonElement results) =>
        [.. results.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!)];

    private static List<string> TermFacet(JsonElement results) =>
        [.. results.GetProperty("facets").GetProperty("term").EnumerateArray()
            .Select(f => $"{f.GetProperty("value").GetString()}:{f.GetProperty("label").GetString()}:{f.GetProperty("count").GetInt32()}")];
}
