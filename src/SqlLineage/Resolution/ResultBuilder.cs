using DataSpine.SqlLineage.Limits;

namespace DataSpine.SqlLineage.Resolution;

/// <summary>
/// Turns the script's table nodes into the public result: intermediates (temp tables, tables created and
/// dropped) are replaced by their own upstream, both for tables and for columns. Expansions are memoised
/// and warmed in creation order, so long chains of temp tables stay shallow and linear.
/// </summary>
internal sealed class ResultBuilder(ScriptResolver script)
{
    private const int MaxExpansionDepth = 500;

    private readonly Dictionary<SourceColumn, Dictionary<string, EdgeFlags>> _columns = [];
    private readonly Dictionary<TableNode, HashSet<string>> _tables = [];
    private readonly HashSet<SourceColumn> _columnsInProgress = [];
    private readonly HashSet<TableNode> _tablesInProgress = [];

    public LineageResult Build(List<Diagnostic> diagnostics)
    {
        foreach (var node in script.Catalog.AllNodes.Where(n => n.IsIntermediate))
        {
            ExpandTable(node, 0);
            foreach (var column in node.ColumnLineage.Keys)
            {
                ExpandColumn(new SourceColumn(node, column), 0);
            }
        }

        var sources = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var node in script.Reads)
        {
            sources.UnionWith(ExpandTable(node, 0));
        }

        sources.UnionWith(script.LiteralSources);

        var targets = new SortedSet<string>(StringComparer.Ordinal);
        var edges = new HashSet<ColumnEdge>();
        foreach (var node in script.Catalog.AllNodes)
        {
            if (!node.Written || node.IsIntermediate || (node.Dropped && !node.Created))
            {
                continue;
            }

            targets.Add(node.Name);
            foreach (var (column, lineage) in node.ColumnLineage)
            {
                AddEdges(lineage, node.Name + "." + column, edges, node.Name + ".");
            }
        }

        targets.UnionWith(script.LiteralTargets);

        // A pre-existing table renamed and still present: its old name is read, its new name written.
        foreach (var node in script.Catalog.AllNodes.Where(n => n.RenamedFrom is not null && !n.Dropped && !n.Written))
        {
            sources.Add(node.RenamedFrom!);
            targets.Add(node.Name);
        }

        var created = script.Catalog.AllNodes.Where(n => n.Created).Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
        targets.UnionWith(script.PendingDrops.Where(d => !created.Contains(d)));

        var selectEdges = new HashSet<ColumnEdge>();
        foreach (var output in script.SelectOutputs)
        {
            AddEdges(output.Lineage, output.Name, selectEdges, null);
        }

        var intermediates = script.Catalog.AllNodes.Where(n => n.IsIntermediate && n.IsScriptOwned).Select(n => n.Name);
        return new LineageResult([.. sources], [.. targets], Sort(edges), diagnostics)
        {
            OutputColumnEdges = Sort(selectEdges),
            Intermediates = [.. intermediates.Distinct().Order(StringComparer.Ordinal)],
            Statements = script.Catalog.Log.Done,
        };
    }

    private static List<ColumnEdge> Sort(HashSet<ColumnEdge> edges) =>
    [
        .. edges.OrderBy(e => e.Source, StringComparer.Ordinal)
            .ThenBy(e => e.Target, StringComparer.Ordinal)
            .ThenBy(e => e.Type, StringComparer.Ordinal)
            .ThenBy(e => e.Subtype, StringComparer.Ordinal),
    ];

    private HashSet<string> ExpandTable(TableNode node, int depth)
    {
        if (!node.IsIntermediate)
        {
            return [node.Name];
        }

        if (_tables.TryGetValue(node, out var known))
        {
            return known;
        }

        var result = new HashSet<string>(StringComparer.Ordinal);
        if (depth > MaxExpansionDepth || !_tablesInProgress.Add(node))
        {
            return result;
        }

        foreach (var upstream in node.Upstream)
        {
            result.UnionWith(ExpandTable(upstream, depth + 1));
        }

        _tablesInProgress.Remove(node);
        _tables[node] = result;
        return result;
    }

    /// <summary>
    /// Adds edges into one target column. A table's own columns steering its update (MERGE ... ON t.id,
    /// UPDATE ... WHERE t.x) are not inputs, so INDIRECT self-table edges are left out.
    /// </summary>
    private void AddEdges(Lineage lineage, string target, HashSet<ColumnEdge> edges, string? selfPrefix)
    {
        if (lineage.TryGetSingle(out var single, out var singleFlags) && !single.Table.IsIntermediate)
        {
            // The common case, a value from one column of a real table, without an intermediate map.
            AddEdges(single.Table.Name + "." + single.Column, singleFlags, target, edges, selfPrefix);
            return;
        }

        var expanded = Expand(lineage, 0);
        AnalysisBudget.Spend(expanded.Count);
        if (edges.Count + expanded.Count > AnalysisLimits.MaxColumnEdges)
        {
            AnalysisBudget.TooComplex($"The lineage has more than {AnalysisLimits.MaxColumnEdges:N0} column edges");
        }

        foreach (var (source, flags) in expanded)
        {
            AddEdges(source, flags, target, edges, selfPrefix);
        }
    }

    private static void AddEdges(string source, EdgeFlags flags, string target, HashSet<ColumnEdge> edges, string? selfPrefix)
    {
        if (source == target)
        {
            return;
        }

        if (edges.Count >= AnalysisLimits.MaxColumnEdges)
        {
            AnalysisBudget.TooComplex($"The lineage has more than {AnalysisLimits.MaxColumnEdges:N0} column edges");
        }

        var ownColumn = selfPrefix is not null && IsOwnColumn(source, selfPrefix);
        foreach (var (type, subtype) in EdgeKinds.Names(flags))
        {
            if (type == "DIRECT" || !ownColumn)
            {
                edges.Add(new ColumnEdge(source, target, type, subtype));
            }
        }
    }

    private static bool IsOwnColumn(string source, string prefix) =>
        source.StartsWith(prefix, StringComparison.Ordinal) && source.IndexOf('.', prefix.Length) < 0;

    private Dictionary<string, EdgeFlags> Expand(Lineage lineage, int depth)
    {
        var into = new Dictionary<string, EdgeFlags>(StringComparer.Ordinal);
        foreach (var (column, flags) in lineage.Entries)
        {
            if (!column.Table.IsIntermediate)
            {
                var name = column.Table.Name + "." + column.Column;
                into[name] = into.GetValueOrDefault(name) | flags;
                continue;
            }

            var upstream = ExpandColumn(column, depth + 1);
            AnalysisBudget.Spend(upstream.Count);
            foreach (var (name, inner) in upstream)
            {
                var composed = EdgeKinds.Compose(flags, inner);
                if (composed != EdgeFlags.None)
                {
                    into[name] = into.GetValueOrDefault(name) | composed;
                }
            }
        }

        return into;
    }

    private Dictionary<string, EdgeFlags> ExpandColumn(SourceColumn column, int depth)
    {
        if (_columns.TryGetValue(column, out var known))
        {
            return known;
        }

        if (depth > MaxExpansionDepth || !_columnsInProgress.Add(column))
        {
            return [];
        }

        var inner = IntermediateColumn(column);
        var result = inner is null ? [] : Expand(inner, depth);
        _columnsInProgress.Remove(column);
        _columns[column] = result;
        return result;
    }

    private static Lineage? IntermediateColumn(SourceColumn column)
    {
        var table = column.Table;
        if (table.ColumnLineage.TryGetValue(column.Column, out var lineage))
        {
            return lineage;
        }

        foreach (var (name, candidate) in table.ColumnLineage)
        {
            if (string.Equals(name, column.Column, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        foreach (var relation in table.Passthrough)
        {
            if (relation.Has(column.Column) != Presence.No && relation.Column(column.Column) is { } through)
            {
                return through;
            }
        }

        return null;
    }
}
