namespace DataSpine.SqlLineage.Tests;

/// <summary>One data-driven case from a Cases/*.txt file; expectations were written by reading the SQL.</summary>
public sealed class LineageCase
{
    public required string Name { get; init; }

    public required string File { get; init; }

    public string Dialect { get; set; } = "ansi";

    public string? DefaultSchema { get; set; }

    public Dictionary<string, IReadOnlyList<string>> Schemas { get; } = new(StringComparer.Ordinal);

    public string Sql { get; set; } = "";

    public List<string>? Sources { get; set; }

    public List<string>? Targets { get; set; }

    /// <summary>Expected column edges; null when the case does not check them.</summary>
    public HashSet<ExpectedEdge>? Edges { get; set; }

    /// <summary>When true only DIRECT edges are compared.</summary>
    public bool DirectOnly { get; set; }

    public HashSet<ExpectedEdge>? Output { get; set; }

    public bool OutputDirectOnly { get; set; }

    public List<string> Diagnostics { get; } = [];

    /// <summary>Set for a known gap: the case counts in the accuracy figures but is not its own passing test.</summary>
    public string? Gap { get; set; }

    public LineageRequest ToRequest() =>
        new(Sql, Dialect, DefaultSchema, Schemas.Count == 0 ? null : Schemas);

    public override string ToString() => $"{Path.GetFileNameWithoutExtension(File)}/{Name}";
}
