using System.Text;

namespace DataSpine.SqlLineage.Tests.Robustness;

/// <summary>Seeded random SQL: token soup from a SQL-flavoured vocabulary, and mutations of real cases.</summary>
internal sealed class SqlMutator(int seed)
{
    private static readonly string[] Vocabulary =
    [
        "SELECT", "FROM", "WHERE", "JOIN", "LEFT", "ON", "USING", "GROUP", "BY", "ORDER", "HAVING", "QUALIFY", "UNION", "ALL",
        "WITH", "AS", "INSERT", "INTO", "OVERWRITE", "TABLE", "DIRECTORY", "VALUES", "UPDATE", "SET", "DELETE", "MERGE",
        "WHEN", "MATCHED", "THEN", "CASE", "ELSE", "END", "CREATE", "PROCEDURE", "BEGIN", "DECLARE", "IF", "ELSEIF", "LOOP",
        "WHILE", "FOR", "COPY", "UNLOAD", "RENAME", "TO", "SWAP", "EXCHANGE", "PARTITION", "DROP", "TRUNCATE", "ALTER",
        "LATERAL", "UNNEST", "ARRAY", "OVER", "WINDOW", "PIVOT", "FILTER", "CAST", "NOT", "NULL", "IN", "EXISTS", "*",
        "(", ")", "[", "]", "{", "}", ",", ".", ";", ":", "::", ":=", "=", "<", ">", "+", "-", "/", "||", "'s'", "\"q\"",
        "`b`", "[x]", "$$", "$1", "@v", "--c\n", "/*", "*/", "'", "\"", "`", "a", "b", "t", "s.x", "1", "2.5", "\n",
    ];

    private readonly Random _random = new(seed);

    public string TokenSoup(int maxTokens)
    {
        var sql = new StringBuilder();
        var count = _random.Next(1, maxTokens);
        for (var i = 0; i < count; i++)
        {
            sql.Append(Vocabulary[_random.Next(Vocabulary.Length)]).Append(' ');
        }

        return sql.ToString();
    }

    public string Mutate(string sql)
    {
        var words = sql.Split(' ').ToList();
        var edits = _random.Next(1, 4);
        for (var i = 0; i < edits && words.Count > 0; i++)
        {
            var at = _random.Next(words.Count);
            var length = Math.Min(words.Count - at, _random.Next(1, 6));
            switch (_random.Next(6))
            {
                case 0:
                    words.RemoveRange(at, length);
                    break;
                case 1:
                    words.InsertRange(at, words.GetRange(at, length));
                    break;
                case 2:
                    words.Insert(at, Vocabulary[_random.Next(Vocabulary.Length)]);
                    break;
                case 3:
                    (words[at], words[^1]) = (words[^1], words[at]);
                    break;
                case 4:
                    // A repeated fragment: the shape of generated SQL and of nesting attacks.
                    words.InsertRange(at, Enumerable.Repeat(words[at], _random.Next(10, 400)));
                    break;
                default:
                    words[at] = words[at].Length > 1 ? words[at][..(words[at].Length / 2)] : "(";
                    break;
            }
        }

        return string.Join(' ', words);
    }
}
