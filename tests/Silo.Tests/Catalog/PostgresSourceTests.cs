namespace DataSpine.Silo.Tests.Catalog;

/// <summary>A real PostgreSQL database as a source, scanned through the node.</summary>
public sealed class PostgresSourceTests
{
    [Fact]
    public async Task a_postgres_database_is_scanned_with_views_keys_and_classes()
    {
        var connection = await TestPostgres.CreateDatabaseAsync(
            "CREATE SCHEMA crm",
            "CREATE TABLE crm.contacts (id bigint PRIMARY KEY, email text NOT NULL, phone_number text, last_name text)",
            "CREATE TABLE crm.deals (id bigint PRIMARY KEY, contact_id bigint REFERENCES crm.contacts(id), amount numeric)",
            "CREATE VIEW crm.big_deals AS SELECT d.id, c.email FROM crm.deals d JOIN crm.contacts c ON c.id = d.contact_id WHERE d.amount > 1000",
            "INSERT INTO crm.contacts VALUES (1, 'ann@example.com', '+1 415 555 0100', 'Lee')");
        await using var node = NodeFactory.Sqlite();
        var catalog = new CatalogClient(node.CreateClient());
        var id = await catalog.RegisterAsync("postgres", connection, new { includeSchemas = new[] { "crm" } });

        var scan = await catalog.ScanToEndAsync(id);

        scan.GetProperty("status").GetString().ShouldBe("Succeeded", scan.ToString());
        var assets = await catalog.AssetsAsync(id);
        assets.GetProperty("items").EnumerateArray().Select(a => $"{a.GetProperty("qualifiedName").GetString()}:{a.GetProperty("type").GetString()}")
            .ShouldBe(["crm.big_deals:View", "crm.contacts:Table", "crm.deals:Table"]);
        var contacts = await catalog.AssetAsync(id, "crm.contacts");
        contacts.GetProperty("rowCount").GetInt64().ShouldBe(1);
        contacts.GetProperty("primaryKey")[0].GetString().ShouldBe("id");
        var classes = contacts.GetProperty("columns").EnumerateArray()
            .SelectMany(c => c.GetProperty("classifications").EnumerateArray().Select(k => k.GetProperty("class").GetString())).ToList();
        classes.ShouldContain("EMAIL");
        classes.ShouldContain("PHONE");
        var view = await catalog.AssetAsync(id, "crm.big_deals");
        view.GetProperty("lineage").GetProperty("upstream").EnumerateArray().Select(u => u.GetString()).ShouldBe(["crm.contacts", "crm.deals"]);
        view.GetProperty("lineage").GetProperty("columnEdges").EnumerateArray()
            .ShouldContain(e => e.GetProperty("source").GetString() == "crm.contacts.email" && e.GetProperty("target").GetString() == "crm.big_deals.email");
    }
}
