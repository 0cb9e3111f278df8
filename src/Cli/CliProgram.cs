using DataSpine.Cli.Registry;

namespace DataSpine.Cli;

/// <summary>The <c>dataspine</c> command: <c>dataspine registry subjects|latest|validate|publish ...</c>.</summary>
public static class CliProgram
{
    public const string DefaultUrl = "http://127.0.0.1:8080";

    /// <summary>Where the node is when <c>--url</c> is not given.</summary>
    public const string UrlVariable = "DATASPINE_URL";

    /// <summary>The API key when <c>--api-key</c> is not given (a variable keeps it out of shell history and ps).</summary>
    public const string ApiKeyVariable = "DATASPINE_API_KEY";

    public static Task<int> Main(string[] args) => RunAsync(args, Console.Out, Console.Error);

    /// <summary>Runs one command; <paramref name="environment"/> supplies DATASPINE_URL and DATASPINE_API_KEY (the process's when null).</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Count > 0 && args[0] is "--help" or "-h" or "help")
        {
            await output.WriteAsync(RegistryUsage.Text);
            return ExitCodes.Success;
        }

        if (args.Count == 0 || args[0] != "registry")
        {
            await error.WriteLineAsync(args.Count == 0 ? "dataspine: missing command" : $"dataspine: unknown command '{args[0]}'");
            await error.WriteAsync(RegistryUsage.Text);
            return ExitCodes.UsageOrConnection;
        }

        var rest = args.Skip(1).ToList();
        Uri node;
        string? apiKey;
        try
        {
            var parsed = CliArguments.Parse(rest, RegistryCommands.Flags);
            node = NodeUrl(parsed.Value("url") ?? environment(UrlVariable) ?? DefaultUrl);
            apiKey = parsed.Value("api-key") ?? environment(ApiKeyVariable);
        }
        catch (CliUsageException e)
        {
            await error.WriteLineAsync($"dataspine registry: {e.Message}");
            return ExitCodes.UsageOrConnection;
        }

        using var http = new HttpClient { BaseAddress = node, Timeout = TimeSpan.FromSeconds(30) };
        if (!string.IsNullOrWhiteSpace(apiKey))
        {
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", apiKey.Trim());
        }

        return await new RegistryCommands(http, output, error).RunAsync(rest);
    }

    /// <summary>The node's root URL; the registry's own base (…/registry, what Confluent clients take) works too.</summary>
    internal static Uri NodeUrl(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new CliUsageException($"--url must be an http(s) URL, not '{text}'");
        }

        var path = url.AbsolutePath.TrimEnd('/');
        if (path.EndsWith("/registry", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^"/registry".Length];
        }

        return new UriBuilder(url) { Path = path + "/", Query = "", Fragment = "" }.Uri;
    }
}
