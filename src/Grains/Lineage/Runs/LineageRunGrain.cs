
namespace DataSpine.Grains.Lineage.Runs;

public sealed record LineageRunState
{
    public LineageRunView? Run { get; set; }
}

/// <summary>
/// A run from its events. Events may arrive out of order: the state is the one of the latest event
/// time, except that a terminal state (COMPLETE, FAIL, ABORT) is never undone by an earlier-timed event.
/// </summary>
internal sealed class LineageRunGrain([PersistentState("run")] IPersistentState<LineageRunState> run) : Grain, ILineageRunGrain
{
    public Task<LineageRunView?> GetAsync() => Task.FromResult(run.State.Run);

    public async Task ApplyAsync(OpenLineageEvent lineageEvent)
    {
        var job = lineageEvent.Job!;
        var at = lineageEvent.EventTime;
        var type = lineageEvent.EventType ?? "OTHER";
        var current = run.State.Run ?? new LineageRunView(this.GetPrimaryKeyString(), job.Namespace, job.Name, "NEW", at, at, null, null, null, null, null, [], []);
        var newest = at >= current.UpdatedAt;
        var state = type == "OTHER" ? current.State
            : newest || current.State is not ("COMPLETED" or "FAILED" or "ABORTED") ? RunStates.Of(type)
            : current.State;
        var next = current with
        {
            State = state,
            UpdatedAt = newest ? at : current.UpdatedAt,
            CreatedAt = at < current.CreatedAt ? at : current.CreatedAt,
            StartedAt = type == "START" ? Earliest(current.StartedAt, at) : current.StartedAt,
            EndedAt = RunStates.TerminalEvents.Contains(type) ? at : current.EndedAt,
            NominalStartTime = lineageEvent.NominalStartTime ?? current.NominalStartTime,
            NominalEndTime = lineageEvent.NominalEndTime ?? current.NominalEndTime,
            ParentRunId = lineageEvent.ParentRunId ?? current.ParentRunId,
            InputIds = Union(current.InputIds, lineageEvent.Inputs),
            OutputIds = Union(current.OutputIds, lineageEvent.Outputs),
        };
        if (next == current && run.State.Run is not null)
        {
            return;
        }

        run.State.Run = next;
        await run.WriteStateAsync();
    }

    private static DateTimeOffset Earliest(DateTimeOffset? a, DateTimeOffset b) => a is { } value && value < b ? value : b;

    private static List<string> Union(IReadOnlyList<string> known, IReadOnlyList<OpenLineageDataset> datasets) =>
        [.. known.Union(datasets.Select(d => LineageNodeIds.Dataset(d.Namespace, d.Name)), StringComparer.Ordinal)];
}
