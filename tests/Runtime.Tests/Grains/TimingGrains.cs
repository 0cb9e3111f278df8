namespace DataSpine.Runtime.Tests.Grains;

public sealed record TimerReport(int Ticks, int MaxOverlap);

public interface ITimerGrain : IGrainWithStringKey
{
    Task StartAsync(int periodMs, int callbackMs);

    Task<TimerReport> StopAsync();

    Task<int> TicksAsync();
}

public sealed class TimerGrain : Grain, ITimerGrain
{
    private IDisposable? _timer;
    private int _ticks;
    private int _running;
    private int _maxOverlap;

    public Task StartAsync(int periodMs, int callbackMs)
    {
        _timer = RegisterGrainTimer(async ct =>
        {
            _maxOverlap = Math.Max(_maxOverlap, Interlocked.Increment(ref _running));
            await Task.Delay(callbackMs, ct);
            _ticks++;
            Interlocked.Decrement(ref _running);
        }, TimeSpan.FromMilliseconds(periodMs), TimeSpan.FromMilliseconds(periodMs));
        return Task.CompletedTask;
    }

    public Task<int> TicksAsync() => Task.FromResult(_ticks);

    public Task<TimerReport> StopAsync()
    {
        _timer?.Dispose();
        return Task.FromResult(new TimerReport(_ticks, _maxOverlap));
    }
}

public interface ISlowGrain : IGrainWithStringKey
{
    Task<int> SleepAsync(int delayMs);

    ValueTask<int> EchoAsync(int value);

    ValueTask NothingAsync();

    Task<int> LengthAsync(Stream stream);
}

public sealed class SlowGrain : Grain, ISlowGrain
{
    public async Task<int> SleepAsync(int delayMs)
    {
        await Task.Delay(delayMs);
        return delayMs;
    }

    public ValueTask<int> EchoAsync(int value) => ValueTask.FromResult(value);

    public ValueTask NothingAsync() => ValueTask.CompletedTask;

    public Task<int> LengthAsync(Stream stream) => Task.FromResult((int)stream.Length);
}

public interface IWorkerGrain : IGrainWithStringKey
{
    Task<int> WhoAsync(int delayMs);
}

[StatelessWorker(2)]
public sealed class WorkerGrain : Grain, IWorkerGrain
{
    private readonly int _instance = Interlocked.Increment(ref s_instances);
    private static int s_instances;

    public async Task<int> WhoAsync(int delayMs)
    {
        await Task.Delay(delayMs);
        return _instance;
    }
}
