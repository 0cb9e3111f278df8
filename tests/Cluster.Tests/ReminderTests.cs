using DataSpine.Cluster.TestGrains;
using DataSpine.Runtime;

namespace DataSpine.Cluster.Tests;

/// <summary>Durable reminders fire on whichever silo owns the grain, also after its owner is killed.</summary>
public sealed class ReminderTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("* * * * * *")] // a cron reminder: the occurrence the table holds moves on as it fires
    public async Task a_reminder_fires_on_a_survivor_after_its_owner_is_killed_and_stops_when_unregistered(string? cron)
    {
        await using var cluster = await TestCluster.StartAsync(silos: 3);
        var key = cron is null ? "ticker-1" : "ticker-cron";
        var ticker = cluster.Grains.GetGrain<ITickerGrain>(key);
        await (cron is null ? ticker.StartAsync(TimeSpan.FromSeconds(1)) : ticker.StartOnScheduleAsync(cron));
        var ticks = 0;
        await TestCluster.WaitForAsync(async () => (ticks = await ticker.GetTicksAsync()) >= 2, TimeSpan.FromSeconds(20),
            () => $"the reminder did not fire ({ticks} ticks); owner by the client: {cluster.OwnerOf(new GrainId("ticker", key)).SiloPort}\n{Diagnose(cluster)}");

        cluster.OwnerOf(new GrainId("ticker", key)).Kill();
        var before = await TicksAsync(ticker);
        await TestCluster.WaitForAsync(async () => await TicksAsync(ticker) >= before + 2, TimeSpan.FromSeconds(30),
            () => "the reminder did not fire on a survivor");

        await ticker.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // a tick already delivered may still land
        var stopped = await ticker.GetTicksAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
        (await ticker.GetTicksAsync()).ShouldBe(stopped);
    }

    /// <summary>Each silo's reading of the reminder table (with the owner it computes) and the end of its log.</summary>
    private static string Diagnose(TestCluster cluster)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        return string.Join("\n\n", cluster.Silos.Select(silo =>
        {
            string reminders;
            try
            {
                reminders = http.GetStringAsync($"{silo.PublicUrl}/dashboard/api/reminders").Result;
            }
            catch (Exception error)
            {
                reminders = error.GetBaseException().Message;
            }

            return $"silo {silo.SiloPort}: reminders {reminders}\n{string.Join('\n', silo.Log.Split('\n').TakeLast(25))}";
        }));
    }

    /// <summary>The count, retried while the grain's silo is being declared dead.</summary>
    private static async Task<int> TicksAsync(ITickerGrain ticker)
    {
        while (true)
        {
            try
            {
                return await ticker.GetTicksAsync();
            }
            catch (TimeoutException)
            {
                // its old silo is not declared dead yet
            }
        }
    }
}
