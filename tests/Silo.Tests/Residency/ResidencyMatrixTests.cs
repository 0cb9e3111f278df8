using System.Text.Json;
using DataSpine.Silo.Tests.Catalog;

namespace DataSpine.Silo.Tests.Residency;

/// <summary>The residency matrix through the node: stored, validated, and decisions per column with reason codes.</summary>
public sealed class ResidencyMatrixTests
{
    [Fact]
    public async Task a_matrix_is_stored_and_decides_columns_by_class_before_category()
    {
        await using var node = NodeFactory.Sqlite();
        var admin = node.CreateClient();
        var put = await admin.PutAsJsonAsync("/api/v1/residency/matrix", new
        {
            rules = new object[]
            {
                new { classification = "PII", allowedRegions = new[] { "uk", "eu" } },
                new { classification = "email", allowedRegions = new[] { "eu", "us" } },
            },
        });
        put.StatusCode.ShouldBe(HttpStatusCode.OK, await put.Content.ReadAsStringAsync());

        var viewer = await node.CreateClientAsync(Grains.Security.Role.Viewer);
        var matrix = await viewer.GetFromJsonAsync<JsonElement>("/api/v1/residency/matrix");
        matrix.GetProperty("rules").EnumerateArray().Select(r => $"{r.GetProperty("classification")}:{string.Join(',', r.GetProperty("allowedRegions").EnumerateArray())}")
            .ShouldBe(["PII:eu,uk", "EMAIL:eu,us"]);

        var decision = await EvaluateAsync(viewer, new { columns = new Dictionary<string, string[]> { ["email"] = ["EMAIL"], ["phone"] = ["PHONE"], ["card"] = ["CREDIT_CARD"], ["id"] = [] }, region = "us" });
        decision.GetProperty("allowed").GetBoolean().ShouldBeFalse();
        Reasons(decision).ShouldBe(["email:region_allowed:EMAIL", "phone:region_not_allowed:PII", "card:no_rule:", "id:unclassified:"]);
        var inEu = await EvaluateAsync(viewer, new { columns = new Dictionary<string, string[]> { ["email"] = ["EMAIL"], ["phone"] = ["PHONE"] }, region = "eu" });
        inEu.GetProperty("allowed").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task an_asset_is_evaluated_with_the_classes_the_catalog_found()
    {
        await using var node = NodeFactory.Sqlite();
        var catalog = new CatalogClient(node.CreateClient());
        var file = await CatalogClient.NewSqliteSourceAsync("CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT, note TEXT)");
        var source = await catalog.RegisterAsync("sqlite", file);
        (await catalog.ScanToEndAsync(source)).GetProperty("status").GetString().ShouldBe("Succeeded");
        (await catalog.Http.PutAsJsonAsync("/api/v1/residency/matrix", new { rules = new[] { new { classification = "PII", allowedRegions = new[] { "eu" } } } }))
            .EnsureSuccessStatusCode();

        var decision = await EvaluateAsync(catalog.Http, new { asset = $"{source}/main.customers", region = "us" });

        decision.GetProperty("allowed").GetBoolean().ShouldBeFalse();
        Reasons(decision).ShouldBe(["id:unclassified:", "email:region_not_allowed:PII", "note:unclassified:"]);
        var missing = await catalog.Http.PostAsJsonAsync("/api/v1/residency/evaluate", new { asset = $"{source}/main.nothing", region = "us" });
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{"rules":[{"classification":"SHOE_SIZE","allowedRegions":["eu"]}]}""", "unknown_classification")]
    [InlineData("""{"rules":[{"classification":"PII","allowedRegions":["EU West"]}]}""", "invalid_region")]
    [InlineData("""{"rules":[{"classification":"PII","allowedRegions":["eu"]},{"classification":"pii","allowedRegions":[]}]}""", "invalid_residency_matrix")]
    [InlineData("""{}""", "invalid_residency_matrix")]
    public async Task a_bad_matrix_is_refused_with_a_code_and_changes_nothing(string body, string code)
    {
        await using var node = NodeFactory.Sqlite();
        var admin = node.CreateClient();
        (await admin.PutAsJsonAsync("/api/v1/residency/matrix", new { rules = new[] { new { classification = "PCI", allowedRegions = new[] { "eu" } } } })).EnsureSuccessStatusCode();

        var response = await admin.PutAsync("/api/v1/residency/matrix", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(code);
        var matrix = await admin.GetFromJsonAsync<JsonElement>("/api/v1/residency/matrix");
        matrix.GetProperty("rules").GetArrayLength().ShouldBe(1);
    }

    [Theory]
    [InlineData("""{"columns":{"a":["SHOE_SIZE"]},"region":"eu"}""", "unknown_classification")]
    [InlineData("""{"columns":{"a":["EMAIL"]},"region":"Europe!"}""", "invalid_region")]
    [InlineData("""{"columns":{"a":["EMAIL"]}}""", "invalid_region")]
    [InlineData("""{"region":"eu"}""", "invalid_residency_evaluation")]
    public async Task a_bad_evaluation_is_refused_with_a_code(string body, string code)
    {
        await using var node = NodeFactory.Sqlite();

        var response = await node.CreateClient().PostAsync("/api/v1/residency/evaluate", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(code);
    }

    private static async Task<JsonElement> EvaluateAsync(HttpClient http, object body)
    {
        var response = await http.PostAsJsonAsync("/api/v1/residency/evaluate", body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<string> Reasons(JsonElement decision) =>
        decision.GetProperty("columns").EnumerateArray().SelectMany(c => c.GetProperty("reasons").EnumerateArray()
            .Select(r => $"{c.GetProperty("column").GetString()}:{r.GetProperty("code").GetString()}:{(r.TryGetProperty("rule", out var rule) && rule.ValueKind == JsonValueKind.String ? rule.GetString() : "")}")).ToList();
}
