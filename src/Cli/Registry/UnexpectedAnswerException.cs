namespace DataSpine.Cli.Registry;

/// <summary>Something answered that is not a DataSpine registry (no JSON, or an error without error_code).</summary>
internal sealed class UnexpectedAnswerException(string message) : Exception(message);
