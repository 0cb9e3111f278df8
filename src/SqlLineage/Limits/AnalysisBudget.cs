namespace DataSpine.SqlLineage.Limits;

/// <summary>
/// Counts the work of the analysis running on this thread and checks its cancellation token now and
/// then. The engine is synchronous, so a thread-static budget reaches the tokenizer, parser, resolver and
/// result builder without threading a parameter through every recursive call.
/// </summary>
internal sealed class AnalysisBudget
{
    private const int CheckEvery = 4096;

    [ThreadStatic]
    private static AnalysisBudget? _current;

    private readonly CancellationToken _cancellation;
    private long _work;
    private long _nextCheck = CheckEvery;

    private AnalysisBudget(CancellationToken cancellation) => _cancellation = cancellation;

    /// <summary>Makes a fresh budget current until the returned scope is disposed.</summary>
    public static Scope Begin(CancellationToken cancellation)
    {
        var previous = _current;
        _current = new AnalysisBudget(cancellation);
        return new Scope(previous);
    }

    /// <summary>Charges units of work; throws when the work bound is crossed or the token is cancelled.</summary>
    public static void Spend(long units)
    {
        var budget = _current;
        if (budget is null)
        {
            return;
        }

        budget._work += units;
        if (budget._work >= budget._nextCheck)
        {
            budget.Check();
        }
    }

    public static void TooComplex(string message) => throw new LimitExceededException(DiagnosticCodes.TooComplex, message);

    private void Check()
    {
        _nextCheck = _work + CheckEvery;
        _cancellation.ThrowIfCancellationRequested();
        if (_work > AnalysisLimits.MaxWork)
        {
            TooComplex($"The SQL needs more than {AnalysisLimits.MaxWork:N0} units of resolution work");
        }
    }

    public readonly struct Scope(AnalysisBudget? previous) : IDisposable
    {
        public void Dispose() => _current = previous;
    }
}
