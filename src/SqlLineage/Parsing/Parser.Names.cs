using DataSpine.SqlLineage.Ast;
using DataSpine.SqlLineage.Tokenizer;

namespace DataSpine.SqlLineage.Parsing;

internal sealed partial class Parser
{
    private bool IsIdentifierStart => Peek.Kind is TokenKind.Word or TokenKind.QuotedIdentifier;

    private string ParseIdentifier()
    {
        var token = Peek;
        if (token.Kind is TokenKind.Word or TokenKind.QuotedIdentifier)
        {
            Next();
            return token.Text;
        }

        if (token.Kind == TokenKind.String && _dialect.DoubleQuoteIsString())
        {
            Next();
            return token.Text;
        }

        throw Error("Expected an identifier");
    }

    private ObjectName ParseObjectName()
    {
        var first = Peek;
        if (first.Kind == TokenKind.Parameter && first.Text.StartsWith("{{", StringComparison.Ordinal))
        {
            Next();
            return TemplateName(first);
        }

        // Snowflake IDENTIFIER('db.schema.table').
        if (first.IsWord("identifier") && PeekAhead(1).IsOperator("(") && PeekAhead(2).Kind == TokenKind.String && PeekAhead(3).IsOperator(")"))
        {
            var text = PeekAhead(2).Text;
            Skip(4);
            return new ObjectName(SplitName(text), first.Line, first.Column);
        }

        var parts = new List<string>(3);
        AddNameParts(parts, first);
        ParseIdentifier();
        while (IsOp(".") && PeekAhead(1).Kind is TokenKind.Word or TokenKind.QuotedIdentifier)
        {
            Next();
            var token = Peek;
            ParseIdentifier();
            AddNameParts(parts, token);
        }

        // T-SQL db..table skips the schema.
        while (IsOp(".") && PeekAhead(1).IsOperator(".") && PeekAhead(2).Kind is TokenKind.Word or TokenKind.QuotedIdentifier)
        {
            Next();
            Next();
            var token = Peek;
            ParseIdentifier();
            AddNameParts(parts, token);
        }

        // Spark reads files in place: parquet.`s3://bucket/dir`, csv.`/mnt/a.csv`; the dataset is the path.
        if (parts.Count == 2 && FileFormats.Contains(parts[0]) && LooksLikePath(parts[1]))
        {
            return ObjectName.Path(parts[1], first.Line, first.Column);
        }

        return new ObjectName(parts, first.Line, first.Column);
    }

    private static readonly HashSet<string> FileFormats = new(StringComparer.OrdinalIgnoreCase)
    {
        "parquet", "csv", "json", "orc", "avro", "text", "delta", "binaryfile", "iceberg", "hudi",
    };

    /// <summary>A URI (s3://, hdfs://, gs://, abfss://, file:...) or an absolute path.</summary>
    private static bool LooksLikePath(string text) =>
        text.Contains("://", StringComparison.Ordinal) || text.StartsWith('/') || text.StartsWith("file:", StringComparison.OrdinalIgnoreCase);

    private void AddNameParts(List<string> parts, Token token)
    {
        // BigQuery writes `project.dataset.table` as one quoted identifier.
        if (token.Kind == TokenKind.QuotedIdentifier && _dialect == Dialect.BigQuery && token.Text.Contains('.', StringComparison.Ordinal))
        {
            parts.AddRange(token.Text.Split('.'));
            return;
        }

        parts.Add(token.Text);
    }

    /// <summary>dbt's {{ ref('model') }} and {{ source('src', 'table') }} name a table.</summary>
    private static ObjectName TemplateName(Token token)
    {
        var text = token.Text;
        var parts = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var quote = text.IndexOfAny(['\'', '"'], i);
            if (quote < 0)
            {
                break;
            }

            var close = text.IndexOf(text[quote], quote + 1);
            if (close < 0)
            {
                break;
            }

            parts.Add(text[(quote + 1)..close].ToLowerInvariant());
            i = close + 1;
        }

        if (parts.Count == 0)
        {
            parts.Add(text.Trim('{', '}', ' ').ToLowerInvariant());
        }

        if (text.Contains("ref(", StringComparison.OrdinalIgnoreCase) && parts.Count > 1)
        {
            parts = [parts[^1]];
        }

        return new ObjectName(parts, token.Line, token.Column);
    }

    /// <summary>An implicit or explicit alias; null when the next token cannot be one.</summary>
    private string? ParseOptionalAlias()
    {
        if (AcceptWord("as"))
        {
            if (Peek.Kind == TokenKind.String)
            {
                return Next().Text;
            }

            return ParseIdentifier();
        }

        var token = Peek;
        if (token.Kind == TokenKind.QuotedIdentifier || (token.Kind == TokenKind.Word && !Reserved.Contains(token.Text)))
        {
            Next();
            return token.Text;
        }

        return null;
    }

    private List<string> ParseIdentifierList()
    {
        ExpectOp("(");
        var names = new List<string>();
        if (AcceptOp(")"))
        {
            return names;
        }

        do
        {
            var name = ParseIdentifier();
            while (AcceptOp("."))
            {
                name = ParseIdentifier();
            }

            names.Add(name);
        }
        while (AcceptOp(","));
        ExpectOp(")");
        return names;
    }
}
