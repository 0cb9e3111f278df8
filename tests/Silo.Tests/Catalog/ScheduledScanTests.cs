using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace DataSpine.Silo.Tests.Catalog;

/// <summary>
/// A source with options.scanEvery or options.scanSchedule (cron) is scanned by a durable reminder, until the
/// schedule is removed; its view says when the next scheduled scan is due.
/// </summary>
public sealed class ScheduledScanTests
{
    [Fact]
    public async Task a_scheduled_source_scans_itself_until_the_schedule_is_removed()
    {
        await using var node = NodeFactory.Sqlite();
        var catalog = new CatalogClient(node.CreateClient());
        var path = await CatalogClient.NewSqliteSourceAsync("CREATE TABLE orders (id INTEGER PRIMARY KEY, total REAL)");
        var name = $"scheduled-{Guid.NewGuid():N}";
        var sourceId = await catalog.RegisterAsync("sqlite", path, new { scanEvery = "00:00:02" }, name);

        (await ScheduledScansAsync(catalog, sourceId, 2)).Count.ShouldBe(2, "two scheduled scans should have run, each on its own");
        (await catalog.AssetsAsync(sourceId)).GetProperty("total").GetInt32().ShouldBe(1);

        await RemoveScheduleAndSeeScansStopAsync(catalog, sourceId, name, path);
    }

    [Fact]
    public async Task a_source_on_a_cron_schedule_scans_at_its_times_until_the_schedule_is_removed()
    {
        await using var node = NodeFactory.Sqlite();
        var catalog = new CatalogClient(node.CreateClient());
        var path = await CatalogClient.NewSqliteSourceAsync("CREATE TABLE orders (id INTEGER PRIMARY KEY, total REAL)");
        var name = $"cron-{Guid.NewGuid():N}";
        var registeredAt = DateTimeOffset.UtcNow;
        var response = await catalog.Http.PostAsJsonAsync("/api/v1/sources",
            new { name, type = "sqlite", connection = path, options = new { scanSchedule = "*/2 * * * * *" } });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var source = await response.Content.ReadFromJsonAsync<JsonElement>();
        var sourceId = source.GetProperty("id").GetString()!;
        source.GetProperty("options").GetProperty("scanSchedule").GetString().ShouldBe("*/2 * * * * *");
        var firstDue = source.GetProperty("nextScanAt").GetDateTimeOffset();
        (firstDue.ToUnixTimeMilliseconds() % 2000).ShouldBe(0, "an occurrence of */2 seconds");
        firstDue.ShouldBeGreaterThan(registeredAt);
        firstDue.ShouldBeLessThanOrEqualTo(DateTimeOffset.UtcNow.AddSeconds(3));

        var scans = await ScheduledScansAsync(catalog, sourceId, 2);
        scans.Count.ShouldBe(2, "two scans should have started on the schedule, each on its own");
        foreach (var scanId in scans)
        {
            var scan = await catalog.Http.GetFromJsonAsync<JsonElement>($"/api/v1/scans/{scanId}");
            scan.GetProperty("createdAt").GetDateTimeOffset().ShouldBeGreaterThanOrEqualTo(firstDue, "no scan before the schedule's first time");
        }

        (await catalog.AssetsAsync(sourceId)).GetProperty("total").GetInt32().ShouldBe(1);
        await RemoveScheduleAndSeeScansStopAsync(catalog, sourceId, name, path);
    }

    [Fact]
    public async Task a_cron_schedule_is_read_in_its_time_zone_and_listed_with_the_reminders()
    {
        await using var node = NodeFactory.Sqlite();
        var catalog = new CatalogClient(node.CreateClient());
        var sourceId = await catalog.RegisterAsync("sqlite", "/tmp/never-scanned.db", new { scanSchedule = "0 3 * * *", scanTimeZone = "Europe/Berlin" });

        var source = await catalog.Http.GetFromJsonAsync<JsonElement>($"/api/v1/sources/{sourceId}");
        source.GetProperty("options").GetProperty("scanTimeZone").GetString().ShouldBe("Europe/Berlin");
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var next = TimeZoneInfo.ConvertTime(source.GetProperty("nextScanAt").GetDateTimeOffset(), berlin);
        (next.Hour, next.Minute, next.Second).ShouldBe((3, 0, 0));
        next.ShouldBeLessThanOrEqualTo(DateTimeOffset.UtcNow.AddDays(1));

        // The reminder is due at that time: a cron schedule is a reminder moved on after each tick.
        var reminders = node.Services.GetRequiredService<Orleans.IReminderTable>();
        var reminder = (await reminders.ReadRows(Orleans.Runtime.GrainId.Create("source", sourceId))).Reminders.Single();
        reminder.ReminderName.ShouldBe("scheduled-scan");
        new DateTimeOffset(reminder.StartAt).ShouldBe(next, TimeSpan.FromSeconds(2));
    }

    [Theory]
    [InlineData("""{"scanEvery":"00:00:00.100"}""", "options.scanEvery must be between 00:00:01 and 366.00:00:00.")]
    [InlineData("""{"scanEvery":"400.00:00:00"}""", "options.scanEvery must be between 00:00:01 and 366.00:00:00.")]
    [InlineData("""{"scanSchedule":"61 * * * *"}""", "options.scanSchedule: minute: '61' is not valid (allowed: 0-59, lists, ranges and steps).")]
    [InlineData("""{"scanSchedule":"* * * *"}""", "options.scanSchedule: expected 5 fields (minute hour day-of-month month day-of-week) or 6 with a leading second, found 4.")]
    [InlineData("""{"scanSchedule":"0 0 * * MON-FUN"}""", "options.scanSchedule: day-of-week: 'MON-FUN' is not valid (allowed: 0-7 or SUN-SAT, lists, ranges and steps).")]
    [InlineData("""{"scanSchedule":"0 0 30 2 *"}""", "options.scanSchedule never occurs: no month has the day it names.")]
    [InlineData("""{"scanSchedule":"@daily","scanEvery":"01:00:00"}""", "options.scanEvery and options.scanSchedule exclude each other; give one of them.")]
    [InlineData("""{"scanSchedule":"@daily","scanTimeZone":"Mars/Olympus_Mons"}""", "options.scanTimeZone: 'Mars/Olympus_Mons' is not a known IANA time zone (e.g. Europe/Berlin).")]
    [InlineData("""{"scanTimeZone":"Europe/Berlin"}""", "options.scanTimeZone goes with options.scanSchedule.")]
    public async Task an_invalid_schedule_is_refused_with_the_reason(string options, string detail)
    {
        await using var node = NodeFactory.Sqlite();
        var http = node.CreateClient();
        var body = $$"""{"name":"bad-schedule","type":"sqlite","connection":"/tmp/x.db","options":{{options}}}""";

        var response = await http.PostAsync("/api/v1/sources", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("invalid_source");
        problem.GetProperty("detail").GetString().ShouldBe(detail);
        (await http.GetFromJsonAsync<JsonElement>("/api/v1/sources")).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task the_openapi_document_describes_the_schedule_options_and_the_next_scan()
    {
        await using var node = NodeFactory.Sqlite();
        var schemas = (await node.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("components").GetProperty("schemas");

        var options = schemas.GetProperty("SourceOptions").GetProperty("properties");
        foreach (var property in new[] { "scanEvery", "scanSchedule", "scanTimeZone" })
        {
            options.TryGetProperty(property, out _).ShouldBeTrue(property);
        }

        options.GetProperty("scanSchedule").GetProperty("description").GetString()!.ShouldContain("cron expression");

        schemas.GetProperty("SourceView").GetProperty("properties").TryGetProperty("nextScanAt", out _).ShouldBeTrue();
    }

    /// <summary>The ids of up to <paramref name="count"/> scheduled scans that succeeded, waited for at most 30 s.</summary>
    private static async Task<HashSet<string>> ScheduledScansAsync(CatalogClient catalog, string sourceId, int count)
    {
        var scans = new HashSet<string>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (scans.Count < count && DateTime.UtcNow < deadline)
        {
            if (await LastScanAsync(catalog, sourceId) is { } last && last.GetProperty("status").GetString() == "Succeeded")
            {
                scans.Add(last.GetProperty("id").GetString()!);
            }

            await Task.Delay(200);
        }

        return scans;
    }

    private static async Task RemoveScheduleAndSeeScansStopAsync(CatalogClient catalog, string sourceId, string name, string path)
    {
        var update = await catalog.Http.PutAsJsonAsync($"/api/v1/sources/{sourceId}", new { name, type = "sqlite", connection = path, options = new { } });
        update.StatusCode.ShouldBe(HttpStatusCode.OK, await update.Content.ReadAsStringAsync());
        (await update.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("nextScanAt").ValueKind.ShouldBe(JsonValueKind.Null);
        await Task.Delay(TimeSpan.FromSeconds(3)); // a tick already under way may still finish
        var settled = (await LastScanAsync(catalog, sourceId))?.GetProperty("id").GetString();
        await Task.Delay(TimeSpan.FromSeconds(5));
        (await LastScanAsync(catalog, sourceId))?.GetProperty("id").GetString().ShouldBe(settled);
    }

    private static async Task<JsonElement?> LastScanAsync(CatalogClient catalog, string sourceId)
    {
        var source = await catalog.Http.GetFromJsonAsync<JsonElement>($"/api/v1/sources/{sourceId}");
        return source.GetProperty("lastScan").ValueKind == JsonValueKind.Object ? source.GetProperty("lastScan") : null;
    }
}
