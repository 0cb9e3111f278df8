using System.Text;
using System.Text.Json;
using DataSpine.Silo.Tests.Catalog;
using DataSpine.Silo.Tests.Lineage;

namespace DataSpine.Silo.Tests.ChangeEvents;

/// <summary>Each kind of catalog change makes the event docs/events.md says, with the data it documents.</summary>
public sealed class EventTypesTests
{
    [Fact]
    public async Task terms_schema_changes_soft_deletes_lineage_edges_and_subject_versions_have_their_events()
    {
        await using var node = NodeFactory.Sqlite();
        var http = node.CreateClient();
        var catalog = new CatalogClient(http);
        var path = await CatalogClient.NewSqliteSourceAsync("CREATE TABLE customers (id INTEGER PRIMARY KEY)", "CREATE TABLE old_stuff (id INTEGER)");
        var sourceId = await catalog.RegisterAsync("sqlite", path);
        await catalog.ScanToEndAsync(sourceId);
        var start = (await CatalogEventsClient.AllAsync(http))[^1].Sequence;
        var customers = $"{sourceId}/main.customers";

        var term = await http.PostAsJsonAsync("/api/v1/glossary/terms", new { name = "Customer", definition = "Someone who buys." });
        var termId = (await term.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        (await http.PutAsJsonAsync($"/api/v1/glossary/assignments/{customers}",
            new { terms = new[] { termId }, columns = new Dictionary<string, string[]> { ["id"] = [termId] } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await CatalogClient.ExecuteAsync(path, "DROP TABLE old_stuff", "ALTER TABLE customers ADD COLUMN zip TEXT");
        await catalog.ScanToEndAsync(sourceId);
        await new LineageClient(http).PostOkAsync(LineageClient.RunEvent("COMPLETE", Guid.NewGuid().ToString(), "etl", "load",
            [LineageClient.Dataset("db", "raw")], [LineageClient.Dataset("db", "clean")]));
        using var schema = new StringContent(JsonSerializer.Serialize(new { schema = """{"type":"record","name":"r","fields":[{"name":"a","type":"int"}]}""" }),
            Encoding.UTF8, "application/vnd.schemaregistry.v1+json");
        (await http.PostAsync("/registry/subjects/events-value/versions", schema)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await http.DeleteAsync("/registry/subjects/events-value/versions/1")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var events = await CatalogEventsClient.AllAsync(http, start);

        var terms = events.Single(e => e.Type == "io.dataspine.asset.terms.changed.v1");
        terms.Subject.ShouldBe(customers);
        terms.Data.GetProperty("targets").EnumerateArray().Select(t => (t.TryGetProperty("column", out var c) ? c.GetString() : null,
            t.GetProperty("added")[0].GetProperty("id").GetString())).ShouldBe([(null, termId), ("id", termId)]);
        var versioned = events.Single(e => e.Type == "io.dataspine.asset.schema.versioned.v1");
        versioned.Subject.ShouldBe(customers);
        versioned.Data.GetProperty("version").GetInt32().ShouldBe(2);
        versioned.Data.GetProperty("changes").GetRawText().ShouldBe("""[{"kind":"added","column":"zip"}]""");
        var deleted = events.Single(e => e.Type == "io.dataspine.asset.deleted.v1");
        deleted.Data.GetProperty("asset").GetProperty("qualifiedName").GetString().ShouldBe("main.old_stuff");
        var edges = events.Where(e => e.Type == "io.dataspine.lineage.edge.added.v1").ToList();
        edges.Count.ShouldBe(2, "raw → load and load → clean, each told once");
        edges.ShouldAllBe(e => e.Subject == e.Data.GetProperty("origin").GetString());
        edges.Select(e => e.Data.GetProperty("destination").GetString()!).ShouldContain(d => d.EndsWith("clean"));
        events.Where(e => e.Subject == "events-value").Select(e => (e.Type, e.Data.GetProperty("version").GetInt32()))
            .ShouldBe([("io.dataspine.registry.subject.version.registered.v1", 1), ("io.dataspine.registry.subject.version.deleted.v1", 1)]);
        events.ShouldNotContain(e => e.Type.StartsWith("io.dataspine.source."), "scans and terms do not change the source");
        events.ShouldAllBe(e => !e.Event.GetRawText().Contains("\"schema\":\"{"), "no schema text");
    }
}
