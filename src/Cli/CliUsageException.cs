namespace DataSpine.Cli;

/// <summary>The command line cannot be run as given; the message says why (exit code 2).</summary>
internal sealed class CliUsageException(string message) : Exception(message);
