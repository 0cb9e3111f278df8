using System.Text.Json;

namespace DataSpine.Silo.Tests.Stewardship;

/// <summary>Reads an asset answer's columns, their class reviews and effective classes, as the stewardship tests check them.</summary>
internal static class ReviewJson
{
    public static JsonElement Column(JsonElement asset, string name) =>
        asset.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    public static JsonElement? FindReview(JsonElement column, string className) =>
        column.GetProperty("review").EnumerateArray().Cast<JsonElement?>().SingleOrDefault(r => r!.Value.GetProperty("class").GetString() == className);

    public static JsonElement Review(JsonElement column, string className) =>
        FindReview(column, className) ?? throw new ShouldAssertException($"The column has no review of class {className}: {column}");

    public static List<string> Effective(JsonElement column) =>
        [.. column.GetProperty("classifications").EnumerateArray().Select(c => c.GetProperty("class").GetString()!)];

    public static async Task<JsonElement> OkJsonAsync(Task<HttpResponseMessage> sending)
    {
        var response = await sending;
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
