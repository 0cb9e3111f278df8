namespace DataSpine.SqlLineage.Tests;

/// <summary>An edge a case expects; a null subtype means the case does not check it.</summary>
public sealed record ExpectedEdge(string Source, string Target, string Type, string? Subtype = null)
{
    public (string, string, string) Key => (Source, Target, Type);

    public static ExpectedEdge Of(ColumnEdge edge) => new(edge.Source, edge.Target, edge.Type, edge.Subtype);

    public override string ToString() => $"{Source} {(Type == "DIRECT" ? "->" : "~>")} {Target}{(Subtype is null ? "" : $" [{Subtype}]")}";
}
