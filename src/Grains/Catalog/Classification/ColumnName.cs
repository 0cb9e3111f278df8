namespace DataSpine.Grains.Catalog.Classification;

/// <summary>A tokenized column name, table name or comment that detectors query by whole words.</summary>
internal sealed class ColumnName(string? text)
{
    public IReadOnlyList<string> Tokens { get; } = NameTokenizer.Tokenize(text);

    public int Count => Tokens.Count;

    public bool IsEmpty => Tokens.Count == 0;

    public bool HasAny(IReadOnlySet<string> words)
    {
        foreach (var token in Tokens)
        {
            if (words.Contains(token))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => string.Join('_', Tokens);
}
