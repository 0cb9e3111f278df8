using System.Text.Json;
using DataSpine.Grains.Security;
using DataSpine.Silo.Tests.Catalog;
using static DataSpine.Silo.Tests.Stewardship.ReviewJson;

namespace DataSpine.Silo.Tests.Stewardship;

/// <summary>
/// Stewards' decisions on classes, against a real node on PostgreSQL: a rejection survives re-scans, a
/// re-scan surfaces a new suggestion and a rejected class whose evidence grew, viewers cannot decide, and
/// every decision is in the audit trail with its actor.
/// </summary>
public sealed class ClassificationReviewTests
{
    private static async Task ExpectAsync(Task<HttpResponseMessage> sending, HttpStatusCode status, string code)
    {
        var response = await sending;
        response.StatusCode.ShouldBe(status, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(code);
    }

    [Fact]
    public async Task a_rejection_survives_rescans_and_a_rescan_flags_new_suggestions_and_grown_evidence()
    {
        await using var node = NodeFactory.Postgres(await TestPostgres.CreateDatabaseAsync());
        var catalog = new CatalogClient(node.CreateClient());
        var path = await CatalogClient.NewSqliteSourceAsync(
            "CREATE TABLE contacts (id INTEGER PRIMARY KEY, email TEXT, phone TEXT)",
            "INSERT INTO contacts (email, phone) WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < 50) SELECT 'person' || v || '@example.com', 'n/a' FROM n");
        var name = $"contacts-{Guid.NewGuid():N}";
        var sourceId = await catalog.RegisterAsync("sqlite", path, name: name); // no sampling: names alone, 0.65 at most
        (await catalog.ScanToEndAsync(sourceId)).GetProperty("status").GetString().ShouldBe("Succeeded");
        var steward = await node.CreateClientAsync(Role.Steward);
        var columns = $"/api/v1/assets/{sourceId}/main.contacts/columns";

        var first = Column(await catalog.AssetAsync(sourceId, "main.contacts"), "email");
        Review(first, "EMAIL").GetProperty("status").GetString().ShouldBe("Pending");
        Review(first, "EMAIL").GetProperty("needsReview").GetBoolean().ShouldBeTrue();
        Review(first, "EMAIL").GetProperty("severity").GetString().ShouldBe("Medium");
        Effective(first).ShouldBe(["EMAIL"]); // an undecided suggestion counts until someone rejects it
        var nameOnly = Review(first, "EMAIL").GetProperty("confidence").GetDouble();

        var rejected = await OkJsonAsync(steward.PostAsJsonAsync($"{columns}/email/classifications/EMAIL/reject", new { reason = "Holds placeholder addresses." }));
        Effective(rejected).ShouldBeEmpty();
        Review(rejected, "EMAIL").GetProperty("decision").GetProperty("reason").GetString().ShouldBe("Holds placeholder addresses.");
        await OkJsonAsync(steward.PostAsJsonAsync($"{columns}/phone/classifications/PHONE/reject", new { reason = "Not a phone." }));
        (await catalog.Http.GetFromJsonAsync<JsonElement>($"/api/v1/search?q=contacts&classification=EMAIL")).GetProperty("total").GetInt32().ShouldBe(0);

        // The re-scan samples values now (the e-mail column's evidence grows) and sees a changed schema (a new column).
        (await catalog.Http.PutAsJsonAsync($"/api/v1/sources/{sourceId}", new { name, type = "sqlite", connection = path, options = new { samplingAllowed = true } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        await CatalogClient.ExecuteAsync(path, "ALTER TABLE contacts ADD COLUMN date_of_birth TEXT", "UPDATE contacts SET date_of_birth = '1980-01-0' || (id % 9 + 1)");
        (await catalog.ScanToEndAsync(sourceId)).GetProperty("progress").GetProperty("harvested").GetInt32().ShouldBe(1);

        var asset = await catalog.AssetAsync(sourceId, "main.contacts");
        var email = Review(Column(asset, "email"), "EMAIL");
        email.GetProperty("status").GetString().ShouldBe("Rejected", "a re-scan never undoes a steward's decision");
        email.GetProperty("effective").GetBoolean().ShouldBeFalse();
        email.GetProperty("confidence").GetDouble().ShouldBeGreaterThanOrEqualTo(nameOnly + 0.2);
        email.GetProperty("needsReview").GetBoolean().ShouldBeTrue();
        email.GetProperty("reviewReason").GetString()!.ShouldContain("confidence grew");
        Effective(Column(asset, "email")).ShouldBeEmpty();
        var phone = Review(Column(asset, "phone"), "PHONE");
        phone.GetProperty("status").GetString().ShouldBe("Rejected");
        phone.GetProperty("needsReview").GetBoolean().ShouldBeFalse("its evidence did not grow");
        var born = Review(Column(asset, "date_of_birth"), "DATE_OF_BIRTH");
        born.GetProperty("status").GetString().ShouldBe("Pending");
        born.GetProperty("needsReview").GetBoolean().ShouldBeTrue();
        (await catalog.Http.GetFromJsonAsync<JsonElement>($"/api/v1/search?q=contacts&classification=DATE_OF_BIRTH")).GetProperty("total").GetInt32().ShouldBe(1);

        // Accepting after the review, and a class set by hand, count; the audit trail names the steward.
        Effective(await OkJsonAsync(steward.PostAsJsonAsync($"{columns}/email/classifications/EMAIL/accept", new { }))).ShouldBe(["EMAIL"]);
        var manual = await OkJsonAsync(steward.PutAsJsonAsync($"{columns}/phone/classifications", new { classes = new[] { "customer_contact" }, reason = "Free-text contact notes." }));
        Effective(manual).ShouldBe(["CUSTOMER_CONTACT"]);
        Review(manual, "CUSTOMER_CONTACT").GetProperty("status").GetString().ShouldBe("Manual");
        (await catalog.Http.GetFromJsonAsync<JsonElement>($"/api/v1/search?q=contacts&classification=EMAIL")).GetProperty("total").GetInt32().ShouldBe(1);

        var stewardId = (await steward.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("id").GetString();
        var audit = await catalog.Http.GetFromJsonAsync<JsonElement>($"/api/v1/audit?actor={stewardId}&target={Uri.EscapeDataString($"asset/{sourceId}")}");
        var records = audit.GetProperty("items").EnumerateArray().ToList();
        records.Count.ShouldBe(4);
        records.ShouldAllBe(r => r.GetProperty("action").GetString() == "asset.changed");
        records.Select(r => r.GetProperty("diff").GetString()!).ShouldContain(d => d.Contains("Holds placeholder addresses.", StringComparison.Ordinal));
        (await catalog.Http.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify")).GetProperty("ok").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task viewers_cannot_decide_and_bad_decisions_get_stable_codes_and_change_nothing()
    {
        await using var node = NodeFactory.Postgres(await TestPostgres.CreateDatabaseAsync());
        var catalog = new CatalogClient(node.CreateClient());
        var sourceId = await catalog.RegisterAsync("sqlite", await CatalogClient.NewSqliteSourceAsync("CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT)"));
        (await catalog.ScanToEndAsync(sourceId)).GetProperty("status").GetString().ShouldBe("Succeeded");
        var viewer = await node.CreateClientAsync(Role.Viewer);
        var steward = await node.CreateClientAsync(Role.Steward);
        var columns = $"/api/v1/assets/{sourceId}/main.people/columns";

        (await viewer.PostAsJsonAsync($"{columns}/email/classifications/EMAIL/accept", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await viewer.PutAsJsonAsync($"{columns}/email/annotation", new { description = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await ExpectAsync(steward.PostAsJsonAsync($"{columns}/email/classifications/EMAIL/reject", new { reason = " " }), HttpStatusCode.BadRequest, "reason_required");
        await ExpectAsync(steward.PostAsJsonAsync($"{columns}/email/classifications/PHONE/accept", new { }), HttpStatusCode.Conflict, "class_not_suggested");
        await ExpectAsync(steward.PostAsJsonAsync($"{columns}/nope/classifications/EMAIL/accept", new { }), HttpStatusCode.NotFound, "column_not_found");
        await ExpectAsync(steward.PostAsJsonAsync($"/api/v1/assets/{sourceId}/main.none/columns/email/classifications/EMAIL/accept", new { }), HttpStatusCode.NotFound, "asset_not_found");
        await ExpectAsync(steward.PutAsJsonAsync($"{columns}/email/classifications", new { classes = new[] { "not a class" } }), HttpStatusCode.BadRequest, "invalid_class");
        await ExpectAsync(steward.PutAsJsonAsync($"{columns}/email/classifications", new { reason = "no list" }), HttpStatusCode.BadRequest, "invalid_request");
        await ExpectAsync(steward.PutAsJsonAsync($"{columns}/email/annotation", new { owners = new[] { new { name = "x", kind = "robot" } } }), HttpStatusCode.BadRequest, "invalid_annotation");
        await ExpectAsync(steward.PutAsJsonAsync($"{columns}/email/annotation", new { description = new string('d', 10_001) }), HttpStatusCode.BadRequest, "invalid_annotation");

        var email = Column(await catalog.AssetAsync(sourceId, "main.people"), "email");
        (await catalog.AssetsAsync(sourceId)).GetProperty("items")[0].GetProperty("needsReview").GetInt32().ShouldBe(1);
        Review(email, "EMAIL").GetProperty("status").GetString().ShouldBe("Pending");
        email.GetProperty("review").GetArrayLength().ShouldBe(1);
        email.GetProperty("description").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task descriptions_and_owners_are_shown_audited_and_searchable()
    {
        await using var node = NodeFactory.Postgres(await TestPostgres.CreateDatabaseAsync());
        var catalog = new CatalogClient(node.CreateClient());
        var sourceId = await catalog.RegisterAsync("sqlite", await CatalogClient.NewSqliteSourceAsync("CREATE TABLE ledger (id INTEGER PRIMARY KEY, amount REAL)"));
        (await catalog.ScanToEndAsync(sourceId)).GetProperty("status").GetString().ShouldBe("Succeeded");
        var steward = await node.CreateClientAsync(Role.Steward);
        var word = $"zorblax{Guid.NewGuid():N}"[..14];

        var asset = await OkJsonAsync(steward.PutAsJsonAsync($"/api/v1/assets/{sourceId}/main.ledger/annotation",
            new { description = $"The general {word} of every booking.", owners = new object[] { new { name = "finance-team", kind = "group" }, new { name = "ada@example.com" } } }));
        asset.GetProperty("description").GetString().ShouldBe($"The general {word} of every booking.");
        asset.GetProperty("owners").EnumerateArray().Select(o => $"{o.GetProperty("kind").GetString()}:{o.GetProperty("name").GetString()}")
            .ShouldBe(["Group:finance-team", "Person:ada@example.com"]);
        var column = await OkJsonAsync(steward.PutAsJsonAsync($"/api/v1/assets/{sourceId}/main.ledger/columns/amount/annotation",
            new { description = "Signed amount in cents.", owners = new[] { new { name = "controlling", kind = "group" } } }));
        Column(column, "amount").GetProperty("description").GetString().ShouldBe("Signed amount in cents.");

        async Task<List<string>> Search(string q) =>
            [.. (await catalog.Http.GetFromJsonAsync<JsonElement>($"/api/v1/search?q={Uri.EscapeDataString(q)}")).GetProperty("items").EnumerateArray()
                .Select(i => i.GetProperty("id").GetString()!)];
        var id = asset.GetProperty("id").GetString()!;
        (await Search(word)).ShouldBe([id]);
        (await Search($"ledger controlling")).ShouldBe([id]);
        (await Search($"ledger finance team")).ShouldBe([id]);

        await OkJsonAsync(steward.PutAsJsonAsync($"/api/v1/assets/{sourceId}/main.ledger/annotation", new { }));
        (await Search(word)).ShouldBeEmpty();
        (await Search("ledger controlling")).ShouldBe([id]); // the column's annotation is its own

        // A file below a folder is addressed with its slash encoded: /assets/{sourceId}/sub%2Fpeople.csv/...
        var folder = Directory.CreateTempSubdirectory("dataspine-steward-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        await File.WriteAllTextAsync(Path.Combine(folder, "sub", "people.csv"), "id,email\n1,a@example.com\n");
        var files = await catalog.RegisterAsync("files", folder);
        (await catalog.ScanToEndAsync(files)).GetProperty("status").GetString().ShouldBe("Succeeded");
        var nested = await OkJsonAsync(steward.PutAsJsonAsync($"/api/v1/assets/{files}/sub%2Fpeople.csv/annotation", new { description = $"Nested {word}" }));
        nested.GetProperty("id").GetString().ShouldBe($"{files}/sub/people.csv");
        await OkJsonAsync(steward.PostAsJsonAsync($"/api/v1/assets/{files}/sub%2Fpeople.csv/columns/email/classifications/EMAIL/accept", new { }));
        var stewardId = (await steward.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("id").GetString();
        var audit = await catalog.Http.GetFromJsonAsync<JsonElement>($"/api/v1/audit?actor={stewardId}&target={Uri.EscapeDataString($"asset/{sourceId}")}");
        audit.GetProperty("items").GetArrayLength().ShouldBe(3);
    }
}
