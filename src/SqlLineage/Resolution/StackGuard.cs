using System.Runtime.CompilerServices;

namespace DataSpine.SqlLineage.Resolution;

internal static class StackGuard
{
    /// <summary>Throws <see cref="InsufficientExecutionStackException"/> before a deep walk could overflow the stack.</summary>
    public static void Check() => RuntimeHelpers.EnsureSufficientExecutionStack();
}
