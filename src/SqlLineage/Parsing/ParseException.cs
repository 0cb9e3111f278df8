namespace DataSpine.SqlLineage.Parsing;

internal sealed class ParseException(string code, string message, int line, int column) : Exception(message)
{
    public string Code { get; } = code;

    public int Line { get; } = line;

    public int Column { get; } = column;
}
