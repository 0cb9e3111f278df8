using System.Reflection;

namespace DataSpine.Runtime.Types;

/// <summary>Turns the four awaitable shapes into one; the synchronous case allocates nothing extra.</summary>
internal static class Boxing
{
    public static MethodInfo Method(string name) =>
        typeof(Boxing).GetMethod(name, BindingFlags.Public | BindingFlags.Static)!;

    public static ValueTask<object?> FromTask(Task task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>((object?)null) : Await(task);

    public static ValueTask<object?> FromValueTask(ValueTask task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>((object?)null) : Await(task.AsTask());

    public static ValueTask<object?> FromTaskOf<T>(Task<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitOf(task);

    public static ValueTask<object?> FromValueTaskOf<T>(ValueTask<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitOf(task.AsTask());

    private static async ValueTask<object?> Await(Task task)
    {
        await task;
        return null;
    }

    private static async ValueTask<object?> AwaitOf<T>(Task<T> task) => await task;
}
