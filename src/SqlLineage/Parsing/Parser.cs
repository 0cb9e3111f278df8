using System.Runtime.CompilerServices;
using DataSpine.SqlLineage.Ast;
using DataSpine.SqlLineage.Limits;
using DataSpine.SqlLineage.Tokenizer;

namespace DataSpine.SqlLineage.Parsing;

/// <summary>
/// Recursive-descent parser. Each statement is parsed on its own: a failure becomes a diagnostic and a
/// token-scan fallback for that statement, and parsing resumes after the next semicolon.
/// </summary>
internal sealed partial class Parser
{
    public const int MaxDepth = 1000;

    private readonly List<Token> _tokens;
    private readonly Dialect _dialect;
    private readonly List<Diagnostic> _diagnostics;
    private int _pos;
    private int _depth;

    private Parser(List<Token> tokens, Dialect dialect, List<Diagnostic> diagnostics)
    {
        _tokens = tokens;
        _dialect = dialect;
        _diagnostics = diagnostics;
    }

    public static List<Statement> ParseScript(List<Token> tokens, Dialect dialect, List<Diagnostic> diagnostics) =>
        new Parser(tokens, dialect, diagnostics).ParseAll();

    private Token Peek => _tokens[_pos];

    private Token PeekAhead(int k) => _tokens[Math.Min(_pos + k, _tokens.Count - 1)];

    private bool AtEnd => Peek.Kind == TokenKind.End;

    private Token Next()
    {
        var token = _tokens[_pos];
        AnalysisBudget.Spend(1);
        if (_pos < _tokens.Count - 1)
        {
            _pos++;
        }

        return token;
    }

    /// <summary>Moves past k tokens, never beyond the end token.</summary>
    private void Skip(int k) => _pos = Math.Min(_pos + k, _tokens.Count - 1);

    private bool IsWord(string word) => Peek.IsWord(word);

    private bool IsWordAhead(int k, string word) => PeekAhead(k).IsWord(word);

    private bool IsOp(string op) => Peek.IsOperator(op);

    private bool AcceptWord(string word)
    {
        if (!IsWord(word))
        {
            return false;
        }

        Next();
        return true;
    }

    private bool AcceptWords(string first, string second)
    {
        if (!IsWord(first) || !IsWordAhead(1, second))
        {
            return false;
        }

        Skip(2);
        return true;
    }

    private bool AcceptOp(string op)
    {
        if (!IsOp(op))
        {
            return false;
        }

        Next();
        return true;
    }

    private void ExpectWord(string word)
    {
        if (!AcceptWord(word))
        {
            throw Error($"Expected {word.ToUpperInvariant()}");
        }
    }

    private void ExpectOp(string op)
    {
        if (!AcceptOp(op))
        {
            throw Error($"Expected '{op}'");
        }
    }

    private ParseException Error(string message)
    {
        var token = Peek;
        var found = token.Kind == TokenKind.End ? "end of input" : $"'{token.Text}'";
        return new ParseException(DiagnosticCodes.ParseError, $"{message} but found {found}", token.Line, token.Column);
    }

    private void Enter()
    {
        // The fixed bound keeps work predictable; the stack probe protects small thread-pool stacks.
        if (++_depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new ParseException(DiagnosticCodes.TooDeep, $"Nesting deeper than {MaxDepth} levels", Peek.Line, Peek.Column);
        }
    }

    private void Leave() => _depth--;

    private bool AtStatementEnd => AtEnd || IsOp(";");

    /// <summary>Skips balanced tokens until a ';' at depth 0 or the end; used for clauses that carry no lineage.</summary>
    private void SkipToStatementEnd()
    {
        var depth = 0;
        while (!AtEnd)
        {
            if (IsOp("(") || IsOp("["))
            {
                depth++;
            }
            else if (IsOp(")") || IsOp("]"))
            {
                depth--;
            }
            else if (depth <= 0 && IsOp(";"))
            {
                return;
            }

            Next();
        }
    }

    /// <summary>Skips one balanced parenthesised group; the current token must be '('.</summary>
    private void SkipParens()
    {
        ExpectOp("(");
        var depth = 1;
        while (!AtEnd && depth > 0)
        {
            if (IsOp("("))
            {
                depth++;
            }
            else if (IsOp(")"))
            {
                depth--;
            }

            Next();
        }
    }
}
