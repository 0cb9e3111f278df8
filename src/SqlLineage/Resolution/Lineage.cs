using DataSpine.SqlLineage.Limits;

namespace DataSpine.SqlLineage.Resolution;

/// <summary>The source columns one value depends on, each tagged DIRECT and/or INDIRECT.</summary>
internal sealed class Lineage
{
    private readonly Dictionary<SourceColumn, EdgeFlags> _entries = [];

    public IReadOnlyDictionary<SourceColumn, EdgeFlags> Entries => _entries;

    public int Count => _entries.Count;

    public static Lineage Of(SourceColumn column)
    {
        var lineage = new Lineage();
        lineage.Add(column, EdgeFlags.Identity);
        return lineage;
    }

    public void Add(SourceColumn column, EdgeFlags flags) =>
        _entries[column] = _entries.GetValueOrDefault(column) | flags;

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

        AnalysisBudget.Spend(other._entries.Count);
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
