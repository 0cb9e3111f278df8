using DataSpine.SqlLineage.Ast;

namespace DataSpine.SqlLineage.Resolution;

/// <summary>Applies statements in order to a <see cref="Catalog"/>, recording reads and column lineage per table node.</summary>
internal sealed partial class ScriptResolver
{
    private readonly QueryResolver _queries;
    private readonly List<Diagnostic> _diagnostics;
    private readonly bool _databaseIsSchema;

    public ScriptResolver(Catalog catalog, List<Diagnostic> diagnostics, Dialect dialect)
    {
        Catalog = catalog;
        _diagnostics = diagnostics;
        _databaseIsSchema = dialect is Dialect.Hive or Dialect.MySql;

        // Snowflake, BigQuery, Redshift, Spark and others let a select item use an earlier item's alias.
        // Snowflake also lets WHERE use them.
        _queries = new QueryResolver(catalog, diagnostics, dialect is not (Dialect.Postgres or Dialect.TSql or Dialect.MySql), dialect == Dialect.Snowflake);
    }

    public Catalog Catalog { get; }

    public HashSet<TableNode> Reads { get; } = [];

    public HashSet<string> LiteralSources { get; } = new(StringComparer.Ordinal);

    public HashSet<string> LiteralTargets { get; } = new(StringComparer.Ordinal);

    /// <summary>Names dropped without being created here; a target unless the script creates them later.</summary>
    public HashSet<string> PendingDrops { get; } = new(StringComparer.Ordinal);

    /// <summary>Output columns of plain SELECT statements.</summary>
    public List<OutputColumn> SelectOutputs { get; } = [];

    public void Resolve(Statement statement)
    {
        _queries.Reads = [];
        _queries.WriteTarget = null;
        var log = Catalog.Log;
        log.Begin();
        try
        {
            ResolveCore(statement);
        }
        catch (InsufficientExecutionStackException)
        {
            _diagnostics.Add(new Diagnostic("error", DiagnosticCodes.TooDeep, "Statement nests too deeply to resolve", statement.Line, statement.Column));
        }

        if (statement.OutputInto is { } outputInto)
        {
            // The touched rows come from the statement's target and what it read.
            var output = Catalog.Get(Catalog.Qualify(outputInto));
            if (_queries.WriteTarget is { } touched)
            {
                _queries.Reads.Add(touched);
            }

            output.Written = true;
            output.Upstream.UnionWith(_queries.Reads.Where(r => r != output));
        }

        foreach (var read in _queries.Reads)
        {
            if (read.FirstWrite < log.Statement)
            {
                read.LastReadAfterWrite = log.Statement;
            }
        }

        log.End(statement.Line, statement.Column, _queries.Reads);
        Reads.UnionWith(_queries.Reads);
    }

    private void ResolveCore(Statement statement)
    {
        switch (statement)
        {
            case SelectStatement select:
                SelectOutputs.AddRange(_queries.ResolveQuery(select.Query, null).Columns);
                break;
            case InsertStatement insert:
                ResolveInsert(insert);
                break;
            case DeclareStatement declare:
                _queries.Variables.UnionWith(declare.Names);
                break;
            case CompoundStatement compound:
                foreach (var part in compound.Statements)
                {
                    // A part's own UPDATE/DELETE target is not a read, but a later part reading it is.
                    _queries.WriteTarget = null;
                    ResolveCore(part);
                }

                break;
            case MultiInsertStatement multi:
                foreach (var insert in multi.Inserts)
                {
                    ResolveInsert(insert);
                }

                break;
            case CreateStatement create:
                ResolveCreate(create);
                break;
            case UpdateStatement update:
                ResolveUpdate(update);
                break;
            case MergeStatement merge:
                ResolveMerge(merge);
                break;
            case DeleteStatement delete:
                ResolveDelete(delete);
                break;
            case RenameStatement rename:
                Rename(Catalog.Qualify(rename.From), Catalog.Qualify(rename.To));
                break;
            case SwapStatement swap:
                Swap(Catalog.Qualify(swap.First), Catalog.Qualify(swap.Second));
                break;
            case DropStatement drop:
                foreach (var name in drop.Names)
                {
                    Drop(Catalog.Qualify(name));
                }

                break;
            case TouchStatement touch:
                foreach (var target in touch.Targets)
                {
                    Catalog.Get(Catalog.Qualify(target)).Written = true;
                }

                break;
            case UseStatement use:
                Catalog.Use(use.Kind, use.Name.Parts, _databaseIsSchema);
                break;
            case CopyStatement copy:
                ResolveCopy(copy);
                break;
            case CursorStatement cursor:
                _queries.ResolveQuery(cursor.Query, null);
                break;
            case FallbackStatement fallback:
                ResolveFallback(fallback);
                break;
        }
    }

    private void ResolveFallback(FallbackStatement fallback)
    {
        foreach (var source in fallback.Sources)
        {
            _queries.Reads.Add(Catalog.Get(Catalog.Qualify(source)));
        }

        foreach (var target in fallback.Targets)
        {
            var node = Catalog.Get(Catalog.Qualify(target));
            node.Written = true;
            node.Upstream.UnionWith(_queries.Reads.Where(r => r != node));
        }
    }

    private void ResolveCopy(CopyStatement copy)
    {
        if (copy.Query is not null)
        {
            _queries.ResolveQuery(copy.Query, null);
        }

        if (copy.Source is not null)
        {
            _queries.Reads.Add(Catalog.Get(Catalog.Qualify(copy.Source)));
        }

        if (copy.Target is not null)
        {
            var node = Catalog.Get(Catalog.Qualify(copy.Target));
            node.Written = true;
            node.Upstream.UnionWith(_queries.Reads.Where(r => r != node));
        }
    }

    private static QueryExpr WithCtes(QueryExpr query, List<Cte> ctes)
    {
        if (ctes.Count > 0)
        {
            query.Ctes.InsertRange(0, ctes);
        }

        return query;
    }

    /// <summary>Records a query's output as written into the node's columns, by position.</summary>
    private void Write(TableNode node, IReadOnlyList<string>? targetColumns, QueryShape shape, Statement at)
    {
        node.Written = true;
        node.Upstream.UnionWith(_queries.Reads.Where(r => r != node));
        if (shape.Passthrough.Count > 0)
        {
            node.Passthrough.AddRange(shape.Passthrough);
            if (targetColumns is not null && shape.Columns.Count > 0)
            {
                // Positions are unknown once an unexpanded * is in the list; keep name matches only.
                foreach (var column in shape.Columns)
                {
                    if (targetColumns.Contains(column.Name, StringComparer.OrdinalIgnoreCase))
                    {
                        node.LineageOf(column.Name).AddFrom(column.Lineage, EdgeFlags.Identity);
                    }
                }

                return;
            }
        }

        var names = targetColumns ?? shape.Columns.Select(c => c.Name).ToList();
        if (targetColumns is not null && shape.Passthrough.Count == 0 && targetColumns.Count != shape.Columns.Count)
        {
            _diagnostics.Add(new Diagnostic(
                "warning",
                DiagnosticCodes.ColumnCountMismatch,
                $"Target '{node.Name}' has {targetColumns.Count} columns but the query yields {shape.Columns.Count}",
                at.Line,
                at.Column));
        }

        var count = Math.Min(names.Count, shape.Columns.Count);
        for (var i = 0; i < count; i++)
        {
            node.LineageOf(names[i]).AddFrom(shape.Columns[i].Lineage, EdgeFlags.Identity);
        }
    }
}
