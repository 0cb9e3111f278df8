namespace DataSpine.SqlLineage.Tokenizer;

/// <summary>
/// A lexical token. <see cref="Text"/> is normalised: unquoted words are lower-cased, quoted identifiers
/// and strings lose their quotes; operators keep their spelling.
/// </summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Line, int Column)
{
    public bool IsWord(string lower) => Kind == TokenKind.Word && Text == lower;

    public bool IsOperator(string op) => Kind == TokenKind.Operator && Text == op;

    public bool IsIdentifier => Kind is TokenKind.Word or TokenKind.QuotedIdentifier;
}
