namespace DataSpine.Silo.Tests.Cdc;

/// <summary>Rows the sink refuses go to the route's dead letters with the error, and apply on replay once the sink is fixed.</summary>
public sealed class CdcDeadLetterTests
{
    [Fact]
    public async Task a_refused_row_is_dead_lettered_and_replayed_after_the_sink_is_fixed()
    {
        await using var node = NodeFactory.Sqlite();
        var cdc = new CdcClient(node.CreateClient());
        var (source, sourceId) = await cdc.CataloguedSourceAsync("CREATE SCHEMA shop", "CREATE TABLE shop.orders (id bigint PRIMARY KEY, amount integer)",
            "INSERT INTO shop.orders VALUES (1, 10)");
        var sink = await TestPostgres.CreateDatabaseAsync(
            "CREATE SCHEMA shop", "CREATE TABLE shop.orders (id bigint PRIMARY KEY, amount integer CONSTRAINT small CHECK (amount < 1000))");
        var id = (await cdc.CreateAsync(new
        {
            name = "orders",
            source = new { catalogSource = sourceId, tables = new[] { "shop.orders" } },
            sink = new { type = "postgres", connection = sink },
            region = "eu",
        })).GetProperty("id").GetString()!;
        await cdc.WaitForStatusAsync(id, s => s.GetProperty("status").GetString() == "streaming");

        await CdcClient.ExecuteAsync(source, "INSERT INTO shop.orders VALUES (2, 5000), (3, 30)");

        await CdcClient.WaitForRowsAsync(sink, "SELECT id, amount FROM shop.orders ORDER BY id", ["1|10", "3|30"]);
        var status = await cdc.WaitForStatusAsync(id, s => s.GetProperty("deadLetters").GetInt64() == 1);
        status.GetProperty("rowsApplied").GetInt64().ShouldBe(2);
        var letters = await cdc.Http.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/cdc/routes/{id}/dead-letters");
        letters.GetArrayLength().ShouldBe(1);
        letters[0].GetProperty("sqlState").GetString().ShouldBe("23514");
        letters[0].GetProperty("operation").GetString().ShouldBe("insert");
        letters[0].GetProperty("row").GetProperty("amount").GetString().ShouldBe("5000");

        var stillRefused = await cdc.PostAsync($"/api/v1/cdc/routes/{id}/dead-letters/replay");
        stillRefused.GetProperty("stillFailing").GetInt32().ShouldBe(1);
        await CdcClient.ExecuteAsync(sink, "ALTER TABLE shop.orders DROP CONSTRAINT small");
        var replay = await cdc.PostAsync($"/api/v1/cdc/routes/{id}/dead-letters/replay");

        replay.GetProperty("applied").GetInt32().ShouldBe(1);
        (await CdcClient.RowsAsync(sink, "SELECT id, amount FROM shop.orders ORDER BY id")).ShouldBe(["1|10", "2|5000", "3|30"]);
        (await cdc.Http.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/cdc/routes/{id}/dead-letters")).GetArrayLength().ShouldBe(0);
        status = await cdc.StatusAsync(id);
        status.GetProperty("deadLetters").GetInt64().ShouldBe(0);
        status.GetProperty("rowsApplied").GetInt64().ShouldBe(3);
        await cdc.DeleteAsync(id);
    }
}
