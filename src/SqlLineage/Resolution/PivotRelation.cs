namespace DataSpine.SqlLineage.Resolution;

/// <summary>
/// PIVOT / UNPIVOT: columns the clause does not consume pass through from the input by name; the new
/// columns derive from the aggregated (PIVOT) or folded (UNPIVOT) columns.
/// </summary>
internal sealed class PivotRelation : Relation
{
    private readonly List<Relation> _inputs;
    private readonly Lineage _derived;
    private readonly HashSet<string> _consumed;
    private readonly List<string> _newColumns;
    private readonly IReadOnlyList<string>? _aliases;
    private readonly string? _nameColumn;

    public PivotRelation(string? alias, List<Relation> inputs, Lineage derived, HashSet<string> consumed, List<string> newColumns, IReadOnlyList<string>? aliases, string? nameColumn)
        : base(alias)
    {
        _nameColumn = nameColumn;
        _inputs = inputs;
        _derived = derived;
        _consumed = consumed;
        _newColumns = newColumns;
        _aliases = aliases;
        KnownColumns = BuildKnownColumns();
    }

    public override IReadOnlyList<string>? KnownColumns { get; }

    private IReadOnlyList<string>? BuildKnownColumns()
    {
        if (_inputs.Any(i => i.KnownColumns is null))
        {
            return null;
        }

        var columns = _inputs.SelectMany(i => i.KnownColumns!).Where(c => !_consumed.Contains(c)).ToList();
        columns.AddRange(_newColumns);
        if (_aliases is { Count: > 0 } aliases && aliases.Count == columns.Count)
        {
            return aliases;
        }

        return columns;
    }

    public override Presence Has(string column)
    {
        if (IsNew(column))
        {
            return Presence.Yes;
        }

        if (_consumed.Contains(column))
        {
            return Presence.No;
        }

        var best = Presence.No;
        foreach (var input in _inputs)
        {
            var presence = input.Has(column);
            best = presence > best ? presence : best;
        }

        return best;
    }

    public override Lineage? Column(string column)
    {
        if (_nameColumn is not null && string.Equals(column, _nameColumn, StringComparison.OrdinalIgnoreCase))
        {
            // UNPIVOT's name column holds the folded columns' names, not their values.
            return new Lineage();
        }

        if (IsNew(column))
        {
            return _derived;
        }

        if (_aliases is { Count: > 0 } && KnownColumns is not null && _aliases.Count == KnownColumns.Count)
        {
            // Positional aliases over a known input: map back to the original column name.
            var index = IndexOf(_aliases, column);
            var original = index >= 0 ? BuildOriginal()[index] : column;
            return IsNewOriginal(original) ? _derived : InputColumn(original);
        }

        return InputColumn(column);
    }

    private Lineage? InputColumn(string column)
    {
        foreach (var input in _inputs)
        {
            if (input.Has(column) != Presence.No)
            {
                return input.Column(column);
            }
        }

        return null;
    }

    private List<string> BuildOriginal()
    {
        var columns = _inputs.SelectMany(i => i.KnownColumns!).Where(c => !_consumed.Contains(c)).ToList();
        columns.AddRange(_newColumns);
        return columns;
    }

    private bool IsNewOriginal(string column) => _newColumns.Any(n => NameMatches(n, column));

    /// <summary>A new column: an IN value ('JAN', JAN, "JAN", prefixed by an aggregate alias) or one of the trailing aliases.</summary>
    private bool IsNew(string column)
    {
        if (_newColumns.Any(n => NameMatches(n, column)))
        {
            return true;
        }

        if (_aliases is { Count: > 0 } aliases && _newColumns.Count > 0 && aliases.Count >= _newColumns.Count)
        {
            var index = IndexOf(aliases, column);
            return index >= aliases.Count - _newColumns.Count;
        }

        return false;
    }

    private static bool NameMatches(string value, string column)
    {
        var bare = value.Trim('\'', '"');
        return string.Equals(bare, column, StringComparison.OrdinalIgnoreCase)
            || string.Equals($"'{bare}'", column, StringComparison.OrdinalIgnoreCase)
            || column.EndsWith("_" + bare, StringComparison.OrdinalIgnoreCase)
            || column.StartsWith(bare + "_", StringComparison.OrdinalIgnoreCase);
    }

    private static int IndexOf(IReadOnlyList<string> names, string column)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
