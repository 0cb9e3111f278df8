namespace DataSpine.Cli.Registry;

/// <summary>
/// The registry verbs of <c>dataspine</c> (issue 5: publish, validate, subjects, latest) over a node's
/// HTTP API. Takes the client and writers so that tests drive it in process against a test node.
/// </summary>
public sealed partial class RegistryCommands(HttpClient http, TextWriter output, TextWriter error)
{
    internal static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "deleted", "help" };

    private readonly RegistryCall _registry = new(http);

    /// <summary>Runs the words after <c>registry</c>; returns an <see cref="ExitCodes"/> value.</summary>
    public async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        try
        {
            var parsed = CliArguments.Parse(args, Flags);
            if (parsed.Has("help") || parsed.Positional is ["help", ..])
            {
                await output.WriteAsync(RegistryUsage.Text);
                return ExitCodes.Success;
            }

            return parsed.Positional switch
            {
                ["subjects", ..] => await SubjectsAsync(parsed),
                ["latest", ..] => await LatestAsync(parsed),
                ["validate", ..] => await ValidateAsync(parsed),
                ["publish", ..] => await PublishAsync(parsed),
                [var verb, ..] => throw new CliUsageException($"unknown verb '{verb}'"),
                [] => throw new CliUsageException("missing verb"),
            };
        }
        catch (CliUsageException e)
        {
            await error.WriteLineAsync($"dataspine registry: {e.Message} (see: dataspine registry --help)");
            return ExitCodes.UsageOrConnection;
        }
        catch (HttpRequestException e)
        {
            return await ConnectionFailedAsync($"cannot reach the registry at {http.BaseAddress}: {e.Message}");
        }
        catch (TaskCanceledException)
        {
            return await ConnectionFailedAsync($"no answer from {http.BaseAddress} within {http.Timeout.TotalSeconds:0} s");
        }
        catch (UnexpectedAnswerException e)
        {
            return await ConnectionFailedAsync($"{http.BaseAddress} did not answer as a DataSpine registry: {e.Message}");
        }
    }

    private async Task<int> ConnectionFailedAsync(string message)
    {
        await error.WriteLineAsync($"dataspine registry: {message}");
        return ExitCodes.UsageOrConnection;
    }

    /// <summary>Prints the registry's refusal as "error CODE: message"; true when it refused.</summary>
    private async Task<bool> RefusedAsync(RegistryAnswer answer)
    {
        if (answer.IsSuccess)
        {
            return false;
        }

        await error.WriteLineAsync($"error {answer.ErrorCode}: {answer.Message}");
        return true;
    }

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}
