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

    // Relations only grow too; a qualifier index keeps many t.col references over many joined tables linear.
    private Dictionary<string, Relation>? _byQualifier;
    private int _indexedRelations;

    // Outputs only grow, so the index catches up on each look-up: one pass in all, not one per reference.
    private Dictionary<string, Lineage>? _outputsByName;
    private int _indexedOutputs;

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

    /// <summary>The first output column with this name (case-insensitive), if any.</summary>
    public Lineage? FindOutput(string name)
    {
        if (Outputs is null)
        {
            return null;
        }

        _outputsByName ??= new Dictionary<string, Lineage>(StringComparer.OrdinalIgnoreCase);
        for (; _indexedOutputs < Outputs.Count; _indexedOutputs++)
        {
            _outputsByName.TryAdd(Outputs[_indexedOutputs].Name, Outputs[_indexedOutputs].Lineage);
        }

        return _outputsByName.GetValueOrDefault(name);
    }

    /// <summary>The first relation that a qualifier (alias, table name or its dotted suffix) names.</summary>
    public Relation? FindQualified(IReadOnlyList<string> qualifier)
    {
        if (Relations.Count <= 8)
        {
            foreach (var relation in Relations)
            {
                if (relation.MatchesQualifier(qualifier))
                {
                    return relation;
                }
            }

            return null;
        }

        _byQualifier ??= new Dictionary<string, Relation>(StringComparer.OrdinalIgnoreCase);
        for (; _indexedRelations < Relations.Count; _indexedRelations++)
        {
            foreach (var key in Relations[_indexedRelations].QualifierKeys())
            {
                _byQualifier.TryAdd(key, Relations[_indexedRelations]);
            }
        }

        return _byQualifier.GetValueOrDefault(qualifier.Count == 1 ? qualifier[0] : string.Join('.', qualifier));
    }
}
