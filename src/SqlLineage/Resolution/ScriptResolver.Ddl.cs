using DataSpine.SqlLineage.Ast;

namespace DataSpine.SqlLineage.Resolution;

internal sealed partial class ScriptResolver
{
    private void ResolveCreate(CreateStatement create)
    {
        var name = Catalog.Qualify(create.Target);
        if (create.CopyOf is not null)
        {
            var source = Catalog.Get(Catalog.Qualify(create.CopyOf));
            _queries.Reads.Add(source);
            var copy = Catalog.Create(name, create.Temporary);
            copy.Written = true;
            copy.Upstream.Add(source);
            copy.Columns = source.Columns;
            foreach (var column in source.Columns ?? [])
            {
                copy.LineageOf(column).Add(new SourceColumn(source, column), EdgeFlags.Identity);
            }

            return;
        }

        if (create.Query is null)
        {
            var table = Catalog.Create(name, create.Temporary);
            table.Written = true;
            table.Columns = create.Columns ?? Catalog.LookupSchema(name);
            return;
        }

        var shape = _queries.ResolveQuery(create.Query, null);
        var node = Catalog.Create(name, create.Temporary);
        var columns = create.Columns is { Count: > 0 } ? create.Columns : null;
        Write(node, columns, shape, create);
        if (shape.Passthrough.Count == 0)
        {
            node.Columns = columns?.ToList() ?? [.. shape.Columns.Select(c => c.Name)];
        }
    }

    private void Rename(string from, string to)
    {
        Catalog.Log.Sources.Add(from);
        Catalog.Log.Targets.Add(to);
        var node = Catalog.Find(from);
        if (node is not null && node.IsScriptOwned)
        {
            Catalog.Remove(from);
            Catalog.Bind(to, node);
            node.Moved = true;
            return;
        }

        Catalog.Remove(from);
        var moved = Catalog.NewNode(to);
        moved.Columns = node?.Columns ?? Catalog.LookupSchema(from);
        moved.Moved = true;
        moved.RenamedFrom = node?.RenamedFrom ?? from;
        Catalog.Bind(to, moved);
    }

    private void Swap(string first, string second)
    {
        Catalog.Log.Sources.Add(second);
        Catalog.Log.Targets.Add(first);
        var a = Catalog.Find(first);
        var b = Catalog.Find(second);
        var aOwned = a is not null && a.IsScriptOwned;
        var bOwned = b is not null && b.IsScriptOwned;
        if (!aOwned && !bOwned)
        {
            // Both names keep existing, so the move reads as data from the second table into the first.
            LiteralSources.Add(second);
            LiteralTargets.Add(first);
        }

        Catalog.Remove(first);
        Catalog.Remove(second);
        Place(b, bOwned, first, second);
        Place(a, aOwned, second, first);
    }

    /// <summary>Puts the content formerly named <paramref name="oldName"/> under <paramref name="newName"/>.</summary>
    private void Place(TableNode? node, bool owned, string newName, string oldName)
    {
        if (owned)
        {
            Catalog.Bind(newName, node!);
            node!.Moved = true;
            return;
        }

        var moved = Catalog.NewNode(newName);
        moved.Columns = node?.Columns ?? Catalog.LookupSchema(oldName);
        moved.Moved = true;
        Catalog.Bind(newName, moved);
    }

    private void Drop(string name)
    {
        Catalog.Log.Targets.Add(name);
        var node = Catalog.Find(name);
        Catalog.Remove(name);
        if (node is null)
        {
            PendingDrops.Add(name);
            return;
        }

        node.Dropped = true;
        if (!node.Created && !node.Moved)
        {
            PendingDrops.Add(name);
        }
    }
}
