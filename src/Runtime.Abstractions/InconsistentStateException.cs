namespace DataSpine.Runtime;

/// <summary>A state write or clear whose ETag no longer matches storage; nothing was changed.</summary>
public sealed class InconsistentStateException : Exception
{
    public InconsistentStateException(string message, string? storedEtag, string? currentEtag)
        : base(message)
    {
        StoredEtag = storedEtag;
        CurrentEtag = currentEtag;
    }

    public InconsistentStateException()
    {
    }

    public InconsistentStateException(string message) : base(message)
    {
    }

    public InconsistentStateException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>The version storage holds, when known.</summary>
    public string? StoredEtag { get; }

    /// <summary>The version the writer held.</summary>
    public string? CurrentEtag { get; }
}
