namespace DataSpine.SqlLineage.Tokenizer;

/// <summary>Lexical habits of dialects that share the ANSI grammar.</summary>
internal sealed partial class SqlTokenizer
{
    /// <summary>
    /// [name] as an identifier outside T-SQL (SQLite, Access, Sybase exports): only where a subscript cannot
    /// be (not right after a name, ')' or ']') and when the brackets hold a plain name, not a list.
    /// </summary>
    private bool IsBracketIdentifier()
    {
        var before = _pos == 0 ? ' ' : _sql[_pos - 1];
        if (_dialect != Dialect.Ansi || IsWordPart(before) || before is ')' or ']' || !IsWordStart(PeekAt(1)))
        {
            return false;
        }

        for (var i = _pos + 1; i < _sql.Length && i < _pos + 130; i++)
        {
            var c = _sql[i];
            if (c == ']')
            {
                return true;
            }

            if (!(IsWordPart(c) || c is ' ' or '-' or '$' or '#'))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Teradata's SEL abbreviates SELECT where a query starts: at the start of a statement, after '(' or ')'
    /// (an INSERT column list) or after INSERT INTO name. Elsewhere "sel" stays a name.
    /// </summary>
    private bool IsSelectAbbreviation()
    {
        if (_tokens.Count == 0)
        {
            return true;
        }

        var previous = _tokens[^1];
        if (previous.IsOperator(";") || previous.IsOperator("(") || previous.IsOperator(")"))
        {
            return true;
        }

        var i = _tokens.Count - 1;
        while (i > 0 && !_tokens[i].IsWord("into") && (_tokens[i].IsIdentifier || _tokens[i].IsOperator(".")))
        {
            i--;
        }

        return i < _tokens.Count - 1 && _tokens[i].IsWord("into");
    }
}
