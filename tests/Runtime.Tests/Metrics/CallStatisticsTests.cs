using System.Diagnostics;
using System.Reflection;
using DataSpine.Runtime.Metrics;
using DataSpine.Runtime.Tests.Grains;

namespace DataSpine.Runtime.Tests.Metrics;

public sealed class CallStatisticsTests
{
    private const long T0 = 1_800_000_000;   // a Unix second on a slot boundary (divisible by 5)
    private static readonly MethodInfo s_succeed = typeof(IFlakyGrain).GetMethod(nameof(IFlakyGrain.SucceedAsync))!;
    private static readonly MethodInfo s_fail = typeof(IFlakyGrain).GetMethod(nameof(IFlakyGrain.FailAsync))!;

    private static long Milliseconds(double ms) => (long)(ms * Stopwatch.Frequency / 1000);

    [Fact]
    public void the_window_counts_calls_errors_and_latency_per_method()
    {
        var statistics = new CallStatistics();
        for (var i = 0; i < 100; i++)
        {
            statistics.Record("flaky", s_succeed, Milliseconds(i < 98 ? 1 : 40), failed: false);
        }

        statistics.Record("flaky", s_fail, Milliseconds(2), failed: true);
        statistics.Record("flaky", s_fail, Milliseconds(2), failed: true);
        statistics.Sample(T0);

        var (_, methods) = statistics.Window();
        methods.Select(m => m.Method).ShouldBe(["FailAsync", "SucceedAsync"]);
        var succeed = methods[1];
        succeed.GrainType.ShouldBe("flaky");
        succeed.Calls.ShouldBe(100);
        succeed.Errors.ShouldBe(0);
        succeed.TotalMilliseconds.ShouldBe(98 + 80, tolerance: 0.01);
        LatencyHistogram.Quantile(succeed.LatencyHistogram, 0.5).ShouldBe(1, tolerance: 0.25);
        LatencyHistogram.Quantile(succeed.LatencyHistogram, 0.99).ShouldBe(40, tolerance: 10);
        methods[0].Calls.ShouldBe(2);
        methods[0].Errors.ShouldBe(2);
    }

    [Fact]
    public void each_sample_returns_only_the_calls_since_the_previous_one()
    {
        var statistics = new CallStatistics();
        for (var i = 0; i < 10; i++)
        {
            statistics.Record("flaky", s_succeed, Milliseconds(3), failed: i < 4);
        }

        var first = statistics.Sample(T0);
        statistics.Record("flaky", s_succeed, Milliseconds(3), failed: false);
        var second = statistics.Sample(T0 + 1);
        var third = statistics.Sample(T0 + 2);

        (first.Calls, first.Errors).ShouldBe((10, 4));
        first.MeanMilliseconds.ShouldBe(3, tolerance: 0.01);
        first.P99Milliseconds.ShouldBe(3, tolerance: 0.75);
        (second.Calls, second.Errors).ShouldBe((1, 0));
        (third.Calls, third.P99Milliseconds).ShouldBe((0, 0));
    }

    [Fact]
    public void calls_leave_the_window_after_a_minute()
    {
        var statistics = new CallStatistics();
        statistics.Record("flaky", s_succeed, Milliseconds(1), failed: false);
        statistics.Sample(T0);
        statistics.Record("flaky", s_succeed, Milliseconds(1), failed: false);
        statistics.Sample(T0 + 30);

        statistics.Window().Methods.Single().Calls.ShouldBe(2);

        statistics.Sample(T0 + 61);
        statistics.Window().Methods.Single().Calls.ShouldBe(1);

        statistics.Sample(T0 + 95);
        statistics.Window().Methods.ShouldBeEmpty();
    }

    [Fact]
    public void the_window_covers_the_time_since_the_first_sample_up_to_a_minute()
    {
        var statistics = new CallStatistics();
        statistics.Window().WindowSeconds.ShouldBe(0);

        statistics.Sample(T0);
        statistics.Window().WindowSeconds.ShouldBe(1);
        statistics.Sample(T0 + 9);
        statistics.Window().WindowSeconds.ShouldBe(10);
        statistics.Sample(T0 + 300);
        statistics.Window().WindowSeconds.ShouldBe(56);   // 11 full slots of 5 s and the current second
        statistics.Sample(T0 + 304);
        statistics.Window().WindowSeconds.ShouldBe(60);
    }

    [Fact]
    public void a_clock_stepping_back_does_not_rewind_the_window()
    {
        var statistics = new CallStatistics();
        statistics.Sample(T0 + 100);
        statistics.Record("flaky", s_succeed, Milliseconds(1), failed: false);

        statistics.Sample(T0).Calls.ShouldBe(1);
        statistics.Window().Methods.Single().Calls.ShouldBe(1);
    }

    [Fact]
    public void recording_a_call_allocates_nothing()
    {
        var statistics = new CallStatistics();
        statistics.Record("flaky", s_succeed, Milliseconds(1), failed: false);
        statistics.Record("flaky", s_fail, Milliseconds(1), failed: true);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            statistics.Record("flaky", s_succeed, i, failed: false);
            statistics.Record("flaky", s_fail, i * 1000L, failed: true);
        }

        // One allocation per call would be >= 480 KB here; the runtime itself may allocate a few bytes once (JIT tiering).
        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeLessThan(1024);
    }
}
