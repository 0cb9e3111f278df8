namespace DataSpine.Grains.Tests.Catalog.Classification;

/// <summary>
/// The labelled evaluation set (issue 3): PII columns in varied formats and non-PII look-alikes. Labels
/// state what each column holds, decided when writing it down, never from classifier output. Values
/// come from a seeded generator, so every run sees the same set.
/// </summary>
internal static partial class LabelledColumns
{
    public static IReadOnlyList<LabelledColumn> All { get; } = Build();

    private static List<LabelledColumn> Build()
    {
        var set = new Builder();
        AddPii(set);
        AddValueOnlyPii(set);
        AddLookAlikes(set);
        AddNonPii(set);
        AddHard(set);
        AddSchemaStyle(set);
        return set.Columns;
    }

    private sealed class Builder
    {
        public List<LabelledColumn> Columns { get; } = [];

        public void Add(string name, string? type, Func<ValueGenerator, string> value, params string[] expected) =>
            AddIn(null, name, type, value, expected);

        public void AddIn(string? table, string name, string? type, Func<ValueGenerator, string> value, params string[] expected)
        {
            var generator = new ValueGenerator(1000 + Columns.Count);
            Columns.Add(new LabelledColumn(name, type, generator.Sample(value), expected, table));
        }

        /// <summary>Like <see cref="Add"/>, with one value in twenty replaced by something invalid, as real data has.</summary>
        public void AddMessy(string name, string? type, Func<ValueGenerator, string> value, string junk, params string[] expected) =>
            Add(name, type, g => g.Int(0, 20) == 0 ? junk : value(g), expected);
    }
}
