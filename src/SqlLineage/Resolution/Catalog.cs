using DataSpine.SqlLineage.Ast;
using DataSpine.SqlLineage.Scripts;

namespace DataSpine.SqlLineage.Resolution;

/// <summary>Table names visible at the current point of a script, plus the caller's schemas.</summary>
internal sealed class Catalog
{
    private readonly Dictionary<string, TableNode> _current = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _schemas = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<string>> _byKeySuffix = new(StringComparer.OrdinalIgnoreCase);
    private readonly string? _defaultSchema;

    public Catalog(string? defaultSchema, IReadOnlyDictionary<string, IReadOnlyList<string>>? schemas)
    {
        _defaultSchema = string.IsNullOrWhiteSpace(defaultSchema) ? null : defaultSchema.Trim().ToLowerInvariant();
        if (schemas is null)
        {
            return;
        }

        foreach (var (table, columns) in schemas)
        {
            if (table is null || columns is null)
            {
                continue;
            }

            _schemas[table.Trim()] = [.. columns.Where(c => !string.IsNullOrEmpty(c)).Select(c => c.ToLowerInvariant())];
        }

        // "db.schema.table" also answers for "schema.table" and "table" when no other key claims them.
        var bySuffix = new Dictionary<string, List<string>?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, columns) in _schemas)
        {
            var dot = key.IndexOf('.', StringComparison.Ordinal);
            while (dot >= 0)
            {
                var suffix = key[(dot + 1)..];
                bySuffix[suffix] = bySuffix.ContainsKey(suffix) ? null : columns;
                dot = key.IndexOf('.', dot + 1);
            }
        }

        foreach (var (suffix, columns) in bySuffix)
        {
            if (columns is not null && !_schemas.ContainsKey(suffix))
            {
                _byKeySuffix[suffix] = columns;
            }
        }
    }

    public List<TableNode> AllNodes { get; } = [];

    public StatementLog Log { get; } = new();

    private string? _database;
    private string? _schema;

    public string Qualify(ObjectName name)
    {
        if (name.IsPath || name.Last.StartsWith('#'))
        {
            return name.ToString();
        }

        var schema = _schema ?? _defaultSchema;
        if (name.Parts.Count == 1 && (_database is not null || schema is not null))
        {
            return string.Join('.', new[] { _database, schema, name.Last }.Where(p => p is not null));
        }

        if (name.Parts.Count == 2 && _database is not null)
        {
            return _database + "." + name;
        }

        return name.ToString();
    }

    /// <summary>
    /// Applies USE: "db.schema" sets both; USE SCHEMA sets the schema; a bare USE names the database, except in
    /// dialects where database and schema are one thing (Hive/Spark, MySQL).
    /// </summary>
    public void Use(string? kind, IReadOnlyList<string> parts, bool databaseIsSchema)
    {
        if (parts.Count >= 2)
        {
            _database = parts[^2];
            _schema = parts[^1];
        }
        else if (kind == "schema" || (kind is null or "database" && databaseIsSchema))
        {
            _schema = parts[0];
        }
        else
        {
            _database = parts[0];
        }
    }

    public TableNode? Find(string fullName) => _current.GetValueOrDefault(fullName);

    /// <summary>The node currently holding this name; an unknown name is a pre-existing table.</summary>
    public TableNode Get(string fullName)
    {
        if (_current.TryGetValue(fullName, out var node))
        {
            return node;
        }

        node = NewNode(fullName);
        node.Columns = LookupSchema(fullName);

        // T-SQL #temp and ##global temp tables are temporary even when the script never creates them.
        node.Temporary = fullName.StartsWith('#');
        _current[fullName] = node;
        return node;
    }

    public TableNode Create(string fullName, bool temporary)
    {
        var node = NewNode(fullName);
        node.Created = true;
        node.Temporary = temporary;
        _current[fullName] = node;
        return node;
    }

    public TableNode NewNode(string fullName)
    {
        var node = new TableNode(fullName, Log);
        AllNodes.Add(node);
        return node;
    }

    public void Bind(string fullName, TableNode node)
    {
        node.Name = fullName;
        _current[fullName] = node;
    }

    public void Remove(string fullName) => _current.Remove(fullName);

    public List<string>? LookupSchema(string fullName)
    {
        if (_schemas.Count == 0)
        {
            return null;
        }

        if (_schemas.TryGetValue(fullName, out var columns) || _byKeySuffix.TryGetValue(fullName, out columns))
        {
            return columns;
        }

        // db.schema.table matches "schema.table" or "table"; a bare table matches "default.table".
        var dot = fullName.IndexOf('.', StringComparison.Ordinal);
        while (dot >= 0)
        {
            if (_schemas.TryGetValue(fullName[(dot + 1)..], out columns))
            {
                return columns;
            }

            dot = fullName.IndexOf('.', dot + 1);
        }

        if (_defaultSchema is not null && !fullName.Contains('.', StringComparison.Ordinal)
            && _schemas.TryGetValue(_defaultSchema + "." + fullName, out columns))
        {
            return columns;
        }

        return null;
    }
}
