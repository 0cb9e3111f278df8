namespace DataSpine.SqlLineage.Ast;

internal abstract class Statement
{
    public int Line { get; init; }

    public int Column { get; init; }

    /// <summary>T-SQL OUTPUT ... INTO table: the rows the statement touched are also written there.</summary>
    public ObjectName? OutputInto { get; set; }

    /// <summary>RETURNING items of an INSERT, UPDATE or DELETE (PostgreSQL), read by a data-modifying CTE.</summary>
    public List<SelectItem>? Returning { get; set; }
}

internal sealed class SelectStatement(QueryExpr query) : Statement
{
    public QueryExpr Query { get; } = query;
}

internal sealed class InsertStatement(ObjectName target) : Statement
{
    public ObjectName Target { get; } = target;

    public List<string>? Columns { get; set; }

    public QueryExpr? Query { get; set; }

    public List<Cte> Ctes { get; set; } = [];
}

internal sealed class CreateStatement(ObjectName target) : Statement
{
    public ObjectName Target { get; } = target;

    public bool Temporary { get; set; }

    public bool IsView { get; set; }

    public List<string>? Columns { get; set; }

    public QueryExpr? Query { get; set; }

    /// <summary>CREATE TABLE x LIKE y / CLONE y.</summary>
    public ObjectName? CopyOf { get; set; }
}

internal sealed record Assignment(IReadOnlyList<string> Columns, Expr Value);

internal enum MergeAction
{
    Update,
    Delete,
    Insert,
    Nothing,
}

internal sealed class MergeClause(bool matched, MergeAction action)
{
    public bool Matched { get; } = matched;

    public MergeAction Action { get; } = action;

    public Expr? Condition { get; set; }

    public List<Assignment> Sets { get; } = [];

    public List<string>? InsertColumns { get; set; }

    public List<Expr> InsertValues { get; } = [];

    /// <summary>Spark's UPDATE SET * / INSERT *: columns map by name from the source.</summary>
    public bool Star { get; set; }
}

internal sealed class MergeStatement(ObjectName target, TableRef source, Expr on) : Statement
{
    public ObjectName Target { get; } = target;

    public string? TargetAlias { get; set; }

    public TableRef Source { get; } = source;

    public Expr On { get; } = on;

    public List<MergeClause> Clauses { get; } = [];

    public List<Cte> Ctes { get; set; } = [];
}

internal sealed class UpdateStatement(ObjectName target) : Statement
{
    public ObjectName Target { get; } = target;

    public string? TargetAlias { get; set; }

    public List<Assignment> Sets { get; } = [];

    public List<TableRef> From { get; } = [];

    public Expr? Where { get; set; }

    public List<Cte> Ctes { get; set; } = [];
}

internal sealed class DeleteStatement(ObjectName target) : Statement
{
    public ObjectName Target { get; } = target;

    public string? TargetAlias { get; set; }

    public List<TableRef> Using { get; } = [];

    public Expr? Where { get; set; }

    public List<Cte> Ctes { get; set; } = [];
}

internal sealed class RenameStatement(ObjectName from, ObjectName to) : Statement
{
    public ObjectName From { get; } = from;

    public ObjectName To { get; } = to;
}

internal sealed class SwapStatement(ObjectName first, ObjectName second) : Statement
{
    public ObjectName First { get; } = first;

    public ObjectName Second { get; } = second;
}

internal sealed class DropStatement(List<ObjectName> names) : Statement
{
    public List<ObjectName> Names { get; } = names;
}

/// <summary>Modifies a table without column lineage: TRUNCATE, ALTER TABLE ... ADD COLUMN and the like.</summary>
internal sealed class TouchStatement(List<ObjectName> targets) : Statement
{
    public List<ObjectName> Targets { get; } = targets;
}

/// <summary>BigQuery-style DECLARE a, b TYPE: script variables, which bare names may refer to.</summary>
internal sealed class DeclareStatement(List<string> names) : Statement
{
    public List<string> Names { get; } = names;
}

/// <summary>One statement that acts as several applied in order (MySQL RENAME TABLE a TO b, c TO d).</summary>
internal sealed class CompoundStatement(List<Statement> statements) : Statement
{
    public List<Statement> Statements { get; } = statements;
}

/// <summary>Hive multi-insert: FROM src INSERT ... SELECT ... INSERT ... SELECT ...; one shared FROM.</summary>
internal sealed class MultiInsertStatement(List<InsertStatement> inserts) : Statement
{
    public List<InsertStatement> Inserts { get; } = inserts;
}

/// <summary>USE [DATABASE | SCHEMA | CATALOG] name: changes how later unqualified names are qualified.</summary>
internal sealed class UseStatement(string? kind, ObjectName name) : Statement
{
    /// <summary>"database", "schema", "catalog" or null for a bare USE.</summary>
    public string? Kind { get; } = kind;

    public ObjectName Name { get; } = name;
}

/// <summary>COPY INTO table FROM (query) / COPY table TO ...: table-level lineage only.</summary>
internal sealed class CopyStatement : Statement
{
    public ObjectName? Target { get; init; }

    public ObjectName? Source { get; init; }

    public QueryExpr? Query { get; init; }
}

/// <summary>Table-level lineage recovered by scanning tokens when a statement could not be parsed.</summary>
internal sealed class FallbackStatement(List<ObjectName> sources, List<ObjectName> targets) : Statement
{
    public List<ObjectName> Sources { get; } = sources;

    public List<ObjectName> Targets { get; } = targets;
}

/// <summary>A query whose rows feed procedural code (a cursor FOR loop): its tables are read, nothing is written.</summary>
internal sealed class CursorStatement(QueryExpr query) : Statement
{
    public QueryExpr Query { get; } = query;
}
