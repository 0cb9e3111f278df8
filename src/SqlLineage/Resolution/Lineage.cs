using DataSpine.SqlLineage.Limits;

namespace DataSpine.SqlLineage.Resolution;

/// <summary>The source columns one value depends on, each tagged with how it is used (<see cref="EdgeFlags"/>).</summary>
internal sealed class Lineage
{
    // Most values depend on a single column: it is kept inline, and the dictionary exists only from a second
    // one on. On a 100,000-column SELECT that is a dictionary fewer per column.
    private SourceColumn _single;
    private EdgeFlags _singleFlags;
    private Dictionary<SourceColumn, EdgeFlags>? _entries;

    public int Count => _entries?.Count ?? (_singleFlags == EdgeFlags.None ? 0 : 1);

    public IEnumerable<(SourceColumn Column, EdgeFlags Flags)> Entries
    {
        get
        {
            if (_entries is null)
            {
                if (_singleFlags != EdgeFlags.None)
                {
                    yield return (_single, _singleFlags);
                }

                yield break;
            }

            foreach (var (column, flags) in _entries)
            {
                yield return (column, flags);
            }
        }
    }

    /// <summary>The only column this value depends on, when there is exactly one.</summary>
    public bool TryGetSingle(out SourceColumn column, out EdgeFlags flags)
    {
        (column, flags) = (_single, _singleFlags);
        return _entries is null && _singleFlags != EdgeFlags.None;
    }

    public static Lineage Of(SourceColumn column)
    {
        var lineage = new Lineage();
        lineage.Add(column, EdgeFlags.Identity);
        return lineage;
    }

    /// <summary>Adds a use of a column; a use of no kind (EdgeFlags.None) carries no lineage and is dropped.</summary>
    public void Add(SourceColumn column, EdgeFlags flags)
    {
        if (flags == EdgeFlags.None)
        {
            return;
        }

        if (_entries is not null)
        {
            _entries[column] = _entries.GetValueOrDefault(column) | flags;
        }
        else if (_singleFlags == EdgeFlags.None)
        {
            (_single, _singleFlags) = (column, flags);
        }
        else if (_single == column)
        {
            _singleFlags |= flags;
        }
        else
        {
            _entries = new Dictionary<SourceColumn, EdgeFlags> { [_single] = _singleFlags, [column] = flags };
        }
    }

    /// <summary>
    /// Adds another lineage as seen through a use of the given kind (see <see cref="EdgeKinds.Compose"/>);
    /// the identity use adds it unchanged.
    /// </summary>
    public void AddFrom(Lineage other, EdgeFlags use)
    {
        if (ReferenceEquals(other, this))
        {
            return;
        }

        AnalysisBudget.Spend(other.Count);
        if (other._entries is null)
        {
            if (other._singleFlags != EdgeFlags.None)
            {
                Add(other._single, EdgeKinds.Compose(use, other._singleFlags));
            }

            return;
        }

        foreach (var (column, flags) in other._entries)
        {
            Add(column, EdgeKinds.Compose(use, flags));
        }
    }

    public Lineage Copy()
    {
        var copy = new Lineage();
        copy.AddFrom(this, EdgeFlags.Identity);
        return copy;
    }
}
