namespace DataSpine.Hosting.Tests.Reminders;

/// <summary>
/// What DataSpine relies on from any <see cref="IReminderTable"/>, run against its SQLite table and against
/// Orleans' ADO.NET table on PostgreSQL (which also proves DataSpine's PostgreSQL migration).
/// </summary>
public abstract class ReminderTableContract : IAsyncLifetime
{
    private static readonly DateTime StartAt = new(2026, 12, 7, 12, 0, 0, 123, DateTimeKind.Utc);

    /// <summary>A fresh, empty store for this test.</summary>
    public abstract Task InitializeAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A new table instance on this test's store (a restart of the process).</summary>
    protected abstract Task<IReminderTable> OpenAsync();

    [Fact]
    public async Task an_upserted_reminder_reads_back_by_grain_and_by_name_and_can_be_removed()
    {
        var table = await OpenAsync();
        var grain = NewGrain();
        var etag = await table.UpsertRow(Entry(grain, "scan", TimeSpan.FromMinutes(5)));

        var row = (await table.ReadRow(grain, "scan")).ShouldNotBeNull();
        row.GrainId.ShouldBe(grain);
        row.ReminderName.ShouldBe("scan");
        row.StartAt.ShouldBe(StartAt);
        row.Period.ShouldBe(TimeSpan.FromMinutes(5));
        row.ETag.ShouldBe(etag);
        (await table.ReadRows(grain)).Reminders.Select(r => r.ReminderName).ShouldBe(["scan"]);

        (await table.RemoveRow(grain, "scan", etag!)).ShouldBeTrue();
        (await table.ReadRow(grain, "scan")).ShouldBeNull();
        (await table.ReadRows(grain)).Reminders.ShouldBeEmpty();
    }

    [Fact]
    public async Task a_remove_with_a_stale_etag_is_refused_and_changes_nothing()
    {
        var table = await OpenAsync();
        var grain = NewGrain();
        var stale = await table.UpsertRow(Entry(grain, "scan", TimeSpan.FromMinutes(5)));
        var current = await table.UpsertRow(Entry(grain, "scan", TimeSpan.FromMinutes(7)));
        current.ShouldNotBe(stale);

        (await table.RemoveRow(grain, "scan", stale!)).ShouldBeFalse();

        var row = (await table.ReadRow(grain, "scan")).ShouldNotBeNull();
        row.ETag.ShouldBe(current);
        row.Period.ShouldBe(TimeSpan.FromMinutes(7));
    }

    [Fact]
    public async Task an_etag_from_before_a_remove_cannot_remove_the_reminder_registered_again()
    {
        var table = await OpenAsync();
        var grain = NewGrain();
        var first = await table.UpsertRow(Entry(grain, "scan", TimeSpan.FromMinutes(5)));
        (await table.RemoveRow(grain, "scan", first!)).ShouldBeTrue();
        var second = await table.UpsertRow(Entry(grain, "scan", TimeSpan.FromMinutes(5)));

        (await table.RemoveRow(grain, "scan", first!)).ShouldBeFalse();

        (await table.ReadRow(grain, "scan")).ShouldNotBeNull().ETag.ShouldBe(second);
    }

    [Fact]
    public async Task a_ring_range_holds_hashes_above_begin_up_to_end_and_wraps_when_begin_is_not_below_end()
    {
        var table = await OpenAsync();
        var grains = Enumerable.Range(0, 24).Select(_ => NewGrain()).OrderBy(g => g.GetUniformHashCode()).ToList();
        foreach (var grain in grains)
        {
            await table.UpsertRow(Entry(grain, "scan", TimeSpan.FromMinutes(1)));
        }

        var hashes = grains.Select(g => g.GetUniformHashCode()).ToList();
        foreach (var (begin, end) in new[]
        {
            (hashes[3], hashes[17]),            // plain
            (hashes[17], hashes[3]),            // wraps past uint.MaxValue
            (hashes[3] - 1, hashes[3]),         // exactly one, end inclusive
            (hashes[10], hashes[10]),           // begin == end: the whole ring
            (0x7FFF_FFF0u, 0x8000_0010u),       // crosses 2^31 without wrapping
            (0u, 0x8000_0000u),
            (0x8000_0000u, uint.MaxValue),
        })
        {
            var expected = grains.Where(g => InRange(g.GetUniformHashCode(), begin, end)).Select(g => g.ToString()).Order();
            var actual = (await table.ReadRows(begin, end)).Reminders.Select(r => r.GrainId.ToString()).Order();
            actual.ShouldBe(expected, $"range ({begin}, {end}]");
        }
    }

    [Fact]
    public async Task reminders_survive_a_new_table_instance_on_the_same_store()
    {
        var grain = NewGrain();
        var etag = await (await OpenAsync()).UpsertRow(Entry(grain, "scan", TimeSpan.FromHours(1)));

        var reopened = await OpenAsync();

        var row = (await reopened.ReadRow(grain, "scan")).ShouldNotBeNull();
        row.ETag.ShouldBe(etag);
        row.Period.ShouldBe(TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task grain_keys_differing_only_in_case_or_leading_zeros_stay_apart()
    {
        var table = await OpenAsync();
        var prefix = Guid.NewGuid().ToString("N")[..8];
        var grains = new[] { "777", "0777", "abc", "ABC" }.Select(k => GrainId.Create("probe", prefix + k)).ToList();
        var periods = new Dictionary<GrainId, TimeSpan>();
        for (var i = 0; i < grains.Count; i++)
        {
            periods[grains[i]] = TimeSpan.FromMinutes(i + 1);
            await table.UpsertRow(Entry(grains[i], "scan", periods[grains[i]]));
        }

        foreach (var grain in grains)
        {
            var rows = (await table.ReadRows(grain)).Reminders;
            rows.Count.ShouldBe(1);
            rows[0].GrainId.ShouldBe(grain);
            rows[0].Period.ShouldBe(periods[grain]);
        }

        var bare = new[] { "777", "0777", "abc", "ABC" }.Select(k => GrainId.Create("probe", k)).ToList();
        foreach (var grain in bare)
        {
            await table.UpsertRow(Entry(grain, "scan", TimeSpan.FromMinutes(1)));
        }

        (await table.ReadRows(0, 0)).Reminders.Select(r => r.GrainId).Distinct().Count().ShouldBe(8);
    }

    [Fact]
    public async Task clearing_the_table_removes_every_reminder()
    {
        var table = await OpenAsync();
        await table.UpsertRow(Entry(NewGrain(), "scan", TimeSpan.FromMinutes(1)));
        await table.UpsertRow(Entry(NewGrain(), "scan", TimeSpan.FromMinutes(1)));

        await table.TestOnlyClearTable();

        (await table.ReadRows(0, 0)).Reminders.ShouldBeEmpty();
    }

    private static bool InRange(uint hash, uint begin, uint end) =>
        begin < end ? hash > begin && hash <= end : hash > begin || hash <= end;

    private static GrainId NewGrain() => GrainId.Create("probe", Guid.NewGuid().ToString("N"));

    private static ReminderEntry Entry(GrainId grain, string name, TimeSpan period) =>
        new() { GrainId = grain, ReminderName = name, StartAt = StartAt, Period = period };
}
