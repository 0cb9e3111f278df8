using DataSpine.SqlLineage.Resolution;

namespace DataSpine.SqlLineage.Scripts;

/// <summary>
/// Where the script is, for the statement-by-statement view: which statement runs, and the tables the
/// current statement writes (table nodes report themselves here when written).
/// </summary>
internal sealed class StatementLog
{
    public int Statement { get; private set; }

    public HashSet<TableNode> WrittenNow { get; } = [];

    public SortedSet<string> Sources { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> Targets { get; } = new(StringComparer.Ordinal);

    public List<StatementLineage> Done { get; } = [];

    public void Begin()
    {
        Statement++;
        WrittenNow.Clear();
        Sources.Clear();
        Targets.Clear();
    }

    public void End(int line, int column, IEnumerable<TableNode> reads)
    {
        Sources.UnionWith(reads.Select(n => n.Name));
        Targets.UnionWith(WrittenNow.Select(n => n.Name));
        if (Sources.Count > 0 || Targets.Count > 0)
        {
            Done.Add(new StatementLineage(line, column, [.. Sources], [.. Targets]));
        }
    }
}
