namespace DataSpine.Grains.Cdc;

/// <summary>Durable state of a route: its definition with the connections and mask key encrypted, and what its owner asked for.</summary>
public sealed record CdcRouteState
{
    public bool Exists { get; set; }

    public string Name { get; set; } = "";

    public string CatalogSource { get; set; } = "";

    public string ProtectedSourceConnection { get; set; } = "";

    public List<string> Tables { get; set; } = [];

    public string SinkType { get; set; } = "";

    public string ProtectedSinkConnection { get; set; } = "";

    public string? SinkSchema { get; set; }

    /// <summary>A Kafka sink's topic prefix: table s.t goes to "prefix.s.t", as Debezium names its topics.</summary>
    public string? SinkTopic { get; set; }

    public string Region { get; set; } = "";

    public Dictionary<string, string> Columns { get; set; } = new(StringComparer.Ordinal);

    public string ProtectedMaskKey { get; set; } = "";

    public bool Paused { get; set; }

    /// <summary>Columns the residency gate found in breach since a re-scan; the route is stopped while there are any.</summary>
    public List<CdcDenial> Denials { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
}
