using DataSpine.Runtime.Storage;

namespace DataSpine.Runtime.Tests.Storage;

/// <summary>One contract, run against every storage provider (as Orleans does for its providers).</summary>
public abstract class GrainStorageContractTests
{
    protected abstract string Provider { get; }

    private static StateKey NewKey(string type = "probe") => new(type, Guid.NewGuid().ToString("N"), "state");

    [Fact]
    public async Task read_of_a_missing_row_returns_null()
    {
        var storage = await TestStorage.CreateInitializedAsync(Provider);
        (await storage.ReadAsync(NewKey(), default)).ShouldBeNull();
    }

    [Fact]
    public async Task write_then_read_returns_the_payload_and_its_etag()
    {
        var storage = await TestStorage.CreateInitializedAsync(Provider);
        var key = NewKey();
        var etag = await storage.WriteAsync(key, "{\"v\":1}", null, default);
        var stored = await storage.ReadAsync(key, default);
        stored.ShouldBe(new StoredState("{\"v\":1}", etag));
        var next = await storage.WriteAsync(key, "{\"v\":2}", etag, default);
        next.ShouldNotBe(etag);
        (await storage.ReadAsync(key, default))!.Payload.ShouldBe("{\"v\":2}");
    }

    [Fact]
    public async Task write_with_a_stale_etag_is_rejected_and_changes_nothing()
    {
        var storage = await TestStorage.CreateInitializedAsync(Provider);
        var key = NewKey();
        var first = await storage.WriteAsync(key, "a", null, default);
        var second = await storage.WriteAsync(key, "b", first, default);

        var error = await Should.ThrowAsync<InconsistentStateException>(() => storage.WriteAsync(key, "stale", first, default));

        error.StoredEtag.ShouldBe(second);
        error.CurrentEtag.ShouldBe(first);
        (await storage.ReadAsync(key, default)).ShouldBe(new StoredState("b", second));
    }

    [Fact]
    public async Task insert_without_etag_over_an_existing_row_is_rejected()
    {
        var storage = await TestStorage.CreateInitializedAsync(Provider);
        var key = NewKey();
        await storage.WriteAsync(key, "a", null, default);
        await Should.ThrowAsync<InconsistentStateException>(() => storage.WriteAsync(key, "b", null, default));
        (await storage.ReadAsync(key, default))!.Payload.ShouldBe("a");
    }

    [Fact]
    public async Task an_unparseable_etag_is_rejected()
    {
        var storage = await TestStorage.CreateInitializedAsync(Provider);
        await Should.ThrowAsync<InconsistentStateException>(() => storage.WriteAsync(NewKey(), "a", "not-a-version", default));
    }

    [Fact]
    public async Task clear_keeps_versions_going_so_an_old_etag_never_matches_again()
    {
        var storage = await TestStorage.CreateInitializedAsync(Provider);
        var key = NewKey();
        var first = await storage.WriteAsync(key, "a", null, default);
        var cleared = await storage.ClearAsync(key, first, default);

        (await storage.ReadAsync(key, default)).ShouldBe(new StoredState(null, cleared!));
        await Should.ThrowAsync<InconsistentStateException>(() => storage.WriteAsync(key, "x", null, default));
        await Should.ThrowAsync<InconsistentStateException>(() => storage.WriteAsync(key, "x", first, default));
        var again = await storage.WriteAsync(key, "b", cleared, default);
        (await storage.ReadAsync(key, default)).ShouldBe(new StoredState("b", again));
    }

    [Fact]
    public async Task clear_with_a_stale_etag_is_rejected()
    {
        var storage = await TestStorage.CreateInitializedAsync(Provider);
        var key = NewKey();
        var first = await storage.WriteAsync(key, "a", null, default);
        await storage.WriteAsync(key, "b", first, default);
        await Should.ThrowAsync<InconsistentStateException>(() => storage.ClearAsync(key, first, default));
        (await storage.ReadAsync(key, default))!.Payload.ShouldBe("b");
    }

    [Fact]
    public async Task clear_of_a_missing_row_without_etag_is_a_no_op()
    {
        var storage = await TestStorage.CreateInitializedAsync(Provider);
        (await storage.ClearAsync(NewKey(), null, default)).ShouldBeNull();
    }

    [Fact]
    public async Task the_same_key_and_state_name_under_two_grain_types_are_separate_rows()
    {
        var storage = await TestStorage.CreateInitializedAsync(Provider);
        var asset = NewKey("asset");
        var source = asset with { GrainType = "source" };
        await storage.WriteAsync(asset, "asset", null, default);
        await storage.WriteAsync(source, "source", null, default);
        (await storage.ReadAsync(asset, default))!.Payload.ShouldBe("asset");
        (await storage.ReadAsync(source, default))!.Payload.ShouldBe("source");
    }

    [Fact]
    public async Task of_concurrent_writers_holding_the_same_etag_exactly_one_wins()
    {
        var storage = await TestStorage.CreateInitializedAsync(Provider);
        var key = NewKey();
        var etag = await storage.WriteAsync(key, "start", null, default);
        var writers = Enumerable.Range(0, 8).Select(async i =>
        {
            try
            {
                await storage.WriteAsync(key, $"writer {i}", etag, default);
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        });

        (await Task.WhenAll(writers)).Count(won => won).ShouldBe(1);
    }

    [Fact]
    public async Task in_a_burst_of_writers_each_write_commits_or_is_refused_alone()
    {
        var storage = await TestStorage.CreateInitializedAsync(Provider);
        var shared = NewKey();
        var staleEtag = await storage.WriteAsync(shared, "start", null, default);
        await storage.WriteAsync(shared, "moved on", staleEtag, default);
        using var withdrawn = new CancellationTokenSource();
        await withdrawn.CancelAsync();
        var keys = Enumerable.Range(0, 40).Select(_ => NewKey()).ToList();
        var neverWritten = NewKey();
        var existing = NewKey();
        await storage.WriteAsync(existing, "first", null, default);

        var writes = keys.Select(k => storage.WriteAsync(k, k.GrainKey, null, default)).ToList();
        var stale = storage.WriteAsync(shared, "stale", staleEtag, default);
        var cancelled = storage.WriteAsync(neverWritten, "never", null, withdrawn.Token);
        var duplicate = storage.WriteAsync(existing, "second insert", null, default);

        await Task.WhenAll(writes);
        await Should.ThrowAsync<InconsistentStateException>(() => stale);
        await Should.ThrowAsync<OperationCanceledException>(() => cancelled);
        await Should.ThrowAsync<InconsistentStateException>(() => duplicate);
        foreach (var key in keys)
        {
            (await storage.ReadAsync(key, default))!.Payload.ShouldBe(key.GrainKey);
        }

        (await storage.ReadAsync(shared, default))!.Payload.ShouldBe("moved on");
        (await storage.ReadAsync(neverWritten, default)).ShouldBeNull();
        (await storage.ReadAsync(existing, default))!.Payload.ShouldBe("first");
    }

    [Fact]
    public async Task ping_succeeds_on_reachable_storage()
    {
        var storage = await TestStorage.CreateInitializedAsync(Provider);
        await storage.PingAsync(default);
    }
}

public sealed class SqliteGrainStorageTests : GrainStorageContractTests
{
    protected override string Provider => "sqlite";
}

public sealed class PostgresGrainStorageTests : GrainStorageContractTests
{
    protected override string Provider => "postgres";
}
