using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace DataSpine.Silo.Tests.Catalog;

/// <summary>The catalog API as a test drives it, plus real SQLite source files to scan.</summary>
internal sealed class CatalogClient(HttpClient http)
{
    public HttpClient Http => http;

    public static async Task<string> NewSqliteSourceAsync(params string[] statements)
    {
        var path = Path.Combine(Path.GetTempPath(), $"dataspine-src-{Guid.NewGuid():N}.db");
        await ExecuteAsync(path, statements);
        return path;
    }

    public static async Task ExecuteAsync(string path, params string[] statements)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        foreach (var sql in statements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }
    }

    public async Task<string> RegisterAsync(string type, string connection, object? options = null, string? name = null)
    {
        var response = await http.PostAsJsonAsync("/api/v1/sources",
            new { name = name ?? $"src-{Guid.NewGuid():N}", type, connection, options });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public async Task<string> StartScanAsync(string sourceId, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/sources/{sourceId}/scans") { Content = JsonContent.Create(new { }) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        var response = await http.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>Polls the scan until it ends; returns its final view.</summary>
    public async Task<JsonElement> WaitForScanAsync(string scanId)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var scan = await http.GetFromJsonAsync<JsonElement>($"/api/v1/scans/{scanId}");
            if (scan.GetProperty("status").GetString() is not ("Queued" or "Running"))
            {
                return scan;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Scan {scanId} did not end.");
    }

    public async Task<JsonElement> ScanToEndAsync(string sourceId)
    {
        var scan = await WaitForScanAsync(await StartScanAsync(sourceId));
        return scan;
    }

    public Task<JsonElement> AssetsAsync(string sourceId) => http.GetFromJsonAsync<JsonElement>($"/api/v1/sources/{sourceId}/assets?limit=500");

    public Task<JsonElement> AssetAsync(string sourceId, string qualifiedName) =>
        http.GetFromJsonAsync<JsonElement>($"/api/v1/assets/{sourceId}/{qualifiedName}");
}
