using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DataSpine.Silo.Tests.WebDefaults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace DataSpine.Silo.Tests.BadInput;

/// <summary>
/// Issue 17's bad-input corpus against a real node (Kestrel, SQLite): every body of the corpus to every
/// operation of the OpenAPI document that takes one, odd paths and queries to every read, raw requests
/// HttpClient would not send. No answer is a 5xx or slower than the bound, every refusal has a stable
/// code (or is Kestrel's own bodyless refusal), no bad input changes what the catalog lists, the node stays ready, and the
/// source password set at the start is in no answer and no log line.
/// </summary>
public sealed class BadInputCorpusTests(ITestOutputHelper output)
{
    private const string Password = "Corpus-S3cret-Pa55word";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    /// <summary>Operations that take no body (their state changes are tested with odd ids instead).</summary>
    private static readonly string[] Bodyless = ["/api/v1/sources/{id}/scans", "/api/v1/sources/{id}/test", "/api/v1/scans/{id}/cancel"];

    private static readonly string[] OddIds = ["%00", "%FF%FE", "..%2F..%2Fetc%2Fpasswd", "%E2%80%AE", new('i', 3000), "-1", "2147483648"];

    private static readonly string[] OddQueries =
    [
        "limit=-1&offset=-1&cursor=-1&depth=-1&maxNodes=0",
        "limit=99999999999&offset=99999999999&maxNodes=99999999999",
        "limit=2147483647&offset=2147483647&cursor=2147483647&depth=2147483647",
        "limit=abc&offset=1e9&cursor=%00&withDownstream=maybe&deleted=maybe&latestOnly=%ff",
        "q=" + new string('q', 5000) + "&nodeId=dataset:%00:%ff&direction=sideways&sortDirection=sideways",
        "before=yesterday&after=2026-13-45T99:99:99Z&subjectPrefix=%C0%AF&type=%00",
    ];

    [Fact]
    public async Task bad_input_on_every_endpoint_is_refused_with_a_code_changes_nothing_and_leaks_nothing()
    {
        var logs = new LogCollector();
        await using var baseNode = NodeFactory.Sqlite();
        using var node = baseNode.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(logs)));
        node.UseKestrel(0);
        node.StartServer();
        using var http = node.CreateClient();
        var known = await SeedAsync(http);
        var before = await SnapshotAsync(http, known);
        // The dashboard is an operator surface of Orleans' own (its trace endpoint streams for a minute); the catalog's
        // event stream never ends (ChangeEvents/EventStreamTests send it bad positions).
        var operations = (await ApiOperation.ReadAsync(http))
            .Where(o => !o.Template.StartsWith("/dashboard", StringComparison.Ordinal) && o.Template != "/api/v1/events/catalog/stream").ToList();
        var failures = new List<string>();
        var accepted = new List<string>();
        var kestrel = new List<string>();
        var sent = 0;

        async Task SendAsync(ApiOperation operation, string path, HttpContent? content, string label)
        {
            using var request = new HttpRequestMessage(new HttpMethod(operation.Method), path) { Content = content };
            // A body over the limit is refused before it is sent, as a client that asks first sees it; without
            // asking, Kestrel's early 413 closes the connection while the client is still writing.
            request.Headers.ExpectContinue = content is not null;
            var watch = Stopwatch.StartNew();
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            watch.Stop();
            sent++;
            var what = $"{operation.Method} {Short(path)} [{label}]";
            if (!response.Headers.Contains("X-Correlation-Id"))
            {
                // Kestrel refused it before the app ran (an encoded NUL in the path, say): no body is possible there.
                kestrel.Add($"{what} → {(int)response.StatusCode}");
            }

            Check(failures, what, (int)response.StatusCode, response.Headers.Contains("X-Correlation-Id") ? response.Content.Headers.ContentType?.MediaType : "kestrel", body, watch.Elapsed);
            if (operation.Writes && response.IsSuccessStatusCode)
            {
                accepted.Add($"{operation.Method} {Short(path)} [{label}] → {(int)response.StatusCode}");
            }
        }

        var bodies = BadInputCorpus.Bodies();
        foreach (var operation in operations.Where(o => o.Writes && o.Method != "DELETE" && !Bodyless.Contains(o.Template)))
        {
            var path = operation.Path(known.PathValues(operation.Template), "x");
            var mediaType = operation.Template.StartsWith("/registry", StringComparison.Ordinal) ? "application/vnd.schemaregistry.v1+json" : "application/json";
            foreach (var (name, body) in bodies)
            {
                await SendAsync(operation, path, Content(body, mediaType), name);
            }

            await SendAsync(operation, path, Content(Encoding.UTF8.GetBytes("name=x&type=sqlite"), "application/x-www-form-urlencoded"), "form post");
            await SendAsync(operation, path, Content(Encoding.UTF8.GetBytes("{}"), "text/plain"), "text/plain");
            await SendAsync(operation, path, GzipContent.Of(new byte[8 << 20], mediaType), "gzip bomb (8 MiB of zeros)");
            await SendAsync(operation, path, GzipContent.Of(bodies[0].Body, mediaType), "gzip of " + bodies[0].Name);
        }

        foreach (var operation in operations)
        {
            foreach (var id in OddIds)
            {
                await SendAsync(operation, operation.Path(new Dictionary<string, string>(), id), null, "odd id");
            }

            if (operation.Method == "GET")
            {
                foreach (var query in OddQueries)
                {
                    await SendAsync(operation, operation.Path(known.PathValues(operation.Template), "x") + "?" + query, null, "odd query");
                }
            }
        }

        foreach (var (name, raw) in RawRequests.Odd(http.BaseAddress!.Authority))
        {
            var watch = Stopwatch.StartNew();
            var (status, answer) = await RawRequests.SendAsync(http.BaseAddress, raw, Bound);
            sent++;
            output.WriteLine($"raw {name}: {status} {(answer.Contains("application/problem+json", StringComparison.Ordinal) ? "problem details" : "no body")}");
            if (status is 0 or >= 500 || watch.Elapsed > Bound || answer.Contains(Password, StringComparison.Ordinal))
            {
                failures.Add($"raw {name}: {status} in {watch.Elapsed.TotalMilliseconds:0} ms: {Short(answer)}");
            }
        }

        output.WriteLine($"{sent} requests, {bodies.Count} bodies, {operations.Count} operations; answered by Kestrel alone:");
        kestrel.Distinct().ToList().ForEach(output.WriteLine);
        failures.ForEach(f => output.WriteLine("FAILED " + f));
        // Some writes may answer 2xx to odd input and change nothing (a partial update naming no known field,
        // a dry-run analysis); the snapshot below is what proves that nothing changed.
        accepted.ForEach(a => output.WriteLine("accepted " + a));
        failures.ShouldBeEmpty();
        (await http.GetAsync("/readyz")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SnapshotAsync(http, known)).ShouldBe(before);
        logs.Lines.Where(l => l.Contains(Password, StringComparison.Ordinal)).ShouldBeEmpty();
    }

    private static void Check(List<string> failures, string what, int status, string? mediaType, string body, TimeSpan elapsed)
    {
        var problem = mediaType == "kestrel" ? null
            : status >= 400 && !what.Contains("/registry", StringComparison.Ordinal) && mediaType != "application/problem+json"
            ? "not problem details"
            : status >= 400 && what.Contains("/registry", StringComparison.Ordinal) && !body.Contains("error_code", StringComparison.Ordinal) && !body.Contains("\"code\"", StringComparison.Ordinal)
                ? "no error code"
                : null;
        if (status >= 500 || elapsed > Bound || problem is not null || body.Contains(Password, StringComparison.Ordinal))
        {
            failures.Add($"{what}: {status} {problem} in {elapsed.TotalMilliseconds:0} ms: {Short(body)}");
        }
    }

    private static async Task<Known> SeedAsync(HttpClient http)
    {
        var source = await http.PostAsJsonAsync("/api/v1/sources", new
        {
            name = "corpus-postgres",
            type = "postgres",
            connection = $"Host=127.0.0.1;Port=1;Database=shop;Username=corpus;Password={Password};Timeout=2",
        });
        source.StatusCode.ShouldBe(HttpStatusCode.Created, await source.Content.ReadAsStringAsync());
        var term = await http.PostAsJsonAsync("/api/v1/glossary/terms", new { name = "Corpus term", definition = "A term the corpus must not change." });
        term.StatusCode.ShouldBe(HttpStatusCode.Created);
        using var schema = new StringContent(JsonSerializer.Serialize(new { schema = """{"type":"record","name":"r","fields":[{"name":"a","type":"int"}]}""" }),
            Encoding.UTF8, "application/vnd.schemaregistry.v1+json");
        (await http.PostAsync("/registry/subjects/corpus-value/versions", schema)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return new Known(
            (await source.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!,
            (await term.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!,
            "corpus-value");
    }

    /// <summary>What the catalog lists: a refused request must leave every one of these as it was.</summary>
    private static async Task<string> SnapshotAsync(HttpClient http, Known known)
    {
        var reads = new[]
        {
            "/api/v1/sources", $"/api/v1/sources/{known.SourceId}", "/api/v1/glossary/terms", $"/api/v1/glossary/terms/{known.TermId}",
            "/api/v1/namespaces", "/api/v1/events/lineage?limit=1000", "/registry/subjects", $"/registry/subjects/{known.Subject}/versions",
            "/registry/config", "/registry/mode", "/registry/schemas", $"/registry/lint/config/{known.Subject}", $"/registry/contract/{known.Subject}",
            "/api/v1/search?q=corpus",
        };
        var parts = new List<string>();
        foreach (var read in reads)
        {
            parts.Add($"{read} → {await http.GetStringAsync(read)}");
        }

        return string.Join('\n', parts);
    }

    private static ByteArrayContent Content(byte[] body, string mediaType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }

    private static string Short(string text) => text.Length > 300 ? text[..300] + "…" : text;

    private sealed record Known(string SourceId, string TermId, string Subject)
    {
        public Dictionary<string, string> PathValues(string template) => new Dictionary<string, string>
        {
            ["id"] = template.Contains("/glossary/", StringComparison.Ordinal) ? TermId : SourceId,
            ["subject"] = Subject,
            ["version"] = "1",
            ["assetId"] = $"{SourceId}/main.t",
        };
    }
}
