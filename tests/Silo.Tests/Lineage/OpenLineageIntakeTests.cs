using System.Text.Json;

namespace DataSpine.Silo.Tests.Lineage;

/// <summary>OpenLineage events through POST /api/v1/lineage, read back through Marquez's graph, namespace, job and run reads.</summary>
public sealed class OpenLineageIntakeTests
{
    private const string Warehouse = "postgres://warehouse:5432";

    [Fact]
    public async Task a_run_event_builds_jobs_datasets_and_column_edges_readable_as_marquez_graphs()
    {
        await using var node = NodeFactory.Sqlite();
        var lineage = new LineageClient(node.CreateClient());
        var columnLineage = new
        {
            fields = new Dictionary<string, object>
            {
                ["customer_id"] = new { inputFields = new[] { new { @namespace = Warehouse, name = "shop.raw.orders", field = "customer_id", transformations = new[] { new { type = "DIRECT", subtype = "IDENTITY" } } } } },
                ["total"] = new
                {
                    inputFields = new[]
                    {
                        new { @namespace = Warehouse, name = "shop.raw.orders", field = "amount", transformations = new[] { new { type = "DIRECT", subtype = "AGGREGATION" } } },
                        new { @namespace = Warehouse, name = "shop.raw.orders", field = "status", transformations = new[] { new { type = "INDIRECT", subtype = "FILTER" } } },
                    },
                },
            },
        };
        await lineage.PostOkAsync(LineageClient.RunEvent("START", "1b3d4c5e-0000-4000-8000-000000000001", "etl", "build_totals",
            [LineageClient.Dataset(Warehouse, "shop.raw.orders", ["customer_id", "amount", "status"])], [], time: "2026-11-22T10:00:00Z"));
        await lineage.PostOkAsync(LineageClient.RunEvent("COMPLETE", "1b3d4c5e-0000-4000-8000-000000000001", "etl", "build_totals",
            [LineageClient.Dataset(Warehouse, "shop.raw.orders", ["customer_id", "amount", "status"])],
            [LineageClient.Dataset(Warehouse, "shop.mart.totals", ["customer_id", "total"], columnLineage)], time: "2026-11-22T10:05:00Z"));

        var graph = await lineage.GraphAsync($"/api/v1/lineage?nodeId={LineageClient.Id("dataset", Warehouse, "shop.mart.totals")}&depth=5");

        graph.Keys.Order().ShouldBe([$"dataset:{Warehouse}:shop.mart.totals", $"dataset:{Warehouse}:shop.raw.orders", "job:etl:build_totals"]);
        var job = graph["job:etl:build_totals"];
        job.GetProperty("type").GetString().ShouldBe("JOB");
        LineageClient.Edges(job, "inEdges").ShouldBe([$"dataset:{Warehouse}:shop.raw.orders>job:etl:build_totals"]);
        LineageClient.Edges(job, "outEdges").ShouldBe([$"job:etl:build_totals>dataset:{Warehouse}:shop.mart.totals"]);
        job.GetProperty("data").GetProperty("latestRun").GetProperty("state").GetString().ShouldBe("COMPLETED");
        job.GetProperty("data").GetProperty("outputs")[0].GetProperty("name").GetString().ShouldBe("shop.mart.totals");
        var totals = graph[$"dataset:{Warehouse}:shop.mart.totals"].GetProperty("data");
        totals.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ShouldBe(["customer_id", "total"]);

        var columns = await lineage.GraphAsync($"/api/v1/column-lineage?nodeId={LineageClient.Id("datasetField", Warehouse, "shop.mart.totals", "total")}");
        columns.Keys.Order().ShouldBe([
            $"datasetField:{Warehouse}:shop.mart.totals:total",
            $"datasetField:{Warehouse}:shop.raw.orders:amount",
            $"datasetField:{Warehouse}:shop.raw.orders:status",
        ]);
        var inputs = columns[$"datasetField:{Warehouse}:shop.mart.totals:total"].GetProperty("data").GetProperty("inputFields").EnumerateArray()
            .Select(i => $"{i.GetProperty("dataset").GetString()}.{i.GetProperty("field").GetString()}:{i.GetProperty("type").GetString()}:{i.GetProperty("subtype").GetString()}")
            .Order().ToList();
        inputs.ShouldBe(["shop.raw.orders.amount:DIRECT:AGGREGATION", "shop.raw.orders.status:INDIRECT:FILTER"]);

        var wholeDataset = await lineage.GraphAsync($"/api/v1/column-lineage?nodeId={LineageClient.Id("dataset", Warehouse, "shop.mart.totals")}");
        wholeDataset.Keys.ShouldContain($"datasetField:{Warehouse}:shop.mart.totals:customer_id");
        wholeDataset.Keys.ShouldContain($"datasetField:{Warehouse}:shop.raw.orders:amount");
        var downstream = await lineage.GraphAsync(
            $"/api/v1/column-lineage?nodeId={LineageClient.Id("datasetField", Warehouse, "shop.raw.orders", "amount")}&withDownstream=true");
        downstream.Keys.ShouldContain($"datasetField:{Warehouse}:shop.mart.totals:total");
        var upstreamOnly = await lineage.GraphAsync($"/api/v1/column-lineage?nodeId={LineageClient.Id("datasetField", Warehouse, "shop.raw.orders", "amount")}");
        upstreamOnly.Keys.ShouldBe([$"datasetField:{Warehouse}:shop.raw.orders:amount"]);
    }

    [Fact]
    public async Task namespaces_datasets_jobs_runs_and_the_event_log_read_back_what_was_sent()
    {
        await using var node = NodeFactory.Sqlite();
        var lineage = new LineageClient(node.CreateClient());
        var run = "6a1f2b3c-0000-4000-8000-000000000002";
        // Sent out of order: the COMPLETE arrives before the START and must stay the run's state.
        await lineage.PostOkAsync(LineageClient.RunEvent("COMPLETE", run, "etl", "load", [], [LineageClient.Dataset(Warehouse, "shop.raw.orders")], time: "2026-11-22T11:00:00Z"));
        await lineage.PostOkAsync(LineageClient.RunEvent("START", run, "etl", "load", [], [], time: "2026-11-22T10:59:00Z"));

        var namespaces = await lineage.GetAsync("/api/v1/namespaces");
        namespaces.GetProperty("namespaces").EnumerateArray().Select(n => n.GetProperty("name").GetString()).Order().ShouldBe(["etl", Warehouse]);
        var datasets = await lineage.GetAsync($"/api/v1/namespaces/{Uri.EscapeDataString(Warehouse)}/datasets");
        datasets.GetProperty("totalCount").GetInt32().ShouldBe(1);
        datasets.GetProperty("datasets")[0].GetProperty("id").GetProperty("name").GetString().ShouldBe("shop.raw.orders");
        var dataset = await lineage.GetAsync($"/api/v1/namespaces/{Uri.EscapeDataString(Warehouse)}/datasets/shop.raw.orders");
        dataset.GetProperty("namespace").GetString().ShouldBe(Warehouse);
        var jobs = await lineage.GetAsync("/api/v1/namespaces/etl/jobs");
        jobs.GetProperty("jobs")[0].GetProperty("name").GetString().ShouldBe("load");
        var runs = await lineage.GetAsync("/api/v1/namespaces/etl/jobs/load/runs");
        var only = runs.GetProperty("runs").EnumerateArray().Single();
        only.GetProperty("id").GetString().ShouldBe(run);
        only.GetProperty("state").GetString().ShouldBe("COMPLETED");
        only.GetProperty("durationMs").GetInt64().ShouldBe(60_000);
        (await lineage.GetAsync($"/api/v1/jobs/runs/{run}")).GetProperty("startedAt").GetDateTimeOffset()
            .ShouldBe(DateTimeOffset.Parse("2026-11-22T10:59:00Z", System.Globalization.CultureInfo.InvariantCulture));

        var events = await lineage.GetAsync("/api/v1/events/lineage");
        events.GetProperty("totalCount").GetInt32().ShouldBe(2);
        events.GetProperty("events")[0].GetProperty("eventType").GetString().ShouldBe("COMPLETE"); // newest eventTime first
        var ascending = await lineage.GetAsync("/api/v1/events/lineage?sortDirection=asc&limit=1");
        ascending.GetProperty("events").EnumerateArray().Single().GetProperty("eventType").GetString().ShouldBe("START");
        ascending.GetProperty("totalCount").GetInt32().ShouldBe(2);
        var before = await lineage.GetAsync("/api/v1/events/lineage?before=2026-11-22T11:00:00Z");
        before.GetProperty("totalCount").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task the_event_log_pages_across_many_events_in_event_time_order()
    {
        await using var node = NodeFactory.Sqlite();
        var lineage = new LineageClient(node.CreateClient());
        var start = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        // 150 events fill two pages of the log and part of a third; event times arrive shuffled.
        var order = Enumerable.Range(0, 150).OrderBy(i => (i * 37) % 150).ToList();
        foreach (var i in order)
        {
            await lineage.PostOkAsync(LineageClient.RunEvent("OTHER", $"run-{i}", "etl", "many", [], [],
                time: start.AddMinutes(i).ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
        }

        var all = await lineage.GetAsync("/api/v1/events/lineage?limit=1000&sortDirection=asc");
        all.GetProperty("totalCount").GetInt32().ShouldBe(150);
        all.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("run").GetProperty("runId").GetString())
            .ShouldBe(Enumerable.Range(0, 150).Select(i => $"run-{i}"));
        var page = await lineage.GetAsync("/api/v1/events/lineage?limit=10&offset=20");
        page.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("run").GetProperty("runId").GetString())
            .ShouldBe(Enumerable.Range(0, 10).Select(i => $"run-{149 - 20 - i}"));
        var window = await lineage.GetAsync(
            $"/api/v1/events/lineage?after={Uri.EscapeDataString(start.AddMinutes(99).ToString("O", System.Globalization.CultureInfo.InvariantCulture))}&limit=5");
        window.GetProperty("totalCount").GetInt32().ShouldBe(50);
        window.GetProperty("events")[0].GetProperty("run").GetProperty("runId").GetString().ShouldBe("run-149");
    }

    [Fact]
    public async Task sql_in_a_job_facet_gives_column_lineage_matched_to_the_event_datasets()
    {
        await using var node = NodeFactory.Sqlite();
        var lineage = new LineageClient(node.CreateClient());
        var sql = new { sql = new { query = "INSERT INTO mart.emails (customer_id, email) SELECT c.id, c.email FROM raw.customers c WHERE c.active" } };
        await lineage.PostOkAsync(LineageClient.RunEvent("COMPLETE", "run-sql", "airflow", "emails",
            [LineageClient.Dataset(Warehouse, "shop.raw.customers", ["id", "email", "active"])],
            [LineageClient.Dataset(Warehouse, "shop.mart.emails")], jobFacets: sql));

        var columns = await lineage.GraphAsync($"/api/v1/column-lineage?nodeId={LineageClient.Id("datasetField", Warehouse, "shop.mart.emails", "email")}");

        var inputs = columns[$"datasetField:{Warehouse}:shop.mart.emails:email"].GetProperty("data").GetProperty("inputFields").EnumerateArray()
            .Select(i => $"{i.GetProperty("namespace").GetString()}|{i.GetProperty("dataset").GetString()}.{i.GetProperty("field").GetString()}:{i.GetProperty("type").GetString()}")
            .Order().ToList();
        inputs.ShouldBe([$"{Warehouse}|shop.raw.customers.active:INDIRECT", $"{Warehouse}|shop.raw.customers.email:DIRECT"]);
        var job = await lineage.GetAsync("/api/v1/namespaces/airflow/jobs/emails");
        job.GetProperty("sql").GetString()!.ShouldContain("INSERT INTO mart.emails");
    }

    [Theory]
    [InlineData("""{"eventTime":"2026-11-22T10:00:00Z","schemaURL":"s","run":{"runId":"r"},"job":{"namespace":"n","name":"j"}}""", "producer is required")]
    [InlineData("""{"eventTime":"2026-11-22T10:00:00Z","producer":"p","run":{"runId":"r"},"job":{"namespace":"n","name":"j"}}""", "schemaURL is required")]
    [InlineData("""{"eventTime":"yesterday","producer":"p","schemaURL":"s","run":{"runId":"r"},"job":{"namespace":"n","name":"j"}}""", "eventTime must be an ISO 8601")]
    [InlineData("""{"eventTime":"2026-11-22T10:00:00Z","producer":"p","schemaURL":"s","run":{},"job":{"namespace":"n","name":"j"}}""", "run.runId is required")]
    [InlineData("""{"eventTime":"2026-11-22T10:00:00Z","producer":"p","schemaURL":"s","run":{"runId":"r"},"job":{"namespace":"n"}}""", "job.name is required")]
    [InlineData("""{"eventTime":"2026-11-22T10:00:00Z","producer":"p","schemaURL":"s","run":{"runId":"r"},"job":{"namespace":"n","name":"j"},"eventType":"DONE"}""", "eventType must be one of")]
    [InlineData("""{"eventTime":"2026-11-22T10:00:00Z","producer":"p","schemaURL":"s","run":{"runId":"r"},"job":{"namespace":"n","name":"j"},"inputs":[{"namespace":"n"}]}""", "inputs[0].name is required")]
    [InlineData("""{"eventTime":"2026-11-22T10:00:00Z","producer":"p","schemaURL":"s","dataset":{"name":"d"}}""", "dataset.namespace is required")]
    public async Task an_invalid_event_is_refused_with_its_reason_and_changes_nothing(string json, string reason)
    {
        await using var node = NodeFactory.Sqlite();
        var lineage = new LineageClient(node.CreateClient());

        var response = await lineage.PostRawAsync(json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("invalid_lineage_event");
        problem.GetProperty("detail").GetString()!.ShouldContain(reason);
        (await lineage.GetAsync("/api/v1/events/lineage")).GetProperty("totalCount").GetInt32().ShouldBe(0);
        (await lineage.GetAsync("/api/v1/namespaces")).GetProperty("namespaces").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task malformed_json_gets_its_own_code()
    {
        await using var node = NodeFactory.Sqlite();
        var response = await new LineageClient(node.CreateClient()).PostRawAsync("{\"eventTime\": ");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("malformed_json");
    }

    [Fact]
    public async Task dataset_and_job_events_update_the_graph_without_a_run()
    {
        await using var node = NodeFactory.Sqlite();
        var lineage = new LineageClient(node.CreateClient());
        await lineage.PostOkAsync(new
        {
            eventTime = "2026-11-22T10:00:00Z",
            producer = "p",
            schemaURL = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/DatasetEvent",
            dataset = LineageClient.Dataset("kafka://broker:9092", "orders", ["id"]),
        });
        await lineage.PostOkAsync(new
        {
            eventTime = "2026-11-22T10:00:00Z",
            producer = "p",
            schemaURL = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/JobEvent",
            job = new { @namespace = "streams", name = "enrich" },
            inputs = new[] { LineageClient.Dataset("kafka://broker:9092", "orders") },
        });

        var graph = await lineage.GraphAsync($"/api/v1/lineage?nodeId={LineageClient.Id("job", "streams", "enrich")}");

        graph.Keys.Order().ShouldBe(["dataset:kafka://broker:9092:orders", "job:streams:enrich"]);
        graph["dataset:kafka://broker:9092:orders"].GetProperty("data").GetProperty("fields")[0].GetProperty("name").GetString().ShouldBe("id");
        graph["job:streams:enrich"].GetProperty("data").GetProperty("latestRun").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task the_same_event_twice_gives_the_same_graph()
    {
        await using var node = NodeFactory.Sqlite();
        var lineage = new LineageClient(node.CreateClient());
        var sent = LineageClient.RunEvent("COMPLETE", "run-twice", "etl", "twice", [LineageClient.Dataset("ns", "a")], [LineageClient.Dataset("ns", "b")]);
        await lineage.PostOkAsync(sent);
        var first = (await lineage.GetAsync($"/api/v1/lineage?nodeId={LineageClient.Id("job", "etl", "twice")}")).GetRawText();

        await lineage.PostOkAsync(sent);

        (await lineage.GetAsync($"/api/v1/lineage?nodeId={LineageClient.Id("job", "etl", "twice")}")).GetRawText().ShouldBe(first);
        (await lineage.GetAsync("/api/v1/events/lineage")).GetProperty("totalCount").GetInt32().ShouldBe(2); // both are in the log
    }
}
