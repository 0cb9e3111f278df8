using DataSpine.SqlLineage.Ast;

namespace DataSpine.SqlLineage.Parsing;

internal sealed partial class Parser
{
    private MergeStatement ParseMerge(List<Cte> ctes)
    {
        var start = Next();
        AcceptWord("into");
        var target = ParseObjectName();
        if (IsWord("with") && PeekAhead(1).IsOperator("("))
        {
            Next();
            SkipParens();
        }

        var alias = ParseOptionalAlias();
        ExpectWord("using");
        var source = ParseTablePrimary();
        ExpectWord("on");
        var on = ParseExpr();
        var merge = new MergeStatement(target, source, on) { TargetAlias = alias, Ctes = ctes, Line = start.Line, Column = start.Column };
        while (AcceptWord("when"))
        {
            merge.Clauses.Add(ParseMergeClause());
        }

        if (IsWord("output"))
        {
            merge.OutputInto = ParseOutputClause();
        }

        return merge;
    }

    private MergeClause ParseMergeClause()
    {
        var matched = !AcceptWord("not");
        ExpectWord("matched");
        if (AcceptWord("by"))
        {
            Next();
        }

        Expr? condition = null;
        if (AcceptWord("and"))
        {
            condition = ParseExpr();
        }

        ExpectWord("then");
        if (AcceptWord("delete"))
        {
            return new MergeClause(matched, MergeAction.Delete) { Condition = condition };
        }

        if (AcceptWords("do", "nothing"))
        {
            return new MergeClause(matched, MergeAction.Nothing) { Condition = condition };
        }

        if (AcceptWord("update"))
        {
            ExpectWord("set");
            var update = new MergeClause(matched, MergeAction.Update) { Condition = condition };
            if (AcceptOp("*"))
            {
                update.Star = true;
                return update;
            }

            ParseAssignments(update.Sets);
            if (AcceptWord("where"))
            {
                update.Condition = ParseExpr();
            }

            // Oracle and Exasol: UPDATE SET ... DELETE WHERE cond removes updated rows; no new values.
            if (AcceptWord("delete") && AcceptWord("where"))
            {
                ParseExpr();
            }

            return update;
        }

        ExpectWord("insert");
        var insert = new MergeClause(matched, MergeAction.Insert) { Condition = condition };
        if (AcceptOp("*") || AcceptWord("row"))
        {
            insert.Star = true;
            return insert;
        }

        if (IsOp("("))
        {
            insert.InsertColumns = ParseIdentifierList();
        }

        if (AcceptWords("default", "values"))
        {
            return insert;
        }

        ExpectWord("values");
        ExpectOp("(");
        do
        {
            insert.InsertValues.Add(ParseExpr());
        }
        while (AcceptOp(","));
        ExpectOp(")");
        if (AcceptWord("where"))
        {
            insert.Condition = ParseExpr();
        }

        return insert;
    }

    private void ParseAssignments(List<Assignment> sets)
    {
        do
        {
            List<string> columns;
            if (IsOp("("))
            {
                columns = ParseIdentifierList();
            }
            else
            {
                var name = ParseObjectName();
                columns = [name.Last];
            }

            if (!AcceptOp("="))
            {
                ExpectOp(":=");
            }

            sets.Add(new Assignment(columns, ParseExpr()));
        }
        while (AcceptOp(","));
    }
}
