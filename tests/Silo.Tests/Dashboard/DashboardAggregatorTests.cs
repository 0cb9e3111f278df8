using DataSpine.Runtime.Management;
using DataSpine.Runtime.Metrics;
using DataSpine.Silo.Dashboard;

namespace DataSpine.Silo.Tests.Dashboard;

/// <summary>The merge the cluster relies on, over synthetic snapshots of several silos.</summary>
public sealed class DashboardAggregatorTests
{
    private static readonly DateTimeOffset s_now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_100);

    private static long[] Histogram(params (double Milliseconds, long Count)[] calls)
    {
        var counts = new long[LatencyHistogram.BucketCount];
        foreach (var (ms, count) in calls)
        {
            counts[LatencyHistogram.BucketOf((long)(ms * 1e6))] += count;
        }

        return LatencyHistogram.Trim(counts);
    }

    private static MethodCallStatistics Calls(string type, string method, long calls, long errors, double ms, params (double, long)[] histogram) =>
        new(type, method, calls, errors, calls * ms, Histogram(histogram.Length == 0 ? [(ms, calls)] : histogram));

    private static SiloSnapshot Silo(string name, SiloStatus status = SiloStatus.Active, double window = 60,
        GrainTypeStatistics[]? activations = null, MethodCallStatistics[]? calls = null, SecondStatistics[]? history = null) =>
        new(name, status, s_now.AddMinutes(-10), s_now, 600, activations ?? [], window, calls ?? [],
            new ProcessStatistics(12.5, 200 << 20, 50 << 20, 10, 2, 1, 8, 0, 2), history ?? []);

    private static SecondStatistics Second(long offset, long calls, double mean, double p99, int activations) =>
        new(s_now.ToUnixTimeSeconds() + offset, calls, calls / 10, mean, p99, activations, 10, 100 << 20);

    [Fact]
    public void totals_sum_activations_rates_and_counts_across_silos()
    {
        var view = DashboardAggregator.Merge(
        [
            Silo("b:2", activations: [new("asset", 10), new("source", 2)], calls: [Calls("asset", "GetAsync", 600, 6, 1)]),
            Silo("a:1", activations: [new("asset", 5)], calls: [Calls("asset", "GetAsync", 300, 0, 2)], window: 30),
            Silo("c:3", SiloStatus.ShuttingDown, activations: [new("scanjob", 1)]),
        ], s_now);

        view.Silos.Select(s => s.Silo).ShouldBe(["a:1", "b:2", "c:3"]);
        view.Totals.Silos.ShouldBe(3);
        view.Totals.ActiveSilos.ShouldBe(2);
        view.Totals.Activations.ShouldBe(18);
        view.Totals.Calls.Calls.ShouldBe(900);
        view.Totals.Calls.Errors.ShouldBe(6);
        view.Totals.Calls.CallsPerSecond.ShouldBe((600 / 60.0) + (300 / 30.0), tolerance: 1e-9);   // each silo over its own window
        view.Totals.Calls.ErrorsPerSecond.ShouldBe(0.1, tolerance: 1e-9);
        view.Totals.Calls.MeanMilliseconds.ShouldBe(((600 * 1) + (300 * 2)) / 900.0, tolerance: 1e-9);
    }

    [Fact]
    public void p99_comes_from_the_merged_histograms_not_from_the_silos_p99s()
    {
        // Silo a: 1,000 fast calls. Silo b: 100 calls, 30 of them slow. Merged, 2.7% are slow: p99 is slow,
        // although silo a's p99 is fast and an average of the two p99s would hide it.
        var view = DashboardAggregator.Merge(
        [
            Silo("a", calls: [Calls("asset", "GetAsync", 1000, 0, 1, (1, 1000))]),
            Silo("b", calls: [Calls("asset", "GetAsync", 100, 0, 1, (1, 70), (80, 30))]),
        ], s_now);

        view.Silos[0].Calls.P99Milliseconds.ShouldBe(1, tolerance: 0.25);
        view.Totals.Calls.P99Milliseconds.ShouldBe(80, tolerance: 20);
        view.GrainTypes.Single().Methods.Single().Calls.P99Milliseconds.ShouldBe(80, tolerance: 20);
    }

    [Fact]
    public void grain_types_combine_rows_of_every_silo_and_keep_activations_per_silo()
    {
        var view = DashboardAggregator.Merge(
        [
            Silo("a", activations: [new("asset", 3), new("source", 1)],
                calls: [Calls("asset", "GetAsync", 120, 0, 1), Calls("asset", "ScanAsync", 60, 6, 10), Calls("source", "TestAsync", 6, 0, 5)]),
            Silo("b", activations: [new("asset", 4)], calls: [Calls("asset", "GetAsync", 60, 3, 3)]),
            Silo("c", activations: [new("lineagenode", 9)]),
        ], s_now);

        view.GrainTypes.Select(t => t.GrainType).ShouldBe(["asset", "lineagenode", "source"]);
        var asset = view.GrainTypes[0];
        asset.Activations.ShouldBe(7);
        asset.ActivationsBySilo.ShouldBe([new SiloActivations("a", 3), new SiloActivations("b", 4)]);
        asset.Calls.Calls.ShouldBe(240);
        asset.Calls.Errors.ShouldBe(9);
        asset.Methods.Select(m => m.Method).ShouldBe(["GetAsync", "ScanAsync"]);
        var get = asset.Methods[0].Calls;
        (get.Calls, get.Errors).ShouldBe((180, 3));
        get.CallsPerSecond.ShouldBe(3, tolerance: 1e-9);
        get.MeanMilliseconds.ShouldBe(((120 * 1) + (60 * 3)) / 180.0, tolerance: 1e-9);
        view.GrainTypes[1].Calls.Calls.ShouldBe(0);
        view.GrainTypes[1].ActivationsBySilo.ShouldBe([new SiloActivations("c", 9)]);
    }

    [Fact]
    public void a_method_listed_twice_by_one_silo_is_one_row()
    {
        // Overloads share a name; the silo reports each, the dashboard shows one row per name.
        var view = DashboardAggregator.Merge([Silo("a", calls: [Calls("asset", "GetAsync", 10, 0, 1), Calls("asset", "GetAsync", 5, 1, 1)])], s_now);

        view.GrainTypes.Single().Methods.Single().Calls.Calls.ShouldBe(15);
    }

    [Fact]
    public void silo_rows_count_their_own_calls_only()
    {
        var view = DashboardAggregator.Merge(
        [
            Silo("a", activations: [new("asset", 3)], calls: [Calls("asset", "GetAsync", 60, 0, 1)]),
            Silo("b", activations: [new("asset", 1)], calls: [Calls("asset", "GetAsync", 600, 60, 1)]),
        ], s_now);

        view.Silos[0].Calls.CallsPerSecond.ShouldBe(1, tolerance: 1e-9);
        view.Silos[0].Activations.ShouldBe(3);
        view.Silos[1].Calls.ErrorsPerSecond.ShouldBe(1, tolerance: 1e-9);
        view.Silos[1].Process!.CpuPercent.ShouldBe(12.5);
    }

    [Fact]
    public void history_merges_by_second_and_ends_where_every_silo_has_reported()
    {
        var view = DashboardAggregator.Merge(
        [
            Silo("a", history: [Second(-3, 10, 1, 2, 5), Second(-2, 10, 1, 2, 5), Second(-1, 10, 1, 2, 5), Second(0, 10, 1, 2, 5)]),
            Silo("b", history: [Second(-2, 30, 3, 9, 7), Second(-1, 0, 0, 0, 7)]),   // started later; has not ticked this second yet
            Silo("c"),                                                              // no history yet: not waited for
        ], s_now);

        var start = s_now.ToUnixTimeSeconds();
        view.History.Select(p => p.UnixSecond).ShouldBe([start - 3, start - 2, start - 1]);
        view.History[0].ShouldBe(new HistoryPoint(start - 3, 10, 1, 1, 2, 5));
        view.History[1].ShouldBe(new HistoryPoint(start - 2, 40, 4, ((10 * 1) + (30 * 3)) / 40.0, 9, 12));
        view.History[2].ShouldBe(new HistoryPoint(start - 1, 10, 1, 1, 2, 12));
        view.Silos[1].History.Select(p => p.UnixSecond).ShouldBe([start - 2, start - 1]);
    }

    [Fact]
    public void a_silo_that_skipped_a_second_keeps_its_activations_in_that_second()
    {
        var view = DashboardAggregator.Merge(
        [
            Silo("a", history: [Second(-3, 10, 1, 2, 5), Second(-2, 10, 1, 2, 5), Second(-1, 10, 1, 2, 5)]),
            Silo("b", history: [Second(-3, 10, 1, 2, 7), Second(-1, 20, 1, 2, 8)]),   // two ticks landed in second -3
        ], s_now);

        view.History.Select(p => p.Activations).ShouldBe([12, 12, 13]);
        view.History.Select(p => p.Calls).ShouldBe([20, 10, 30]);
    }

    [Fact]
    public void no_silos_make_an_empty_view()
    {
        var view = DashboardAggregator.Merge([], s_now);

        view.Totals.ShouldBe(new ClusterTotals(0, 0, 0, new CallRates(0, 0, 0, 0, 0, 0)));
        view.Silos.ShouldBeEmpty();
        view.GrainTypes.ShouldBeEmpty();
        view.History.ShouldBeEmpty();
    }

    [Fact]
    public void silos_of_the_membership_without_a_snapshot_are_listed_by_address_and_old_dead_ones_are_not()
    {
        SiloMember Member(string address, string name, SiloStatus status, double minutesAgo) =>
            new(address, name, status, s_now.AddHours(-1), s_now.AddMinutes(-minutesAgo));

        var view = DashboardAggregator.Merge(
            [Silo("a:1", activations: [new("asset", 5)])],
            s_now,
            [
                Member("10.0.0.1:11111:7", "a:1", SiloStatus.Active, 0),
                Member("10.0.0.2:11111:8", "b:2", SiloStatus.Active, 0.2),   // membership says Active, but it gave no snapshot
                Member("10.0.0.3:11111:9", "c:3", SiloStatus.Dead, 1),
                Member("10.0.0.4:11111:5", "d:4", SiloStatus.Dead, 60),      // long dead: no longer listed
            ]);

        view.Silos.Select(s => (s.Address, s.Status, s.Answering)).ShouldBe(
        [
            ("10.0.0.1:11111:7", SiloStatus.Active, true),
            ("10.0.0.2:11111:8", SiloStatus.Active, false),
            ("10.0.0.3:11111:9", SiloStatus.Dead, false),
        ]);
        view.Silos[2].UptimeSeconds.ShouldBe(59 * 60, tolerance: 1e-6);   // from its start to when it was last heard of
        view.Totals.Silos.ShouldBe(3);
        view.Totals.ActiveSilos.ShouldBe(1);
        view.GrainTypes.Single().ActivationsBySilo.ShouldBe([new SiloActivations("10.0.0.1:11111:7", 5)]);
    }
}
