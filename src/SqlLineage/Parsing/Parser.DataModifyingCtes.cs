using DataSpine.SqlLineage.Ast;

namespace DataSpine.SqlLineage.Parsing;

/// <summary>
/// PostgreSQL data-modifying CTEs: WITH moved AS (DELETE FROM q WHERE ... RETURNING id) INSERT INTO a SELECT
/// id FROM moved. The DML is a statement of its own that runs with the main one; the CTE reads as a query of
/// the RETURNING items over the modified table (with the DML's WHERE), so its columns trace to that table.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>DML statements found in CTEs of the statement being parsed; ParseAll runs them with it.</summary>
    private readonly List<Statement> _cteStatements = [];

    private bool IsDataModifyingCteBody() => IsWord("delete") || IsWord("update") || (IsWord("insert") && IsWordAhead(1, "into"));

    private SelectQuery ParseDataModifyingCte()
    {
        var statement = Peek.Text switch
        {
            "delete" => (Statement)ParseDelete([]),
            "update" => ParseUpdate([]),
            _ => ParseInsert([]),
        };
        _cteStatements.Add(statement);

        var (target, alias, where) = statement switch
        {
            DeleteStatement d => (d.Target, d.TargetAlias, d.Where),
            UpdateStatement u => (u.Target, u.TargetAlias, u.Where),
            InsertStatement i => (i.Target, null, null),
            _ => throw Error("Expected INSERT, UPDATE or DELETE"),
        };
        var query = new SelectQuery { Where = where };
        query.From.Add(new NamedTableRef(target) { Alias = alias });
        query.Items.AddRange(statement.Returning ?? []);
        return query;
    }

    /// <summary>RETURNING items, up to the end of the statement or of the enclosing parentheses; null without RETURNING.</summary>
    private List<SelectItem>? ParseReturning()
    {
        if (!AcceptWord("returning"))
        {
            return null;
        }

        var items = new List<SelectItem>();
        do
        {
            items.Add(ParseSelectItem());
        }
        while (AcceptOp(","));
        return items;
    }

    /// <summary>Skips an ON CONFLICT / ON DUPLICATE KEY clause up to RETURNING or the end of the statement.</summary>
    private void SkipToReturning()
    {
        var depth = 0;
        while (!AtEnd && !(depth == 0 && (IsOp(";") || IsOp(")") || IsWord("returning"))))
        {
            depth += IsOp("(") ? 1 : IsOp(")") ? -1 : 0;
            Next();
        }
    }

    private Statement WithCteStatements(Statement statement)
    {
        if (_cteStatements.Count == 0)
        {
            return statement;
        }

        var all = new List<Statement>(_cteStatements) { statement };
        _cteStatements.Clear();
        return new CompoundStatement(all) { Line = statement.Line, Column = statement.Column };
    }
}
