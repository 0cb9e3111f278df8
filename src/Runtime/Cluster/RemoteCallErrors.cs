namespace DataSpine.Runtime.Cluster;

/// <summary>The silo a call went to does not own the grain (its membership differs); the caller re-reads and retries.</summary>
internal sealed class NotOwnerException(string message) : Exception(message);

/// <summary>The silo could not be reached; the caller waits for membership to change and retries.</summary>
internal sealed class SiloUnavailableException(string message, Exception inner) : Exception(message, inner);

/// <summary>A grain on another silo threw an exception of a type this process does not recreate.</summary>
public sealed class RemoteGrainException(string remoteType, string message) : Exception($"{remoteType}: {message}")
{
    public string RemoteType { get; } = remoteType;
}

/// <summary>Exceptions that cross silos as themselves (so callers and the API map them as if local); others arrive as <see cref="RemoteGrainException"/>.</summary>
internal static class RemoteExceptions
{
    public static Exception Recreate(RemoteCallProtocol.RemoteError error) => Recreate(error.Type, error.Message);

    public static Exception Recreate(string type, string message) => type switch
    {
        "System.TimeoutException" => new TimeoutException(message),
        "DataSpine.Runtime.InconsistentStateException" => new InconsistentStateException(message, null, null),
        "System.InvalidOperationException" => new InvalidOperationException(message),
        "System.ArgumentException" => new ArgumentException(message),
        "System.ArgumentNullException" => new ArgumentException(message),
        "System.ArgumentOutOfRangeException" => new ArgumentOutOfRangeException(null, message),
        "System.Collections.Generic.KeyNotFoundException" => new KeyNotFoundException(message),
        "System.NotSupportedException" => new NotSupportedException(message),
        "System.OperationCanceledException" or "System.Threading.Tasks.TaskCanceledException" => new OperationCanceledException(message),
        _ => new RemoteGrainException(type, message),
    };
}
