using System.Net.Http.Headers;
using System.Text.Json;
using DataSpine.Grains.Security;
using DataSpine.Silo.Tests.Lineage;

namespace DataSpine.Silo.Tests.Security;

public sealed class ApiKeyTests
{
    [Fact]
    public async Task a_created_key_is_shown_once_works_and_is_listed_without_its_secret()
    {
        await using var node = NodeFactory.Sqlite();
        var admin = node.CreateClient();

        var created = await admin.PostAsJsonAsync("/api/v1/keys", new { name = "airflow", role = "engineer" });

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var answer = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = answer.GetProperty("id").GetString()!;
        var key = answer.GetProperty("key").GetString()!;
        key.ShouldStartWith($"dsk_{id}_");
        answer.GetProperty("role").GetString().ShouldBe("engineer");
        var secret = key[$"dsk_{id}_".Length..];
        var me = await node.CreateClient().WithKey(key).GetFromJsonAsync<JsonElement>("/api/v1/me");
        me.GetProperty("id").GetString().ShouldBe(id);
        me.GetProperty("name").GetString().ShouldBe("airflow");
        me.GetProperty("role").GetString().ShouldBe("engineer");
        me.GetProperty("authenticated").GetBoolean().ShouldBeTrue();

        var listed = await admin.GetStringAsync("/api/v1/keys");
        listed.ShouldNotContain(secret);
        listed.ShouldNotContain("pbkdf2");
        var entry = JsonDocument.Parse(listed).RootElement.GetProperty("items").EnumerateArray().Single(k => k.GetProperty("id").GetString() == id);
        entry.GetProperty("name").GetString().ShouldBe("airflow");
        entry.GetProperty("revoked").GetBoolean().ShouldBeFalse();
        entry.GetProperty("expiresAt").ValueKind.ShouldBe(JsonValueKind.Null);
        entry.GetProperty("createdAt").GetDateTimeOffset().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5));
        // The last use is recorded in the background, once a minute at most.
        await PollAsync(async () => (await ListedAsync(admin, id)).GetProperty("lastUsedAt").ValueKind == JsonValueKind.String, "lastUsedAt was not recorded");
    }

    [Fact]
    public async Task a_revoked_key_is_refused_at_once_by_the_node_that_revoked_it()
    {
        await using var node = NodeFactory.Sqlite();
        var key = await node.CreateKeyAsync(Role.Engineer);
        var engineer = node.CreateClient().WithKey(key);
        (await engineer.GetAsync("/api/v1/sources")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var id = key.Split('_')[1];

        (await node.CreateClient().DeleteAsync($"/api/v1/keys/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var refused = await engineer.GetAsync("/api/v1/sources");
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("unauthenticated");
        (await ListedAsync(node.CreateClient(), id)).GetProperty("revoked").GetBoolean().ShouldBeTrue();
        var unknown = await node.CreateClient().DeleteAsync("/api/v1/keys/nosuchkey");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("key_not_found");
    }

    [Fact]
    public async Task a_key_past_its_expiry_is_refused()
    {
        await using var node = NodeFactory.Sqlite();
        (await node.CreateClient().GetAsync("/api/v1/me")).EnsureSuccessStatusCode(); // started, so the expiry is still ahead when the key is made
        var expiresAt = DateTimeOffset.UtcNow.AddSeconds(5);
        var client = node.CreateClient().WithKey(await node.CreateKeyAsync(Role.Viewer, expiresAt));
        (await client.GetAsync("/api/v1/sources")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await Task.Delay(expiresAt - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(200));

        (await client.GetAsync("/api/v1/sources")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("Bearer dsk_0123456789abcdef_not-the-secret")]
    [InlineData("Bearer not-a-key-at-all")]
    [InlineData("Bearer")]
    [InlineData("Digest username=\"x\"")]
    [InlineData("Basic Zm9vOmJhcg==")]
    [InlineData("Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln")]
    public async Task wrong_or_malformed_credentials_get_401_even_where_reads_are_anonymous(string header)
    {
        await using var node = NodeFactory.Sqlite(("Auth:AnonymousReads", "true"));
        var client = node.CreateAnonymousClient();
        (await client.GetAsync("/api/v1/sources")).StatusCode.ShouldBe(HttpStatusCode.OK, "no credentials: an anonymous read");
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", header);

        var response = await client.GetAsync("/api/v1/sources");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ShouldContain(new AuthenticationHeaderValue("Bearer", "realm=\"DataSpine\""));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("unauthenticated");
        problem.GetProperty("status").GetInt32().ShouldBe(401);
    }

    [Theory]
    [InlineData("{\"role\":\"viewer\"}")]
    [InlineData("{\"name\":\"x\",\"role\":\"root\"}")]
    [InlineData("{\"name\":\"x\",\"role\":\"4\"}")]
    [InlineData("{\"name\":\"x\"}")]
    [InlineData("{\"name\":\"x\",\"role\":\"viewer\",\"expiresAt\":\"2001-01-01T00:00:00Z\"}")]
    public async Task invalid_key_requests_are_refused_and_create_nothing(string body)
    {
        await using var node = NodeFactory.Sqlite();
        var admin = node.CreateClient();
        var before = await admin.GetStringAsync("/api/v1/keys");

        var response = await admin.PostAsync("/api/v1/keys", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("invalid_key");
        (await admin.GetStringAsync("/api/v1/keys")).ShouldBe(before);
    }

    [Theory]
    [InlineData(true, HttpStatusCode.OK)]
    [InlineData(false, HttpStatusCode.Unauthorized)]
    public async Task me_answers_anonymous_callers_only_where_reads_are_anonymous(bool anonymousReads, HttpStatusCode expected)
    {
        await using var node = NodeFactory.Sqlite(("Auth:AnonymousReads", anonymousReads.ToString()));
        var anonymous = node.CreateAnonymousClient();

        var me = await anonymous.GetAsync("/api/v1/me");

        me.StatusCode.ShouldBe(expected);
        if (anonymousReads)
        {
            var caller = await me.Content.ReadFromJsonAsync<JsonElement>();
            caller.GetProperty("authenticated").GetBoolean().ShouldBeFalse();
            caller.GetProperty("role").GetString().ShouldBe("viewer");
            (await anonymous.PostAsJsonAsync("/api/v1/glossary/terms", new { name = "x", definition = "y" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }
    }

    [Fact]
    public async Task openlineage_emitters_post_events_with_a_bearer_key_of_the_engineer_role()
    {
        await using var node = NodeFactory.Sqlite();
        var emitter = new LineageClient(await node.CreateClientAsync(Role.Engineer));
        var reader = new LineageClient(await node.CreateClientAsync(Role.Steward));
        var run = Guid.NewGuid().ToString();
        var lineageEvent = LineageClient.RunEvent("COMPLETE", run, "airflow", "daily_orders", [LineageClient.Dataset("pg", "public.orders")], [LineageClient.Dataset("pg", "public.daily")]);

        await emitter.PostOkAsync(lineageEvent);

        (await reader.PostAsync(lineageEvent)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reader.Http.GetAsync($"/api/v1/jobs/runs/{run}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task the_metrics_scrape_key_opens_metrics_and_nothing_else()
    {
        const string scrape = "prometheus-scrape-secret-0123456789";
        await using var node = NodeFactory.Sqlite(("Auth:MetricsKey", scrape));
        var prometheus = node.CreateClient().WithKey(scrape);

        (await prometheus.GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.OK);
        // Elsewhere the scrape key is no key at all.
        (await prometheus.GetAsync("/api/v1/sources")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await prometheus.GetAsync("/dashboard/")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await node.CreateAnonymousClient().GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task open_operator_surfaces_serve_the_dashboard_and_metrics_without_a_key_but_not_the_api()
    {
        await using var node = NodeFactory.Sqlite(("Auth:OperatorSurfacesOpen", "true"));
        var anonymous = node.CreateAnonymousClient();

        (await anonymous.GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.GetAsync("/dashboard/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.GetAsync("/api/v1/sources")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task a_bootstrap_key_too_short_to_be_safe_stops_the_start()
    {
        await using var node = NodeFactory.Sqlite(("Auth:BootstrapAdminKey", "admin"));

        // Program prints "DataSpine could not start: Auth:BootstrapAdminKey must be at least 24 characters." and exits 1.
        Should.Throw<Exception>(() => node.CreateClient());
    }

    private static async Task<JsonElement> ListedAsync(HttpClient admin, string id) =>
        (await admin.GetFromJsonAsync<JsonElement>("/api/v1/keys")).GetProperty("items").EnumerateArray().Single(k => k.GetProperty("id").GetString() == id);

    private static async Task PollAsync(Func<Task<bool>> condition, string why)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new ShouldAssertException(why);
    }
}
