using System.Text;
using System.Text.Json;

namespace DataSpine.Silo.Tests.Limits;

/// <summary>Issue 17's caps and JSON errors: each refusal has its stable code and stores nothing.</summary>
public sealed class InputLimitTests
{
    [Fact]
    public async Task an_openlineage_event_with_20000_inputs_is_refused_before_any_lineage_node_is_activated()
    {
        await using var node = NodeFactory.Sqlite();
        var http = node.CreateClient();
        var inputs = string.Join(',', Enumerable.Range(0, 20_000).Select(i => $$"""{"namespace":"wide","name":"t{{i}}"}"""));

        var response = await PostJsonAsync(http, "/api/v1/lineage", Event($"\"inputs\":[{inputs}]"));

        (await CodeAsync(response)).ShouldBe("too_many_inputs");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await http.GetFromJsonAsync<JsonElement>("/api/v1/events/lineage")).GetProperty("totalCount").GetInt32().ShouldBe(0);
        var silos = await http.GetFromJsonAsync<JsonElement>("/api/v1/cluster/silos");
        silos[0].GetProperty("grainTypes").EnumerateArray().Select(t => t.GetProperty("grainType").GetString())
            .ShouldNotContain(t => t!.Contains("LineageNode", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("MaxColumnEdges", "2", "too_many_column_edges")]
    [InlineData("MaxFacetBytes", "100", "facet_too_large")]
    [InlineData("MaxFieldsPerDataset", "1", "too_many_fields")]
    [InlineData("MaxOutputs", "0", "too_many_outputs")]
    public async Task openlineage_caps_are_configurable_and_each_has_its_code(string cap, string value, string code)
    {
        await using var node = NodeFactory.SqliteWith(new Dictionary<string, string?>
        {
            [$"Limits:OpenLineage:{cap}"] = value,
        });
        var http = node.CreateClient();
        const string output = """
            "outputs":[{"namespace":"db","name":"out","facets":{
              "schema":{"fields":[{"name":"a","type":"int"},{"name":"b","type":"int"}]},
              "columnLineage":{"fields":{"a":{"inputFields":[{"namespace":"db","name":"in","field":"x"},{"namespace":"db","name":"in","field":"y"},{"namespace":"db","name":"in","field":"z"}]}}}}}]
            """;

        var response = await PostJsonAsync(http, "/api/v1/lineage", Event(output));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CodeAsync(response)).ShouldBe(code);
        (await http.GetFromJsonAsync<JsonElement>("/api/v1/events/lineage")).GetProperty("totalCount").GetInt32().ShouldBe(0);
    }

    [Theory]
    [InlineData("/api/v1/glossary/terms")]
    [InlineData("/api/v1/lineage")]
    public async Task json_nested_deeper_than_the_limit_is_too_deep(string path)
    {
        await using var node = NodeFactory.Sqlite();
        var deep = """{"name":"n","definition":"d","facets":""" + string.Concat(Enumerable.Repeat("{\"a\":", 300)) + "1" + new string('}', 301);

        var response = await PostJsonAsync(node.CreateClient(), path, deep);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CodeAsync(response)).ShouldBe("too_deep");
    }

    [Fact]
    public async Task a_wrongly_typed_value_is_malformed_json_with_its_path()
    {
        await using var node = NodeFactory.Sqlite();
        var http = node.CreateClient();

        var response = await PostJsonAsync(http, "/api/v1/glossary/terms", """{"name":"n","definition":"d","synonyms":["a", 5]}""");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("malformed_json");
        problem.GetProperty("path").GetString().ShouldBe("$.synonyms[1]");
        (await http.GetFromJsonAsync<JsonElement>("/api/v1/glossary/terms")).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Theory]
    [InlineData("/api/v1/glossary/terms", """{"name":"n","definition":"d","synonyms":[null]}""", "synonyms[0]")]
    [InlineData("/api/v1/sources", """{"name":"n","type":"sqlite","connection":"/tmp/x.db","options":{"includeSchemas":null}}""", "options.includeSchemas")]
    [InlineData("/api/v1/sources", """{"name":"n","type":"sqlite","connection":"/tmp/x.db","options":{"excludeSchemas":["a",null]}}""", "options.excludeSchemas[1]")]
    [InlineData("/api/v1/lineage/sql", """{"sql":"select a from t","schemas":{"t":null}}""", "schemas.t")]
    [InlineData("/api/v1/lineage/sql", """{"sql":"select a from t","schemas":{"t":["a",null]}}""", "schemas.t[1]")]
    public async Task a_null_where_a_list_or_value_belongs_is_a_400_naming_it(string path, string body, string where)
    {
        await using var node = NodeFactory.Sqlite();

        var response = await PostJsonAsync(node.CreateClient(), path, body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("invalid_request");
        problem.GetProperty("detail").GetString()!.ShouldContain(where);
    }

    [Theory]
    [InlineData("/api/v1/sources/{source}/assets?limit=0")]
    [InlineData("/api/v1/sources/{source}/assets?limit=501")]
    [InlineData("/api/v1/sources/{source}/assets?cursor=2147483647")]
    [InlineData("/api/v1/sources/{source}/assets?cursor=-1")]
    [InlineData("/api/v1/events/lineage?offset=-1")]
    [InlineData("/api/v1/events/lineage?limit=1001")]
    [InlineData("/api/v1/namespaces/ns/datasets?offset=2147483647")]
    public async Task paging_outside_its_range_is_invalid_paging(string path)
    {
        await using var node = NodeFactory.Sqlite();
        var catalog = new Catalog.CatalogClient(node.CreateClient());
        var source = await catalog.RegisterAsync("sqlite", "/tmp/paging.db");

        var response = await catalog.Http.GetAsync(path.Replace("{source}", source, StringComparison.Ordinal));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CodeAsync(response)).ShouldBe("invalid_paging");
    }

    private static string Event(string datasets) => $$"""
        {"eventType":"COMPLETE","eventTime":"2026-12-07T10:00:00Z","producer":"https://example.com/test","schemaURL":"https://openlineage.io/spec/2-0-2/OpenLineage.json",
         "run":{"runId":"0193a1b2-0000-7000-8000-000000000042"},"job":{"namespace":"limits","name":"job"},{{datasets}}}
        """;

    private static Task<HttpResponseMessage> PostJsonAsync(HttpClient http, string path, string json) =>
        http.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();
}
