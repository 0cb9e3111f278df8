namespace DataSpine.SqlLineage.Limits;

/// <summary>Stops the whole analysis when an <see cref="AnalysisLimits"/> bound is crossed.</summary>
internal sealed class LimitExceededException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
