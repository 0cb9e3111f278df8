using System.Text.Json;
using DataSpine.Runtime.Storage;
using DataSpine.Runtime.Types;

namespace DataSpine.Runtime.Calls;

/// <summary>
/// Copies call arguments and results through JSON, exactly as a remote call would carry them. This
/// proves at call time that they are serializable records (the cluster depends on it) and keeps caller
/// and callee from sharing mutable objects.
/// </summary>
internal sealed class CallCopier(StateSerializer serializer)
{
    public object?[] CopyArguments(GrainMethod method, object?[] arguments)
    {
        var copies = new object?[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            copies[i] = Copy(arguments[i], method.ParameterTypes[i], method, $"argument {i}");
        }

        return copies;
    }

    public T Copy<T>(T value, Type declaredType) => (T)Copy(value, declaredType, null, "result")!;

    private object? Copy(object? value, Type declaredType, GrainMethod? method, string what)
    {
        if (value is null)
        {
            return null;
        }

        try
        {
            var json = JsonSerializer.SerializeToUtf8Bytes(value, declaredType, serializer.Options);
            return JsonSerializer.Deserialize(json, declaredType, serializer.Options);
        }
        catch (Exception error) when (error is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new GrainCallSerializationException(
                $"The {what} of {method?.Owner.Name}.{method?.Name} ({declaredType.Name}) cannot cross a grain boundary: {error.Message}",
                error);
        }
    }
}
