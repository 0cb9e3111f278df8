using System.Data.Common;
using DataSpine.Hosting.Storage;
using DataSpine.Silo.Tests.Catalog;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DataSpine.Silo.Tests.ChangeEvents;

/// <summary>
/// An event is in the outbox exactly when its state write committed: a write whose transaction fails after the
/// outbox row was added (a later hook throws) leaves neither the change nor the event.
/// </summary>
public sealed class OutboxAtomicityTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task a_write_that_does_not_commit_leaves_no_event(string provider)
    {
        await using var node = (provider == "Sqlite" ? NodeFactory.Sqlite() : NodeFactory.Postgres(await TestPostgres.CreateDatabaseAsync()))
            .WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IStateWriteHook, FailingHook>()));
        var catalog = new CatalogClient(node.CreateClient());
        var sourceId = await catalog.RegisterAsync("sqlite", await CatalogClient.NewSqliteSourceAsync("CREATE TABLE items (id INTEGER PRIMARY KEY)"));
        await catalog.ScanToEndAsync(sourceId);
        var before = await CatalogEventsClient.AllAsync(catalog.Http);

        var refused = await catalog.Http.PutAsJsonAsync($"/api/v1/assets/{sourceId}/main.items/annotation", new { description = FailingHook.Marker });
        refused.IsSuccessStatusCode.ShouldBeFalse();
        await CatalogEventsClient.AnnotateAsync(catalog.Http, sourceId, "main.items", "Committed.");

        var after = await CatalogEventsClient.AllAsync(catalog.Http, before[^1].Sequence);
        after.Select(e => e.Type).ShouldBe(["io.dataspine.asset.changed.v1"], "only the committed edit has an event");
        (await catalog.AssetAsync(sourceId, "main.items")).GetRawText().ShouldNotContain(FailingHook.Marker);
    }

    /// <summary>Runs after the outbox (registered last) and fails the transaction of one kind of write.</summary>
    private sealed class FailingHook : IStateWriteHook
    {
        public const string Marker = "fail-this-write";

        public Task InitializeAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task OnStateWrittenAsync(DbConnection connection, DbTransaction transaction, StateWrite write, CancellationToken cancellationToken) =>
            write.Payload?.Contains(Marker, StringComparison.Ordinal) == true
                ? throw new InvalidOperationException("The test fails this write inside its transaction.")
                : Task.CompletedTask;
    }
}
