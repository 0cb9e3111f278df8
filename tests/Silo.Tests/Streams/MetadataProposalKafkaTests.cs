using System.Text.Json;
using Confluent.Kafka;
using DataSpine.Silo.Tests.Catalog;

namespace DataSpine.Silo.Tests.Streams;

/// <summary>
/// Metadata change proposals into a real node: envelopes written by a plain Confluent producer to the proposals
/// topic edit the asset as a steward would (seen through the HTTP API and the audit trail); a redelivered
/// proposal changes nothing more; refused ones land on the dead-letter topic with their code and change nothing.
/// </summary>
public sealed class MetadataProposalKafkaTests
{
    private const string Topic = "dataspine.metadata.proposals";
    private const string DeadLetterTopic = "dataspine.metadata.proposals.dlq";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task a_proposal_edits_the_asset_once_however_often_it_arrives_and_refused_ones_are_dead_lettered_with_their_code()
    {
        await using var kafka = KafkaStreamNode.Start();
        kafka.Kafka.CreateTopic(Topic, partitions: 4);
        kafka.Kafka.CreateTopic(DeadLetterTopic, partitions: 1);
        var catalog = new CatalogClient(kafka.Node.CreateClient());
        var http = catalog.Http;
        var sourceId = await catalog.RegisterAsync("sqlite", await CatalogClient.NewSqliteSourceAsync("CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT)"));
        (await catalog.ScanToEndAsync(sourceId)).GetProperty("status").GetString().ShouldBe("Succeeded");
        var assetId = (await catalog.AssetAsync(sourceId, "main.customers")).GetProperty("id").GetString()!;
        var created = await http.PostAsJsonAsync("/api/v1/glossary/terms", new { name = "Customer", definition = "Someone who bought from us." });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var termId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var proposal = Proposal("p-1", assetId, new object[]
        {
            new { kind = "description", value = "Everyone who ever ordered." },
            new { kind = "owners", value = new object[] { "ana@example.com", new { name = "crm-team", kind = "group" } } },
            new { kind = "terms", value = new[] { termId } },
            new { kind = "columnDescription", column = "email", value = "Where receipts go." },
        });
        await ProduceAsync(kafka, assetId, proposal);

        var asset = await WaitForAsync(http, assetId, a => a.TryGetProperty("description", out var d) && d.GetString() == "Everyone who ever ordered.");
        asset.GetProperty("owners").EnumerateArray().Select(o => $"{o.GetProperty("name").GetString()}/{o.GetProperty("kind").GetString()}")
            .ShouldBe(["ana@example.com/Person", "crm-team/Group"]);
        asset.GetProperty("terms").EnumerateArray().Select(t => t.GetProperty("id").GetString()).ShouldBe([termId]);
        Column(asset, "email").GetProperty("description").GetString().ShouldBe("Where receipts go.");
        (await http.GetFromJsonAsync<JsonElement>($"/api/v1/glossary/terms/{termId}")).GetProperty("usedBy").EnumerateArray()
            .Select(u => u.GetString()).ShouldBe([assetId]);
        var audit = (await http.GetFromJsonAsync<JsonElement>($"/api/v1/audit?actor={Uri.EscapeDataString($"kafka:{Topic}")}&target={Uri.EscapeDataString($"asset/{sourceId}")}"))
            .GetProperty("items").EnumerateArray().ToList();
        audit.ShouldNotBeEmpty();
        audit.ShouldAllBe(r => r.GetProperty("operation").GetString()!.Contains("p-1 proposed-by airflow", StringComparison.Ordinal));

        // The same proposal again, then refused ones on the same partition (same key): once those are dead-lettered, the repeat was handled.
        await ProduceAsync(kafka, assetId, proposal);
        await ProduceAsync(kafka, assetId, Proposal("p-2", $"{sourceId}/main.nope", new object[] { new { kind = "description", value = "Lost." } }));
        await ProduceAsync(kafka, assetId, Proposal("p-3", assetId, new object[] { new { kind = "tags", value = new[] { "pii" } }, new { kind = "description", value = "Tagged." } }));
        await ProduceAsync(kafka, assetId, Proposal("p-4", assetId, new object[] { new { kind = "terms", value = new[] { "no-such-term" } } }));
        await kafka.Producer.ProduceAsync(Topic, new Message<string, string> { Key = assetId, Value = "{not json" });

        var dead = kafka.ConsumeDeadLetters(Patience, DeadLetterTopic, 4);
        dead.Select(d => KafkaStreamNode.Header(d, "dataspine-error")).ShouldBe(["asset_not_found", "unknown_proposal_kind", "term_not_found", "invalid_proposal"]);
        dead.ShouldAllBe(d => d.Message.Key == assetId);
        var first = JsonDocument.Parse(dead[0].Message.Value).RootElement;
        first.GetProperty("error").GetString().ShouldBe("asset_not_found");
        first.GetProperty("reasons")[0].GetString().ShouldBe($"No asset '{sourceId}/main.nope'.");
        first.GetProperty("original").GetProperty("proposalId").GetString().ShouldBe("p-2");
        first.GetProperty("source").GetProperty("topic").GetString().ShouldBe(Topic);
        KafkaStreamNode.Headers(dead[2], "dataspine-reason").ShouldBe(["No glossary term 'no-such-term'."]);

        var after = await http.GetFromJsonAsync<JsonElement>($"/api/v1/assets/{assetId}");
        after.GetRawText().ShouldBe(asset.GetRawText());
        (await http.GetFromJsonAsync<JsonElement>($"/api/v1/audit?actor={Uri.EscapeDataString($"kafka:{Topic}")}&target={Uri.EscapeDataString($"asset/{sourceId}")}"))
            .GetProperty("items").GetArrayLength().ShouldBe(audit.Count);
    }

    private static string Proposal(string id, string asset, object[] changes) =>
        JsonSerializer.Serialize(new { version = 1, proposalId = id, actor = "airflow", asset, changes });

    private static Task<DeliveryResult<string, string>> ProduceAsync(KafkaStreamNode kafka, string key, string value) =>
        kafka.Producer.ProduceAsync(Topic, new Message<string, string> { Key = key, Value = value });

    private static JsonElement Column(JsonElement asset, string name) =>
        asset.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    private static async Task<JsonElement> WaitForAsync(HttpClient http, string assetId, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var asset = await http.GetFromJsonAsync<JsonElement>($"/api/v1/assets/{assetId}");
            if (done(asset) || DateTime.UtcNow > deadline)
            {
                return asset;
            }

            await Task.Delay(200);
        }
    }
}
