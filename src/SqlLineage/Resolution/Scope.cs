using DataSpine.SqlLineage.Ast;

namespace DataSpine.SqlLineage.Resolution;

/// <summary>One level of name visibility: the FROM relations of a SELECT, or the CTEs of a WITH.</summary>
internal sealed class Scope(Scope? parent)
{
    public Scope? Parent { get; } = parent;

    public List<Relation> Relations { get; } = [];

    public Dictionary<string, QueryShape>? Ctes { get; set; }

    /// <summary>Output columns resolved so far, for references to select-list aliases.</summary>
    public List<OutputColumn>? Outputs { get; set; }

    public Dictionary<string, WindowSpec>? Windows { get; set; }

    public HashSet<string>? UsingColumns { get; set; }

    public QueryShape? FindCte(string name)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            if (scope.Ctes is not null && scope.Ctes.TryGetValue(name, out var shape))
            {
                return shape;
            }
        }

        return null;
    }

    public WindowSpec? FindWindow(string name)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            if (scope.Windows is not null && scope.Windows.TryGetValue(name, out var spec))
            {
                return spec;
            }
        }

        return null;
    }
}
