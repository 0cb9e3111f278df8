using System.Text.Json;

namespace DataSpine.Silo.Tests.Lineage;

/// <summary>Acknowledged lineage survives a restart: the graph, the runs, and the event log with its numbering.</summary>
public sealed class LineageDurabilityTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task events_and_graph_survive_a_restart_and_the_log_numbering_goes_on(string storage)
    {
        var file = Path.Combine(Path.GetTempPath(), $"dataspine-lineage-{Guid.NewGuid():N}.db");
        var database = storage == "postgres" ? await TestPostgres.CreateDatabaseAsync() : null;
        NodeFactory Node() => database is null ? NodeFactory.Sqlite(file) : NodeFactory.Postgres(database);
        const int Sent = 70; // more than one page of the log

        await using (var first = Node())
        {
            var lineage = new LineageClient(first.CreateClient());
            for (var i = 0; i < Sent; i++)
            {
                await lineage.PostOkAsync(LineageClient.RunEvent("COMPLETE", $"run-{i}", "etl", $"job{i % 3}",
                    [LineageClient.Dataset("db", $"in{i % 5}")], [LineageClient.Dataset("db", $"out{i % 3}")]));
            }
        }

        await using var second = Node();
        var again = new LineageClient(second.CreateClient());
        (await again.GetAsync("/api/v1/events/lineage?limit=1000")).GetProperty("totalCount").GetInt32().ShouldBe(Sent);
        var graph = await again.GraphAsync($"/api/v1/lineage?nodeId={LineageClient.Id("job", "etl", "job0")}&depth=1");
        graph.Keys.Order().ShouldBe(["dataset:db:in0", "dataset:db:in1", "dataset:db:in2", "dataset:db:in3", "dataset:db:in4", "dataset:db:out0", "job:etl:job0"]);
        (await again.GetAsync("/api/v1/namespaces/etl/jobs/job0/runs")).GetProperty("totalCount").GetInt32().ShouldBe(24);

        var response = await again.PostAsync(LineageClient.RunEvent("COMPLETE", "run-after", "etl", "job0", [], []));
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sequence").GetInt64().ShouldBe(Sent + 1);
    }
}
