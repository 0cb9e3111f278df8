using System.Runtime.CompilerServices;
using DataSpine.SqlLineage.Limits;

namespace DataSpine.SqlLineage.Resolution;

internal static class StackGuard
{
    /// <summary>
    /// Throws <see cref="InsufficientExecutionStackException"/> before a deep walk could overflow the stack;
    /// every recursive step of resolution passes here, so it also charges the work budget.
    /// </summary>
    public static void Check()
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        AnalysisBudget.Spend(1);
    }
}
