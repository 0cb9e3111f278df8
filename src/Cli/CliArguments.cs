namespace DataSpine.Cli;

/// <summary>
/// A plain parser (no command-line package restores here): positional words, then options as
/// <c>--name value</c> or <c>--name=value</c>; an option may repeat; flags take no value; after
/// <c>--</c> everything is positional.
/// </summary>
internal sealed class CliArguments
{
    private readonly Dictionary<string, List<string>> _options;

    private CliArguments(List<string> positional, Dictionary<string, List<string>> options)
    {
        Positional = positional;
        _options = options;
    }

    public IReadOnlyList<string> Positional { get; }

    public static CliArguments Parse(IReadOnlyList<string> args, IReadOnlySet<string> flags)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                positional.AddRange(args.Skip(i + 1));
                break;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(arg);
                continue;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? arg[2..] : arg[2..equals];
            string value;
            if (flags.Contains(name))
            {
                value = equals < 0 ? "true" : throw new CliUsageException($"--{name} takes no value");
            }
            else if (equals >= 0)
            {
                value = arg[(equals + 1)..];
            }
            else
            {
                value = i + 1 < args.Count ? args[++i] : throw new CliUsageException($"--{name} needs a value");
            }

            if (!options.TryGetValue(name, out var values))
            {
                options[name] = values = [];
            }

            values.Add(value);
        }

        return new CliArguments(positional, options);
    }

    public bool Has(string name) => _options.ContainsKey(name);

    /// <summary>The option's value (the last one when given twice), or null.</summary>
    public string? Value(string name) => _options.TryGetValue(name, out var values) ? values[^1] : null;

    public IReadOnlyList<string> Values(string name) => _options.TryGetValue(name, out var values) ? values : [];

    /// <summary>Exactly this many positional words and no option outside the list, or a usage error.</summary>
    public void Expect(int positional, params string[] options)
    {
        if (Positional.Count != positional)
        {
            throw new CliUsageException(Positional.Count < positional
                ? "missing arguments"
                : $"unexpected argument '{Positional[positional]}'");
        }

        if (_options.Keys.FirstOrDefault(k => !options.Contains(k)) is { } unknown)
        {
            throw new CliUsageException($"unknown option --{unknown}");
        }
    }
}
