using DataSpine.SqlLineage.Ast;
using DataSpine.SqlLineage.Tokenizer;

namespace DataSpine.SqlLineage.Parsing;

internal sealed partial class Parser
{
    private Statement? ParseAlter()
    {
        var start = Next();
        if (!(AcceptWord("table") || AcceptWord("view") || AcceptWords("materialized", "view")))
        {
            SkipToStatementEnd();
            return null;
        }

        if (AcceptWord("if"))
        {
            ExpectWord("exists");
        }

        AcceptWord("only");
        var name = ParseObjectName();
        if (IsWord("rename") && (IsWordAhead(1, "to") || IsWordAhead(1, "as")))
        {
            Skip(2);
            var to = ParseObjectName();
            return new RenameStatement(name, InheritQualifier(name, to)) { Line = start.Line, Column = start.Column };
        }

        if (AcceptWords("swap", "with"))
        {
            var other = ParseObjectName();
            return new SwapStatement(name, InheritQualifier(name, other)) { Line = start.Line, Column = start.Column };
        }

        if (AcceptWords("exchange", "partition"))
        {
            // Hive: the other table's partition moves into this table.
            if (IsOp("("))
            {
                SkipParens();
            }

            AcceptWord("with");
            AcceptWord("table");
            var other = ParseObjectName();
            SkipToStatementEnd();
            return new CopyStatement { Source = other, Target = name, Line = start.Line, Column = start.Column };
        }

        // Other ALTERs (ADD COLUMN, SET OPTIONS, ...) modify the table: an output without column lineage.
        SkipToStatementEnd();
        return new TouchStatement([name]) { Line = start.Line, Column = start.Column };
    }

    /// <summary>PostgreSQL and Snowflake keep a renamed table in its schema when the new name is bare.</summary>
    private static ObjectName InheritQualifier(ObjectName from, ObjectName to)
    {
        if (to.Parts.Count > 1 || from.Parts.Count == 1)
        {
            return to;
        }

        var parts = new List<string>(from.Parts.Count);
        parts.AddRange(from.Parts.Take(from.Parts.Count - 1));
        parts.Add(to.Last);
        return to with { Parts = parts };
    }

    private Statement? ParseRenameTable()
    {
        // MySQL: RENAME TABLE a TO b, c TO d; the pairs apply in order.
        var start = Next();
        if (!AcceptWord("table"))
        {
            SkipToStatementEnd();
            return null;
        }

        var renames = new List<Statement>();
        do
        {
            var from = ParseObjectName();
            ExpectWord("to");
            renames.Add(new RenameStatement(from, ParseObjectName()) { Line = start.Line, Column = start.Column });
        }
        while (AcceptOp(","));
        return renames.Count == 1 ? renames[0] : new CompoundStatement(renames) { Line = start.Line, Column = start.Column };
    }

    private RenameStatement? ParseSpRename()
    {
        // T-SQL: EXEC sp_rename 'schema.old', 'new'.
        var start = Next();
        Next();
        if (Peek.Kind != TokenKind.String)
        {
            SkipToStatementEnd();
            return null;
        }

        var fromText = Next().Text;
        AcceptOp(",");
        if (Peek.Kind != TokenKind.String)
        {
            SkipToStatementEnd();
            return null;
        }

        var toText = Next().Text;
        if (AcceptOp(","))
        {
            SkipToStatementEnd();
            return null;
        }

        var from = new ObjectName(SplitName(fromText), start.Line, start.Column);
        var to = new ObjectName(SplitName(toText), start.Line, start.Column);
        return new RenameStatement(from, InheritQualifier(from, to)) { Line = start.Line, Column = start.Column };
    }

    private static List<string> SplitName(string text) =>
        [.. text.Split('.').Select(p => p.StartsWith('[') ? p.Trim('[', ']') : p.StartsWith('"') ? p.Trim('"') : p.ToLowerInvariant())];

    private DropStatement? ParseDrop()
    {
        var start = Next();
        AcceptWord("temporary");
        AcceptWord("materialized");
        if (!(AcceptWord("table") || AcceptWord("view")))
        {
            SkipToStatementEnd();
            return null;
        }

        if (AcceptWord("if"))
        {
            ExpectWord("exists");
        }

        var names = new List<ObjectName>();
        do
        {
            names.Add(ParseObjectName());
        }
        while (AcceptOp(","));
        while (IsWord("cascade") || IsWord("restrict") || IsWord("purge"))
        {
            Next();
        }

        return new DropStatement(names) { Line = start.Line, Column = start.Column };
    }

    private TouchStatement ParseTruncate()
    {
        var start = Next();
        AcceptWord("table");
        if (AcceptWord("if"))
        {
            ExpectWord("exists");
        }

        var names = new List<ObjectName>();
        do
        {
            names.Add(ParseObjectName());
        }
        while (AcceptOp(","));
        SkipToStatementEnd();
        return new TouchStatement(names) { Line = start.Line, Column = start.Column };
    }
}
