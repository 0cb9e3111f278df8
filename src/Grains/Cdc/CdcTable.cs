namespace DataSpine.Grains.Cdc;

/// <summary>A source column as the route handles it: its source type, whether it is part of the primary key, pass/mask/drop.</summary>
internal sealed record CdcColumn(string Name, string Type, bool Key, string Handling)
{
    /// <summary>The column's type in the sink: a masked column holds the mask's text.</summary>
    public string SinkType => Handling == ColumnHandling.Mask ? "text" : Type;
}

/// <summary>A source table and where it lands in the sink.</summary>
internal sealed record CdcTable(string Schema, string Name, string SinkSchema, IReadOnlyList<CdcColumn> Columns)
{
    public string Qualified => $"{Schema}.{Name}";

    public string SinkQuoted => CdcNames.Quote(SinkSchema, Name);

    /// <summary>The columns the sink has: every source column but the dropped ones.</summary>
    public IEnumerable<CdcColumn> SinkColumns => Columns.Where(c => c.Handling != ColumnHandling.Drop);

    public IReadOnlyList<string> Keys => Columns.Where(c => c.Key).Select(c => c.Name).ToList();
}

/// <summary>One change for the sink: the row as it is to be written (masked, no dropped columns), and for an update that moved the key, the old key.</summary>
internal sealed record SinkChange(CdcTable Table, string Operation, IReadOnlyDictionary<string, string?> Row, IReadOnlyDictionary<string, string?>? OldKey = null)
{
    public const string Insert = "insert";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string Truncate = "truncate";
}
