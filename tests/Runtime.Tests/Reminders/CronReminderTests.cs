using DataSpine.Runtime.Cluster;
using DataSpine.Runtime.Hosting;
using DataSpine.Runtime.Reminders;
using DataSpine.Runtime.Tests.Grains;
using DataSpine.Runtime.Tests.Storage;

namespace DataSpine.Runtime.Tests.Reminders;

/// <summary>
/// Reminders on a cron schedule: the table holds the next occurrence, moved on by the silo that fires it, so a
/// missed occurrence fires once (not once per occurrence missed) and a reminder dropped by its own tick stays dropped.
/// </summary>
public sealed class CronReminderTests
{
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task a_cron_reminder_fires_on_its_occurrences_and_the_table_moves_on()
    {
        await using var silo = await StartAsync();
        var key = Key();
        var ticker = silo.Grains.GetGrain<ICronTickerGrain>(key);
        await ticker.ScheduleAsync("*/2 * * * * *");

        await WaitForAsync(async () => (await ticker.GetTicksAsync()).Count >= 3, "three ticks of an every-2-seconds schedule");

        var ticks = await ticker.GetTicksAsync();
        for (var i = 1; i < ticks.Count; i++)
        {
            (ticks[i] - ticks[i - 1]).ShouldBeGreaterThan(TimeSpan.FromSeconds(1), "one tick per occurrence, none doubled");
        }

        var entry = await EntryAsync(silo, key);
        entry.Cron.ShouldBe("*/2 * * * * *");
        entry.StartAt.ShouldBeGreaterThan(ticks[0]);
        (entry.StartAt.ToUnixTimeSeconds() % 2).ShouldBe(0, "the table holds an occurrence of the schedule");
    }

    [Fact]
    public async Task occurrences_missed_while_no_silo_ran_fire_once_and_the_schedule_goes_on_from_now()
    {
        await using var silo = await StartAsync();
        var key = Key();
        var missed = DateTimeOffset.UtcNow.AddHours(-1);
        // As a dead silo leaves it: the occurrence of an hour ago never fired, nor the 3,600 after it.
        await silo.Grains.GetGrain<IReminderTableGrain>("all").UpsertAsync(new ReminderEntry("cron-ticker", key, CronTickerGrain.Reminder,
            missed, TimeSpan.Zero, "* * * * * *"));
        var ticker = silo.Grains.GetGrain<ICronTickerGrain>(key);

        await WaitForAsync(async () => (await ticker.GetTicksAsync()).Count >= 1, "the missed occurrence to fire");
        var first = (await ticker.GetTicksAsync())[0];
        await WaitForAsync(async () => (await EntryAsync(silo, key)).StartAt != missed, "the table to move on");
        (await EntryAsync(silo, key)).StartAt.ShouldBeGreaterThan(first.AddSeconds(-1), "the next occurrence is after the late tick");

        await Task.Delay(TimeSpan.FromSeconds(2));
        (await ticker.GetTicksAsync()).Count.ShouldBeLessThanOrEqualTo(4, "about one tick a second from now on, no catching up");
    }

    [Fact]
    public async Task a_reminder_its_own_tick_removes_is_not_moved_back_in()
    {
        await using var silo = await StartAsync();
        var key = Key();
        var ticker = silo.Grains.GetGrain<ICronTickerGrain>(key);
        await ticker.UnregisterOnNextTickAsync();
        await ticker.ScheduleAsync("* * * * * *");

        await WaitForAsync(async () => (await ticker.GetTicksAsync()).Count >= 1, "the first tick");
        await Task.Delay(TimeSpan.FromSeconds(2.5));

        (await ReminderAsync(silo, key)).ShouldBeNull();
        (await ticker.GetTicksAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task a_schedule_that_never_occurs_is_refused()
    {
        await using var silo = await StartAsync();
        var key = Key();
        var ticker = silo.Grains.GetGrain<ICronTickerGrain>(key);

        var error = await Should.ThrowAsync<ArgumentException>(() => ticker.ScheduleAsync("0 0 30 2 *"));
        error.Message.ShouldStartWith("The schedule '0 0 30 2 *' never occurs.");
        (await ReminderAsync(silo, key)).ShouldBeNull();
    }

    [Fact]
    public async Task the_table_refuses_an_invalid_cron_entry()
    {
        await using var silo = await StartAsync();
        var error = await Should.ThrowAsync<ArgumentException>(() => silo.Grains.GetGrain<IReminderTableGrain>("all")
            .UpsertAsync(new ReminderEntry("cron-ticker", Key(), "tick", DateTimeOffset.UtcNow, TimeSpan.Zero, "* * *")));
        error.Message.ShouldContain("expected 5 fields");
    }

    private static Task<TestSilo> StartAsync() =>
        TestSilo.StartAsync(TestStorage.NewSqlite(), services: s =>
            s.AddCluster(new ClusterOptions { ReminderPollPeriod = TimeSpan.FromMilliseconds(100) }, new StorageOptions()));

    private static string Key() => Guid.NewGuid().ToString("N");

    private static async Task<ReminderEntry?> ReminderAsync(TestSilo silo, string key) =>
        (await silo.Grains.GetGrain<IReminderTableGrain>("all").ListAsync()).SingleOrDefault(r => r.GrainKey == key);

    private static async Task<ReminderEntry> EntryAsync(TestSilo silo, string key) =>
        await ReminderAsync(silo, key) ?? throw new ShouldAssertException("the reminder is gone from the table");

    private static async Task WaitForAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + s_patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new ShouldAssertException($"waited {s_patience.TotalSeconds} s for {what}");
            }

            await Task.Delay(100);
        }
    }
}
