namespace DataSpine.SqlLineage.Tokenizer;

internal enum TokenKind
{
    End,
    Word,
    QuotedIdentifier,
    String,
    Number,
    Operator,
    Parameter,
}
