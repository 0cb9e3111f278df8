using System.Data.Common;
using DataSpine.Hosting.Storage;
using Orleans.Storage;

namespace DataSpine.Hosting.Tests.Storage;

/// <summary>What DataSpine's grain storage promises, on every engine it supports.</summary>
public abstract class GrainStorageContract : IAsyncLifetime
{
    private const string StateName = "asset";

    /// <summary>A fresh, empty store for this test.</summary>
    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    /// <summary>A new storage instance on this test's store (a restart of the process).</summary>
    protected abstract RelationalGrainStorage Open(params IStateWriteHook[] hooks);

    /// <summary>A connection to this test's store, to look at what hooks wrote.</summary>
    protected abstract Task<DbConnection> ConnectAsync();

    [Fact]
    public async Task a_written_state_reads_back_with_its_etag()
    {
        var storage = Open();
        var grain = NewAsset();
        var written = new TestGrainState<AssetState> { State = new() { Name = "orders", Revision = 3, Tags = ["pii", "gold"] } };

        await storage.WriteStateAsync(StateName, grain, written);

        var read = await ReadAsync<AssetState>(storage, grain);
        read.RecordExists.ShouldBeTrue();
        read.ETag.ShouldBe(written.ETag);
        read.State.ShouldBeEquivalentTo(written.State);
    }

    [Fact]
    public async Task a_write_with_a_stale_etag_is_rejected_and_changes_nothing()
    {
        var storage = Open();
        var grain = NewAsset();
        await storage.WriteStateAsync(StateName, grain, new TestGrainState<AssetState> { State = new() { Name = "first" } });
        var winner = await ReadAsync<AssetState>(storage, grain);
        var loser = await ReadAsync<AssetState>(storage, grain);
        var won = Change(winner, "winner");
        await storage.WriteStateAsync(StateName, grain, won);

        await Should.ThrowAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, grain, Change(loser, "loser")));
        var fresh = new TestGrainState<AssetState> { State = new() { Name = "never read" } };
        await Should.ThrowAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, grain, fresh));

        var stored = await ReadAsync<AssetState>(storage, grain);
        stored.State.Name.ShouldBe("winner");
        stored.ETag.ShouldBe(won.ETag);
    }

    [Fact]
    public async Task a_cleared_state_reads_as_absent_and_can_be_written_again()
    {
        var storage = Open();
        var grain = NewAsset();
        var state = new TestGrainState<AssetState> { State = new() { Name = "before" } };
        await storage.WriteStateAsync(StateName, grain, state);

        await storage.ClearStateAsync(StateName, grain, state);
        var cleared = await ReadAsync<AssetState>(storage, grain);
        cleared.RecordExists.ShouldBeFalse();
        cleared.State.Name.ShouldBe("");

        await storage.WriteStateAsync(StateName, grain, Change(cleared, "after"));
        (await ReadAsync<AssetState>(storage, grain)).State.Name.ShouldBe("after");
        await Should.ThrowAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, grain, Change(state, "stale after clear")));
    }

    [Fact]
    public async Task state_survives_a_new_storage_instance()
    {
        var grain = NewAsset();
        await Open().WriteStateAsync(StateName, grain, new TestGrainState<AssetState> { State = new() { Name = "durable", Revision = 9 } });

        var read = await ReadAsync<AssetState>(Open(), grain);

        read.State.Name.ShouldBe("durable");
        read.State.Revision.ShouldBe(9);
    }

    [Fact]
    public async Task keys_differing_only_in_leading_zeros_or_case_stay_apart()
    {
        var storage = Open();
        string[] keys = ["777", "0777", "abc", "ABC", "00abc"];
        foreach (var key in keys)
        {
            await storage.WriteStateAsync(StateName, GrainId.Create("asset", key), new TestGrainState<AssetState> { State = new() { Name = key } });
        }

        foreach (var key in keys)
        {
            (await ReadAsync<AssetState>(storage, GrainId.Create("asset", key))).State.Name.ShouldBe(key);
        }
    }

    [Fact]
    public async Task two_grain_types_with_the_same_key_and_state_name_stay_apart()
    {
        var storage = Open();
        var key = Guid.NewGuid().ToString("N");
        await storage.WriteStateAsync(StateName, GrainId.Create("asset", key), new TestGrainState<AssetState> { State = new() { Name = "the asset" } });
        await storage.WriteStateAsync(StateName, GrainId.Create("source", key), new TestGrainState<AssetState> { State = new() { Name = "the source" } });

        (await ReadAsync<AssetState>(storage, GrainId.Create("asset", key))).State.Name.ShouldBe("the asset");
        (await ReadAsync<AssetState>(storage, GrainId.Create("source", key))).State.Name.ShouldBe("the source");
    }

    [Fact]
    public async Task a_hooks_write_commits_with_the_state()
    {
        var storage = Open(new RecordingHook());
        var grain = NewAsset();

        await storage.WriteStateAsync(StateName, grain, new TestGrainState<AssetState> { State = new() { Name = "indexed" } });

        (await HookRowsAsync(grain)).ShouldBe(["indexed"]);
    }

    [Fact]
    public async Task a_hook_sees_the_payload_a_write_replaces_and_the_new_version()
    {
        var hook = new RecordingHook();
        var storage = Open(hook);
        var grain = NewAsset();
        var state = new TestGrainState<AssetState> { State = new() { Name = "first" } };

        await storage.WriteStateAsync(StateName, grain, state);
        state.State = state.State with { Name = "second" };
        await storage.WriteStateAsync(StateName, grain, state);
        await storage.ClearStateAsync(StateName, grain, state);

        hook.Seen.Select(w => w.Version).ShouldBe([1, 2, 3]);
        hook.Seen[0].PreviousPayload.ShouldBeNull();
        hook.Seen[1].PreviousPayload.ShouldBe(hook.Seen[0].Payload);
        hook.Seen[1].Payload!.ShouldContain("second");
        hook.Seen[2].PreviousPayload.ShouldBe(hook.Seen[1].Payload);
        hook.Seen[2].Payload.ShouldBeNull();
    }

    [Fact]
    public async Task a_hook_sees_the_writers_request_context_even_when_another_thread_commits()
    {
        var hook = new RecordingHook();
        var storage = Open(hook);
        await storage.WriteStateAsync(StateName, NewAsset(), new TestGrainState<AssetState> { State = new() { Name = "warm-up" } });

        var writes = Enumerable.Range(0, 8).Select(async i =>
        {
            await Task.Yield();
            RequestContext.Set("ds.actor", $"writer-{i}");
            await storage.WriteStateAsync(StateName, GrainId.Create("asset", $"ctx-{i}-{Guid.NewGuid():N}"), new TestGrainState<AssetState> { State = new() { Name = $"n{i}" } });
        });
        await Task.WhenAll(writes);

        foreach (var write in hook.Seen.Skip(1))
        {
            write.CallContext["ds.actor"].ShouldBe($"writer-{((AssetState)write.State!).Name[1..]}");
        }
    }

    [Fact]
    public async Task a_hook_sees_what_the_activation_read_as_the_previous_payload()
    {
        var grain = NewAsset();
        await Open().WriteStateAsync(StateName, grain, new TestGrainState<AssetState> { State = new() { Name = "stored" } });
        var hook = new RecordingHook();
        var storage = Open(hook);
        var read = await ReadAsync<AssetState>(storage, grain);

        read.State = read.State with { Name = "changed" };
        await storage.WriteStateAsync(StateName, grain, read);

        hook.Seen.Single().PreviousPayload!.ShouldContain("stored");
    }

    [Fact]
    public async Task a_hook_that_throws_rolls_the_state_write_back()
    {
        var grain = NewAsset();
        await Open(new RecordingHook()).WriteStateAsync(StateName, grain, new TestGrainState<AssetState> { State = new() { Name = "kept" } });
        var storage = Open(new FailingHook());
        var read = await ReadAsync<AssetState>(storage, grain);

        await Should.ThrowAsync<InvalidOperationException>(() => storage.WriteStateAsync(StateName, grain, Change(read, "rolled back")));

        var stored = await ReadAsync<AssetState>(storage, grain);
        stored.State.Name.ShouldBe("kept");
        stored.ETag.ShouldBe(read.ETag);
        (await HookRowsAsync(grain)).ShouldBe(["kept"]);
    }

    [Fact]
    public async Task a_renamed_state_class_with_the_same_shape_loads_what_the_old_one_wrote()
    {
        var storage = Open();
        var grain = NewAsset();
        await storage.WriteStateAsync(StateName, grain, new TestGrainState<AssetState> { State = new() { Name = "orders", Revision = 2, Tags = ["pii"] } });

        var read = await ReadAsync<RenamedAssetState>(Open(), grain);

        read.State.ShouldBe(new RenamedAssetState { Name = "orders", Revision = 2, Tags = read.State.Tags });
        read.State.Tags.ShouldBe(["pii"]);
    }

    private static GrainId NewAsset() => GrainId.Create("asset", Guid.NewGuid().ToString("N"));

    private static async Task<TestGrainState<T>> ReadAsync<T>(RelationalGrainStorage storage, GrainId grain) where T : new()
    {
        var state = new TestGrainState<T>();
        await storage.ReadStateAsync(StateName, grain, state);
        return state;
    }

    private static TestGrainState<AssetState> Change(TestGrainState<AssetState> read, string name) =>
        new() { State = read.State with { Name = name }, ETag = read.ETag, RecordExists = read.RecordExists };

    private async Task<List<string>> HookRowsAsync(GrainId grain)
    {
        await using var connection = await ConnectAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM {RecordingHook.Table} WHERE grain_key = @k";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "k";
        parameter.Value = grain.Key.ToString();
        command.Parameters.Add(parameter);
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
