using System.Text.Json;

namespace DataSpine.Silo.Tests.Lineage;

/// <summary>Graph walks: depth, direction, cycles and the node budget; lineage from posted SQL and from scanned views.</summary>
public sealed class LineageGraphTests
{
    /// <summary>A chain t0 → j1 → t1 → j2 → t2 ... → t5, with a job feeding t0 back from t5 (a cycle).</summary>
    private static async Task<LineageClient> ChainAsync(NodeFactory node, bool cycle)
    {
        var lineage = new LineageClient(node.CreateClient());
        for (var i = 1; i <= 5; i++)
        {
            await lineage.PostOkAsync(LineageClient.RunEvent("COMPLETE", $"run-{i}", "etl", $"j{i}",
                [LineageClient.Dataset("db", $"t{i - 1}")], [LineageClient.Dataset("db", $"t{i}")]));
        }

        if (cycle)
        {
            await lineage.PostOkAsync(LineageClient.RunEvent("COMPLETE", "run-back", "etl", "back",
                [LineageClient.Dataset("db", "t5")], [LineageClient.Dataset("db", "t0")]));
        }

        return lineage;
    }

    [Fact]
    public async Task depth_bounds_the_walk_in_edges_and_direction_picks_the_side()
    {
        await using var node = NodeFactory.Sqlite();
        var lineage = await ChainAsync(node, cycle: false);
        var t3 = LineageClient.Id("dataset", "db", "t3");

        var two = await lineage.GraphAsync($"/api/v1/lineage?nodeId={t3}&depth=2");
        two.Keys.Order().ShouldBe(["dataset:db:t2", "dataset:db:t3", "dataset:db:t4", "job:etl:j3", "job:etl:j4"]);
        var upstream = await lineage.GraphAsync($"/api/v1/lineage?nodeId={t3}&depth=20&direction=upstream");
        upstream.Keys.Order().ShouldBe(["dataset:db:t0", "dataset:db:t1", "dataset:db:t2", "dataset:db:t3", "job:etl:j1", "job:etl:j2", "job:etl:j3"]);
        var downstream = await lineage.GraphAsync($"/api/v1/lineage?nodeId={t3}&direction=downstream");
        downstream.Keys.Order().ShouldBe(["dataset:db:t3", "dataset:db:t4", "dataset:db:t5", "job:etl:j4", "job:etl:j5"]);
        var self = await lineage.GraphAsync($"/api/v1/lineage?nodeId={t3}&depth=0");
        self.Keys.ShouldBe(["dataset:db:t3"]);
        LineageClient.Edges(self["dataset:db:t3"], "outEdges").ShouldBe(["dataset:db:t3>job:etl:j4"]); // the UI can expand from here
    }

    [Fact]
    public async Task a_cycle_is_walked_once_and_the_node_budget_truncates()
    {
        await using var node = NodeFactory.Sqlite();
        var lineage = await ChainAsync(node, cycle: true);

        var all = await lineage.GetAsync($"/api/v1/lineage?nodeId={LineageClient.Id("dataset", "db", "t0")}&depth=100");
        all.GetProperty("graph").GetArrayLength().ShouldBe(12); // six datasets, six jobs, each once
        all.GetProperty("truncated").GetBoolean().ShouldBeFalse();
        var budget = await lineage.GetAsync($"/api/v1/lineage?nodeId={LineageClient.Id("dataset", "db", "t0")}&depth=100&maxNodes=4");
        budget.GetProperty("graph").GetArrayLength().ShouldBe(4);
        budget.GetProperty("truncated").GetBoolean().ShouldBeTrue();
    }

    [Theory]
    [InlineData("/api/v1/lineage", "invalid_request", 400)]
    [InlineData("/api/v1/lineage?nodeId=table:x", "invalid_node_id", 400)]
    [InlineData("/api/v1/lineage?nodeId=dataset:db:nothing", "lineage_node_not_found", 404)]
    [InlineData("/api/v1/lineage?nodeId=dataset:db:t0&depth=-1", "invalid_request", 400)]
    [InlineData("/api/v1/lineage?nodeId=dataset:db:t0&direction=sideways", "invalid_request", 400)]
    [InlineData("/api/v1/column-lineage?nodeId=job:etl:j1", "invalid_node_id", 400)]
    [InlineData("/api/v1/column-lineage?nodeId=datasetField:db:t0:nope", "lineage_node_not_found", 404)]
    [InlineData("/api/v1/namespaces/nowhere/jobs", "namespace_not_found", 404)]
    [InlineData("/api/v1/namespaces/etl/jobs/nojob", "job_not_found", 404)]
    [InlineData("/api/v1/jobs/runs/no-such-run", "run_not_found", 404)]
    [InlineData("/api/v1/events/lineage?before=soon", "invalid_request", 400)]
    public async Task bad_reads_get_stable_codes(string path, string code, int status)
    {
        await using var node = NodeFactory.Sqlite();
        var lineage = await ChainAsync(node, cycle: false);

        var response = await lineage.Http.GetAsync(path);

        ((int)response.StatusCode).ShouldBe(status);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(code);
    }

    [Fact]
    public async Task posted_sql_with_record_joins_the_graph_once()
    {
        await using var node = NodeFactory.Sqlite();
        var http = node.CreateClient();
        var body = new { sql = "INSERT INTO mart.daily SELECT d.day, SUM(o.amount) AS total FROM sales.orders o JOIN sales.days d ON d.day = o.day GROUP BY d.day", record = true, @namespace = "warehouse" };

        var first = await (await http.PostAsJsonAsync("/api/v1/lineage/sql", body)).Content.ReadFromJsonAsync<JsonElement>();
        var again = await (await http.PostAsJsonAsync("/api/v1/lineage/sql", body)).Content.ReadFromJsonAsync<JsonElement>();

        var job = first.GetProperty("recordedJob").GetString()!;
        job.ShouldStartWith("job:warehouse:sql_");
        again.GetProperty("recordedJob").GetString().ShouldBe(job);
        var graph = await new LineageClient(http).GraphAsync($"/api/v1/lineage?nodeId={Uri.EscapeDataString(job)}");
        graph.Keys.Order().ShouldBe(["dataset:warehouse:mart.daily", "dataset:warehouse:sales.days", "dataset:warehouse:sales.orders", job]);
        var total = await new LineageClient(http).GraphAsync($"/api/v1/column-lineage?nodeId={LineageClient.Id("datasetField", "warehouse", "mart.daily", "total")}");
        total.Keys.ShouldContain("datasetField:warehouse:sales.orders:amount");
    }

    [Fact]
    public async Task a_scanned_view_shows_its_upstream_tables_and_columns()
    {
        await using var node = NodeFactory.Sqlite();
        var catalog = new Catalog.CatalogClient(node.CreateClient());
        var path = await Catalog.CatalogClient.NewSqliteSourceAsync(
            "CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT)",
            "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, total REAL)",
            "CREATE VIEW big_orders AS SELECT o.id, c.email FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.total > 100");
        var sourceId = await catalog.RegisterAsync("sqlite", path);
        (await catalog.ScanToEndAsync(sourceId)).GetProperty("status").GetString().ShouldBe("Succeeded");
        var ns = $"sqlite://{Path.GetFullPath(path)}";
        var lineage = new LineageClient(catalog.Http);

        var graph = await lineage.GraphAsync($"/api/v1/lineage?nodeId={LineageClient.Id("dataset", ns, "main.big_orders")}&direction=upstream");

        graph.Keys.Order().ShouldBe([$"dataset:{ns}:main.big_orders", $"dataset:{ns}:main.customers", $"dataset:{ns}:main.orders", $"job:{ns}:main.big_orders"]);
        var view = graph[$"dataset:{ns}:main.big_orders"].GetProperty("data");
        view.GetProperty("assetId").GetString()!.ShouldContain("main.big_orders");
        view.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ShouldBe(["id", "email"]);
        var email = await lineage.GraphAsync($"/api/v1/column-lineage?nodeId={LineageClient.Id("datasetField", ns, "main.big_orders", "email")}");
        email[$"datasetField:{ns}:main.big_orders:email"].GetProperty("data").GetProperty("inputFields").EnumerateArray()
            .Select(i => $"{i.GetProperty("dataset").GetString()}.{i.GetProperty("field").GetString()}:{i.GetProperty("type").GetString()}")
            .ShouldContain("main.customers.email:DIRECT");
    }
}
