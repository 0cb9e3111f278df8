using System.Collections.Concurrent;

namespace DataSpine.Hosting.Tests;

public interface IReminderProbeGrain : IGrainWithStringKey
{
    Task StartReminderAsync(string reminderName);

    /// <summary>The silo this activation lives on (proves a call got through).</summary>
    Task<string> WhereAsync();
}

public sealed class ReminderProbeGrain : Grain, IReminderProbeGrain, IRemindable
{
    public Task StartReminderAsync(string reminderName) =>
        this.RegisterOrUpdateReminder(reminderName, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

    public Task<string> WhereAsync() => Task.FromResult(RuntimeIdentity);

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        ReminderFirings.Record(this.GetPrimaryKeyString(), reminderName);
        return Task.CompletedTask;
    }
}

/// <summary>Firings seen by any silo in this test process, by grain key and reminder name.</summary>
public static class ReminderFirings
{
    private static readonly ConcurrentDictionary<string, int> Counts = new();

    public static void Record(string grainKey, string reminderName) => Counts.AddOrUpdate($"{grainKey}/{reminderName}", 1, (_, n) => n + 1);

    public static int Count(string grainKey, string reminderName) => Counts.GetValueOrDefault($"{grainKey}/{reminderName}");

    public static async Task WaitForAsync(string grainKey, string reminderName, int atLeast, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (Count(grainKey, reminderName) < atLeast)
        {
            cancel.IsCancellationRequested.ShouldBeFalse($"reminder {reminderName} of {grainKey} fired {Count(grainKey, reminderName)} times, expected {atLeast}");
            await Task.Delay(100, CancellationToken.None);
        }
    }
}
