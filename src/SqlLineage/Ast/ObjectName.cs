namespace DataSpine.SqlLineage.Ast;

/// <summary>A possibly qualified name (db.schema.table); parts are already case-normalised.</summary>
internal sealed record ObjectName(IReadOnlyList<string> Parts, int Line, int Column)
{
    public string Last => Parts[^1];

    /// <summary>A file or object-store location used as a dataset (one part, its URI); never qualified by a schema.</summary>
    public bool IsPath { get; init; }

    public static ObjectName Path(string uri, int line, int column) => new([uri], line, column) { IsPath = true };

    public override string ToString() => string.Join('.', Parts);
}
