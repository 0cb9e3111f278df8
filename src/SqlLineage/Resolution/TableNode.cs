using DataSpine.SqlLineage.Scripts;

namespace DataSpine.SqlLineage.Resolution;

/// <summary>
/// One physical or script-created table. A node keeps its identity across renames and swaps, so lineage
/// recorded against it follows the table to its final name; temp and dropped intermediates are expanded
/// into their own upstream when the result is built.
/// </summary>
internal sealed class TableNode(string name, StatementLog log)
{
    private bool _written;

    public string Name { get; set; } = name;

    public bool Temporary { get; set; }

    public bool Created { get; set; }

    public bool Written
    {
        get => _written;
        set
        {
            if (value)
            {
                FirstWrite = Math.Min(FirstWrite, log.Statement);
                LastWrite = log.Statement;
                log.WrittenNow.Add(this);
            }

            _written = value;
        }
    }

    /// <summary>The script statement that first wrote this table.</summary>
    public int FirstWrite { get; private set; } = int.MaxValue;

    public int LastWrite { get; private set; }

    /// <summary>The last statement that read this table after an earlier statement wrote it (0: none).</summary>
    public int LastReadAfterWrite { get; set; }

    /// <summary>
    /// Written, read later, and not written again once read: the script's own intermediate data. A table the
    /// script reads and then modifies (an SCD update followed by an insert) stays a target.
    /// </summary>
    public bool StagedInScript => LastReadAfterWrite > LastWrite;

    public bool Dropped { get; set; }

    /// <summary>Renamed or swapped: a later DROP of this name is housekeeping, not a write.</summary>
    public bool Moved { get; set; }

    /// <summary>For a pre-existing table renamed in the script: its name before the rename.</summary>
    public string? RenamedFrom { get; set; }

    public List<string>? Columns { get; set; }

    public Dictionary<string, Lineage> ColumnLineage { get; } = new(StringComparer.Ordinal);

    public HashSet<TableNode> Upstream { get; } = [];

    /// <summary>Relations an unexpanded SELECT * wrote through, to resolve this table's columns by name later.</summary>
    public List<Relation> Passthrough { get; } = [];

    public bool IsIntermediate => Temporary || (Created && Dropped) || StagedInScript;

    public bool IsScriptOwned => Created || Written;

    public Lineage LineageOf(string column)
    {
        if (!ColumnLineage.TryGetValue(column, out var lineage))
        {
            lineage = new Lineage();
            ColumnLineage[column] = lineage;
        }

        return lineage;
    }

    public override string ToString() => Name;
}
