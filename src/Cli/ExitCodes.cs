namespace DataSpine.Cli;

/// <summary>What a script or CI step can branch on.</summary>
public static class ExitCodes
{
    /// <summary>Done; for validate: the schema is valid.</summary>
    public const int Success = 0;

    /// <summary>The registry refused (its error_code is printed) or found problems (every one is printed).</summary>
    public const int Failure = 1;

    /// <summary>Bad arguments, an unreadable file, or no registry answering at the URL.</summary>
    public const int UsageOrConnection = 2;
}
