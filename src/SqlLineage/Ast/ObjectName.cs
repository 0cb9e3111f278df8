namespace DataSpine.SqlLineage.Ast;

/// <summary>A possibly qualified name (db.schema.table); parts are already case-normalised.</summary>
internal sealed record ObjectName(IReadOnlyList<string> Parts, int Line, int Column)
{
    public string Last => Parts[^1];

    public override string ToString() => string.Join('.', Parts);
}
