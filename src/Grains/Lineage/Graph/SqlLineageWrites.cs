namespace DataSpine.Grains.Lineage.Graph;

/// <summary>
/// Adds analysed SQL to a batch: its source tables feed the job, the job writes its targets, and each
/// column edge joins two field nodes. <c>resolve</c> names the dataset (namespace, name) of a SQL table.
/// </summary>
internal static class SqlLineageWrites
{
    public static void Add(LineageBatch batch, string job, SqlLineageResult result, Func<string, (string Namespace, string Name)> resolve)
    {
        foreach (var source in result.Sources)
        {
            var (ns, name) = resolve(source);
            batch.Edge(batch.Dataset(ns, name), job);
        }

        foreach (var target in result.Targets)
        {
            var (ns, name) = resolve(target);
            batch.Edge(job, batch.Dataset(ns, name));
        }

        foreach (var edge in result.ColumnEdges)
        {
            if (Split(edge.Source) is not { } source || Split(edge.Target) is not { } target)
            {
                continue;
            }

            var (sourceNs, sourceName) = resolve(source.Table);
            var (targetNs, targetName) = resolve(target.Table);
            batch.Edge(batch.Field(sourceNs, sourceName, source.Column), batch.Field(targetNs, targetName, target.Column), edge.Type, edge.Subtype);
        }
    }

    /// <summary>"schema.table.column" into table and column; null for a column with no table.</summary>
    private static (string Table, string Column)? Split(string qualified)
    {
        var dot = qualified.LastIndexOf('.');
        return dot <= 0 || dot == qualified.Length - 1 ? null : (qualified[..dot], qualified[(dot + 1)..]);
    }
}
