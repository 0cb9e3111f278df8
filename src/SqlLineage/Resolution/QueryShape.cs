namespace DataSpine.SqlLineage.Resolution;

internal sealed record OutputColumn(string Name, Lineage Lineage);

/// <summary>The resolved output of a query: named columns with lineage, plus what an unexpanded * let through.</summary>
internal sealed class QueryShape(List<OutputColumn> columns, List<Relation> passthrough, Lineage queryIndirect)
{
    public List<OutputColumn> Columns { get; } = columns;

    public List<Relation> Passthrough { get; } = passthrough;

    /// <summary>Filter, join, grouping and sort columns that influence every row of the result.</summary>
    public Lineage QueryIndirect { get; } = queryIndirect;

    private Dictionary<string, OutputColumn>? _index;

    public OutputColumn? Find(string name)
    {
        if (Columns.Count <= 16)
        {
            foreach (var column in Columns)
            {
                if (string.Equals(column.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return column;
                }
            }

            return null;
        }

        // Wide relations: index once so that many references stay linear overall. First name wins.
        if (_index is null)
        {
            _index = new Dictionary<string, OutputColumn>(StringComparer.OrdinalIgnoreCase);
            foreach (var column in Columns)
            {
                _index.TryAdd(column.Name, column);
            }
        }

        return _index.GetValueOrDefault(name);
    }

    public QueryShape Rename(IReadOnlyList<string>? names)
    {
        if (names is null || names.Count == 0)
        {
            return this;
        }

        var renamed = new List<OutputColumn>(Columns.Count);
        for (var i = 0; i < Columns.Count; i++)
        {
            renamed.Add(i < names.Count ? Columns[i] with { Name = names[i] } : Columns[i]);
        }

        for (var i = Columns.Count; i < names.Count; i++)
        {
            renamed.Add(new OutputColumn(names[i], new Lineage()));
        }

        return new QueryShape(renamed, Passthrough, QueryIndirect);
    }
}
