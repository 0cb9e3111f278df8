using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Text.Json;
using DataSpine.Silo.Tests.Catalog;

namespace DataSpine.Silo.Tests.ChangeEvents;

/// <summary>GET /api/v1/events/catalog/stream: server-sent events with the sequence as id, resumed from Last-Event-ID.</summary>
public sealed class EventStreamTests
{
    [Fact]
    public async Task the_stream_sends_events_with_their_sequence_as_id_and_resumes_after_last_event_id()
    {
        await using var node = NodeFactory.Sqlite();
        var viewer = await node.CreateClientAsync(Grains.Security.Role.Viewer);
        var catalog = new CatalogClient(node.CreateClient());
        var sourceId = await catalog.RegisterAsync("sqlite", await CatalogClient.NewSqliteSourceAsync("CREATE TABLE items (id INTEGER PRIMARY KEY, label TEXT)"));
        await catalog.ScanToEndAsync(sourceId);
        var listed = await CatalogEventsClient.AllAsync(viewer);
        listed.Count.ShouldBeGreaterThanOrEqualTo(3);

        var streamed = await ReadStreamAsync(viewer, "/api/v1/events/catalog/stream?after=0", lastEventId: null, listed.Count);

        streamed.Select(e => e.EventId).ShouldBe(listed.Select(e => e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        streamed.Select(e => e.EventType).ShouldBe(listed.Select(e => e.Type));
        streamed.Select(e => JsonDocument.Parse(e.Data).RootElement.GetProperty("id").GetString()).ShouldBe(listed.Select(e => e.Id));

        await CatalogEventsClient.AnnotateAsync(catalog.Http, sourceId, "main.items", "Things on sale.");
        var resumed = await ReadStreamAsync(viewer, "/api/v1/events/catalog/stream", streamed[^1].EventId, count: 1);

        resumed[0].EventId.ShouldBe((listed[^1].Sequence + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        resumed[0].EventType.ShouldBe("io.dataspine.asset.changed.v1");
    }

    [Fact]
    public async Task a_position_that_is_not_a_sequence_is_refused()
    {
        await using var node = NodeFactory.Sqlite();
        var http = node.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/events/catalog/stream");
        request.Headers.Add("Last-Event-ID", "yesterday");
        var stream = await http.SendAsync(request);
        stream.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await stream.Content.ReadAsStringAsync()).ShouldContain("invalid_request");
        (await http.GetAsync("/api/v1/events/catalog?after=-1")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await http.GetAsync("/api/v1/events/catalog?limit=1001")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static async Task<List<SseItem<string>>> ReadStreamAsync(HttpClient http, string path, string? lastEventId, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/event-stream");
        await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
        var items = new List<SseItem<string>>();
        await foreach (var item in SseParser.Create(body).EnumerateAsync(timeout.Token))
        {
            items.Add(item);
            if (items.Count == count)
            {
                break;
            }
        }

        return items;
    }
}
