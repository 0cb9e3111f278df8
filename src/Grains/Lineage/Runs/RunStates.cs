namespace DataSpine.Grains.Lineage.Runs;

/// <summary>Marquez's run states from OpenLineage event types: START and RUNNING are RUNNING; ABORT is ABORTED.</summary>
internal static class RunStates
{
    public static readonly HashSet<string> TerminalEvents = ["COMPLETE", "FAIL", "ABORT"];

    public static string Of(string eventType) => eventType switch
    {
        "START" or "RUNNING" => "RUNNING",
        "COMPLETE" => "COMPLETED",
        "FAIL" => "FAILED",
        "ABORT" => "ABORTED",
        _ => eventType,
    };
}
