using System.Text.Json;
using DataSpine.Silo.Tests.Catalog;
using Npgsql;

namespace DataSpine.Silo.Tests.Cdc;

/// <summary>CDC routes as a test drives them: a catalogued PostgreSQL source, a sink database, and polling until the sink shows a state.</summary>
internal sealed class CdcClient(HttpClient http)
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public HttpClient Http => http;

    /// <summary>A source database with these statements run, registered and scanned; returns its connection and source id.</summary>
    public async Task<(string Connection, string SourceId)> CataloguedSourceAsync(params string[] statements)
    {
        var connection = await TestPostgres.CreateDatabaseAsync(statements);
        var catalog = new CatalogClient(http);
        var id = await catalog.RegisterAsync("postgres", connection, new { includeSchemas = new[] { "shop" } });
        (await catalog.ScanToEndAsync(id)).GetProperty("status").GetString().ShouldBe("Succeeded");
        return (connection, id);
    }

    public async Task AllowAsync(string classification, params string[] regions) =>
        (await http.PutAsJsonAsync("/api/v1/residency/matrix", new { rules = new[] { new { classification, allowedRegions = regions } } })).EnsureSuccessStatusCode();

    public async Task<JsonElement> CreateAsync(object route)
    {
        var response = await http.PostAsJsonAsync("/api/v1/cdc/routes", route);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public Task<JsonElement> StatusAsync(string id) => http.GetFromJsonAsync<JsonElement>($"/api/v1/cdc/routes/{id}");

    public async Task<JsonElement> PostAsync(string path)
    {
        var response = await http.PostAsync(path, JsonContent.Create(new { }));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task DeleteAsync(string id)
    {
        var response = await http.DeleteAsync($"/api/v1/cdc/routes/{id}");
        response.StatusCode.ShouldBe(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Polls until the route's status satisfies the condition; fails with the last status when it never does.</summary>
    public async Task<JsonElement> WaitForStatusAsync(string id, Func<JsonElement, bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        JsonElement status;
        do
        {
            status = await StatusAsync(id);
            if (condition(status))
            {
                return status;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"Route {id} never reached the state; last status: {status}");
    }

    /// <summary>Polls the sink until the query's rows (as "a|b|c" lines, ordered) equal the expected ones.</summary>
    public static async Task<IReadOnlyList<string>> WaitForRowsAsync(string connection, string sql, IReadOnlyList<string> expected)
    {
        var deadline = DateTime.UtcNow + Patience;
        IReadOnlyList<string> rows = [];
        do
        {
            rows = await RowsAsync(connection, sql);
            if (rows.SequenceEqual(expected))
            {
                return rows;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"The sink never showed [{string.Join("; ", expected)}]; last: [{string.Join("; ", rows)}]");
    }

    public static async Task<IReadOnlyList<string>> RowsAsync(string connection, string sql)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(sql, db);
        try
        {
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            }

            return rows;
        }
        catch (PostgresException e) when (e.SqlState is "42P01" or "3F000")
        {
            return [];
        }
    }

    public static async Task ExecuteAsync(string connection, params string[] statements)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        foreach (var sql in statements)
        {
            await using var command = new NpgsqlCommand(sql, db);
            await command.ExecuteNonQueryAsync();
        }
    }
}
