namespace DataSpine.Grains.Catalog.Connectors;

/// <summary>A source that cannot be reached or read; <see cref="Code"/> is the stable error code.</summary>
public sealed class SourceAccessException : Exception
{
    public const string Unreachable = "source_unreachable";
    public const string NotFound = "source_not_found";
    public const string Unreadable = "source_unreadable";
    public const string PathNotAllowed = "source_path_not_allowed";
    public const string TooLarge = "source_too_large";
    public const string TimedOut = "source_timeout";

    /// <summary>Codes that the same read would get again: retrying them only wastes the scan's time.</summary>
    public bool IsPermanent => Code is NotFound or Unreadable or PathNotAllowed or TooLarge or TimedOut;

    public SourceAccessException(string code, string message, Exception? inner = null) : base(message, inner) => Code = code;

    public SourceAccessException() => Code = Unreadable;

    public SourceAccessException(string message) : base(message) => Code = Unreadable;

    public SourceAccessException(string message, Exception innerException) : base(message, innerException) => Code = Unreadable;

    public string Code { get; }
}
