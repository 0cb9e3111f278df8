using DataSpine.SqlLineage.Ast;
using DataSpine.SqlLineage.Tokenizer;

namespace DataSpine.SqlLineage.Parsing;

/// <summary>
/// Statements that move data between tables and files: the file or object-store location is a dataset named
/// by its URI (Redshift UNLOAD, Spark INSERT OVERWRITE DIRECTORY, Hive LOAD DATA INPATH; COPY is in
/// Parser.Copy). Table moves that carry data from one table into another (Hive EXCHANGE PARTITION,
/// Vertica swap_partitions_between_tables) are written as copies: source into target.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>A quoted location as a dataset, or null (and nothing consumed) when the token is not a string.</summary>
    private ObjectName? AcceptPathLiteral()
    {
        if (Peek.Kind != TokenKind.String)
        {
            return null;
        }

        var token = Next();
        return token.Text.Length == 0 ? null : ObjectName.Path(token.Text, token.Line, token.Column);
    }

    /// <summary>UNLOAD ('select ...') TO 's3://...' [options]: the quoted query is read, the location written.</summary>
    private CopyStatement ParseUnload()
    {
        var start = Next();
        QueryExpr? query = null;
        if (AcceptOp("("))
        {
            // Redshift quotes the query; Athena writes it bare.
            query = Peek.Kind == TokenKind.String ? ParseEmbeddedQuery(Next()) : ParseQuery();
            ExpectOp(")");
        }

        var target = AcceptWord("to") ? AcceptPathLiteral() : null;
        SkipToStatementEnd();
        return new CopyStatement { Target = target, Query = query, Line = start.Line, Column = start.Column };
    }

    /// <summary>INSERT OVERWRITE [LOCAL] DIRECTORY 'path' [USING fmt | ROW FORMAT ... | STORED AS ...] query.</summary>
    private CopyStatement ParseInsertDirectory(Token start)
    {
        AcceptWord("local");
        ExpectWord("directory");
        var target = AcceptPathLiteral();
        while (!AtStatementEnd && !IsWord("select") && !IsWord("with") && !IsWord("from") && !(IsOp("(") && IsQueryStartAfterParens()))
        {
            if (IsOp("("))
            {
                SkipParens();
                continue;
            }

            Next();
        }

        var query = AtStatementEnd ? null : ParseQuery();
        return new CopyStatement { Target = target, Query = query, Line = start.Line, Column = start.Column };
    }

    /// <summary>LOAD DATA [LOCAL] INPATH 'path' [OVERWRITE] INTO TABLE t [PARTITION (...)].</summary>
    private CopyStatement? ParseLoadData()
    {
        var start = Next();
        Next();
        AcceptWord("local");
        if (!AcceptWord("inpath") && !AcceptWord("infile"))
        {
            SkipToStatementEnd();
            return null;
        }

        var source = AcceptPathLiteral();
        while (!AtStatementEnd && !IsWord("into"))
        {
            Next();
        }

        ObjectName? target = null;
        if (AcceptWord("into"))
        {
            AcceptWord("table");
            target = ParseObjectName();
        }

        SkipToStatementEnd();
        return new CopyStatement { Source = source, Target = target, Line = start.Line, Column = start.Column };
    }

    /// <summary>Vertica SELECT swap_partitions_between_tables('staging', min, max, 'target'): staging's partitions move into target.</summary>
    private CopyStatement? ParsePartitionSwapCall()
    {
        var start = Next();
        Next();
        var strings = new List<Token>();
        if (IsOp("("))
        {
            var depth = 0;
            do
            {
                if (IsOp("("))
                {
                    depth++;
                }
                else if (IsOp(")"))
                {
                    depth--;
                }
                else if (depth == 1 && Peek.Kind == TokenKind.String)
                {
                    strings.Add(Peek);
                }

                Next();
            }
            while (depth > 0 && !AtEnd);
        }

        SkipToStatementEnd();
        if (strings.Count < 2)
        {
            return null;
        }

        return new CopyStatement
        {
            Source = new ObjectName(SplitName(strings[0].Text), strings[0].Line, strings[0].Column),
            Target = new ObjectName(SplitName(strings[^1].Text), strings[^1].Line, strings[^1].Column),
            Line = start.Line,
            Column = start.Column,
        };
    }

    /// <summary>Spark CACHE [LAZY] TABLE name [OPTIONS (...)] [AS] query: a temporary view of the query.</summary>
    private CreateStatement? ParseCacheTable()
    {
        var start = Next();
        AcceptWord("lazy");
        ExpectWord("table");
        var name = ParseObjectName();
        if (AcceptWord("options") && IsOp("("))
        {
            SkipParens();
        }

        AcceptWord("as");
        if (AtStatementEnd)
        {
            return null;
        }

        return new CreateStatement(name) { Temporary = true, IsView = true, Query = ParseQuery(), Line = start.Line, Column = start.Column };
    }

    private QueryExpr? ParseEmbeddedQuery(Token literal)
    {
        var script = ParseEmbedded(literal);
        return script.Statements is [SelectStatement select] ? select.Query : null;
    }
}
