using System.Diagnostics;

namespace DataSpine.SqlLineage.Tests.Robustness;

/// <summary>
/// Times work by the CPU this process spends, not the wall clock: CI shares its cores, and time spent waiting
/// for one is not the engine's. The timing tests run alone (<see cref="TimingCollection"/>), so the process's
/// CPU time is the engine's, plus the garbage collector it causes.
/// </summary>
internal static class CpuClock
{
    public static TimeSpan Measure(Action work)
    {
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        work();
        process.Refresh();
        return process.TotalProcessorTime - before;
    }

    public static (T Result, TimeSpan Cpu) Run<T>(Func<T> work)
    {
        var result = default(T);
        var cpu = Measure(() => result = work());
        return (result!, cpu);
    }
}
