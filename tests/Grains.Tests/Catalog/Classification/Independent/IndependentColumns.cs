namespace DataSpine.Grains.Tests.Catalog.Classification;

/// <summary>
/// The independent evaluation set (issue 20): tables modelled on public schemas (sample databases,
/// healthcare and HR standards, SaaS exports, schemas in other languages), labelled by what each
/// column holds, with values from <see cref="IndependentValues"/>. Kept apart from the tuned set
/// (<see cref="LabelledColumns"/>) and never used to choose detector rules.
/// </summary>
internal static partial class IndependentColumns
{
    private static readonly (List<LabelledColumn> Columns, int BatchBStart, int BatchCStart) Built = Build();

    public static IReadOnlyList<LabelledColumn> All => Built.Columns;

    /// <summary>The tables written last, whose first-run figures were recorded before any change they prompted.</summary>
    public static IReadOnlyList<LabelledColumn> BatchB => Built.Columns[Built.BatchBStart..Built.BatchCStart];

    /// <summary>The tables written after every detector change; their figures are all first-run figures.</summary>
    public static IReadOnlyList<LabelledColumn> BatchC => Built.Columns[Built.BatchCStart..];

    private static (List<LabelledColumn>, int, int) Build()
    {
        var set = new Builder();
        AddSampleDatabases(set);
        AddHealthcareAndHr(set);
        AddSaasExports(set);
        AddOtherLanguages(set);
        AddLookAlikeTables(set);
        var batchBStart = set.Columns.Count;
        AddBatchB(set);
        var batchCStart = set.Columns.Count;
        AddBatchC(set);
        return (set.Columns, batchBStart, batchCStart);
    }

    private sealed class Builder
    {
        private string? _table;

        public List<LabelledColumn> Columns { get; } = [];

        public Builder Table(string name)
        {
            _table = name;
            return this;
        }

        public Builder Col(string name, string? type, Func<IndependentValues, string> value, params string[] expected)
        {
            var values = new IndependentValues(50_000 + Columns.Count);
            Columns.Add(new LabelledColumn(name, type, values.Sample(value), expected, _table));
            return this;
        }
    }
}
