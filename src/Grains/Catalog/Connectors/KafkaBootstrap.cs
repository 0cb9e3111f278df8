using System.Globalization;

namespace DataSpine.Grains.Catalog.Connectors;

/// <summary>
/// A Kafka source's connection: bootstrap servers as "host:port,host:port" or "kafka://host:port,host:port".
/// A server without a port gets Kafka's default, 9092.
/// </summary>
internal static class KafkaBootstrap
{
    public const int DefaultPort = 9092;
    private const string Scheme = "kafka://";

    /// <summary>The servers as librdkafka takes them ("host:port,host:port"), or null with the problem.</summary>
    public static string? Parse(string connection, out string? problem) => Parse(connection, out _, out problem);

    /// <summary>The servers, and the sampling settings of the connection's query (see <see cref="KafkaSampling"/>).</summary>
    public static string? Parse(string connection, out KafkaSampling sampling, out string? problem)
    {
        var text = connection.Trim();
        sampling = KafkaSampling.Default;
        if (text.IndexOf('?', StringComparison.Ordinal) is var query and >= 0)
        {
            if (KafkaSampling.Parse(text[(query + 1)..], out problem) is not { } parsed)
            {
                return null;
            }

            sampling = parsed;
            text = text[..query];
        }

        if (text.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            text = text[Scheme.Length..].TrimEnd('/');
        }

        var servers = new List<string>();
        foreach (var entry in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (Server(entry) is not { } server)
            {
                problem = $"'{entry}' is not a Kafka bootstrap server; use host:port, several separated by commas (kafka://host:9092,host2:9092).";
                return null;
            }

            servers.Add(server);
        }

        problem = null;
        return string.Join(',', servers);
    }

    /// <summary>Whether a hint names servers on ports Kafka brokers usually listen on (9092-9094, 29092).</summary>
    public static bool LooksLikeKafka(string servers) =>
        servers.Split(',').Any(s => s[(s.LastIndexOf(':') + 1)..] is "9092" or "9093" or "9094" or "29092");

    private static string? Server(string entry)
    {
        if (entry.Length == 0 || entry.Any(c => char.IsWhiteSpace(c) || c is '/' or '@' or '?' or '#' or ';' or '='))
        {
            return null;
        }

        // "[::1]:9092" (IPv6), "host:9092", or a bare host.
        var colon = entry.LastIndexOf(':');
        var bracketed = entry.StartsWith('[');
        if (colon < 0 || (bracketed && colon < entry.IndexOf(']', StringComparison.Ordinal)))
        {
            return bracketed && !entry.EndsWith(']') ? null : $"{entry}:{DefaultPort}";
        }

        var host = entry[..colon];
        var port = entry[(colon + 1)..];
        var validPort = int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and <= 65535;
        var validHost = host.Length > 0 && (bracketed ? host.EndsWith(']') : !host.Contains(':', StringComparison.Ordinal));
        return validPort && validHost ? $"{host}:{number}" : null;
    }
}
