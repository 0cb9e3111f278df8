namespace DataSpine.Runtime.Calls;

/// <summary>An argument or result of a grain call is not a serializable record.</summary>
public sealed class GrainCallSerializationException : Exception
{
    public GrainCallSerializationException()
    {
    }

    public GrainCallSerializationException(string message) : base(message)
    {
    }

    public GrainCallSerializationException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
