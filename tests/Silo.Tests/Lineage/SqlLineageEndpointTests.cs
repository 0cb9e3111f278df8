using System.Text.Json;

namespace DataSpine.Silo.Tests.Lineage;

public sealed class SqlLineageEndpointTests
{
    [Fact]
    public async Task insert_select_yields_table_and_typed_column_edges()
    {
        await using var node = NodeFactory.Sqlite();
        var response = await node.CreateClient().PostAsJsonAsync("/api/v1/lineage/sql", new
        {
            sql = """
                INSERT INTO mart.customer_totals (customer_id, total)
                SELECT c.id, SUM(o.amount) FROM sales.customers c JOIN sales.orders o ON o.customer_id = c.id
                WHERE o.status = 'paid' GROUP BY c.id
                """,
            dialect = "postgres",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        result.GetProperty("sources").EnumerateArray().Select(s => s.GetString()).ShouldBe(["sales.customers", "sales.orders"]);
        result.GetProperty("targets").EnumerateArray().Select(s => s.GetString()).ShouldBe(["mart.customer_totals"]);
        var edges = result.GetProperty("columnEdges").EnumerateArray()
            .Select(e => $"{e.GetProperty("source").GetString()}>{e.GetProperty("target").GetString()}:{e.GetProperty("type").GetString()}").ToList();
        edges.ShouldContain("sales.orders.amount>mart.customer_totals.total:DIRECT");
        edges.ShouldContain("sales.customers.id>mart.customer_totals.customer_id:DIRECT");
        edges.ShouldContain("sales.orders.status>mart.customer_totals.total:INDIRECT");
    }

    [Theory]
    [InlineData("""{"sql":"SELEC * FRM","dialect":"ansi"}""", "sql_parse_error")]
    [InlineData("""{"sql":"select 1","dialect":"cobol"}""", "unknown_dialect")]
    [InlineData("""{"dialect":"ansi"}""", "invalid_request")]
    public async Task bad_input_gets_a_stable_code(string body, string code)
    {
        await using var node = NodeFactory.Sqlite();
        var response = await node.CreateClient().PostAsync("/api/v1/lineage/sql", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(code);
    }

    [Fact]
    public async Task a_parse_error_names_its_line_and_column()
    {
        await using var node = NodeFactory.Sqlite();
        var response = await node.CreateClient().PostAsJsonAsync("/api/v1/lineage/sql", new { sql = "SELEC * FRM t" });

        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldContain("line 1");
    }
}
