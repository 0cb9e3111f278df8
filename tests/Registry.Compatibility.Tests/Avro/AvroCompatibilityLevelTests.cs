using DataSpine.Registry.Compatibility.Avro;

namespace DataSpine.Registry.Compatibility.Tests.Avro;

/// <summary>
/// Levels applied to a subject's history, with the schemas and expectations of Confluent's own
/// AvroCompatibilityTest: 1 = {f1}, 2 = 1 + f2 with default, 3 = 1 + f2 without default,
/// 4 = f1 renamed with alias, 6 = f1 nullable, 7 = f1 null|string|int, 8 = 2 + f3 with default.
/// </summary>
public class AvroCompatibilityLevelTests
{
    private static readonly Dictionary<int, string> History = new()
    {
        [1] = "{'type':'record','name':'myrecord','fields':[{'type':'string','name':'f1'}]}",
        [2] = "{'type':'record','name':'myrecord','fields':[{'type':'string','name':'f1'},{'type':'string','name':'f2','default':'foo'}]}",
        [3] = "{'type':'record','name':'myrecord','fields':[{'type':'string','name':'f1'},{'type':'string','name':'f2'}]}",
        [4] = "{'type':'record','name':'myrecord','fields':[{'type':'string','name':'f1_new','aliases':['f1']}]}",
        [6] = "{'type':'record','name':'myrecord','fields':[{'type':['null','string'],'name':'f1','doc':'doc of f1'}]}",
        [7] = "{'type':'record','name':'myrecord','fields':[{'type':['null','string','int'],'name':'f1','doc':'doc of f1'}]}",
        [8] = "{'type':'record','name':'myrecord','fields':[{'type':'string','name':'f1'},{'type':'string','name':'f2','default':'foo'},{'type':'string','name':'f3','default':'bar'}]}",
    };

    private readonly AvroFormat _avro = new();

    [Theory]
    [InlineData("BACKWARD", 2, new[] { 1 }, true)]
    [InlineData("BACKWARD", 3, new[] { 1 }, false)]
    [InlineData("BACKWARD", 4, new[] { 1 }, true)]
    [InlineData("BACKWARD", 6, new[] { 1 }, true)]
    [InlineData("BACKWARD", 1, new[] { 6 }, false)]
    [InlineData("BACKWARD", 7, new[] { 6 }, true)]
    [InlineData("BACKWARD", 6, new[] { 7 }, false)]
    [InlineData("BACKWARD", 3, new[] { 1, 2 }, true)]
    [InlineData("BACKWARD_TRANSITIVE", 8, new[] { 1, 2 }, true)]
    [InlineData("BACKWARD_TRANSITIVE", 2, new[] { 1 }, true)]
    [InlineData("BACKWARD_TRANSITIVE", 3, new[] { 2 }, true)]
    [InlineData("BACKWARD_TRANSITIVE", 3, new[] { 2, 1 }, false)]
    [InlineData("BACKWARD_TRANSITIVE", 3, new[] { 1, 2 }, false)]
    [InlineData("FORWARD", 2, new[] { 1 }, true)]
    [InlineData("FORWARD", 3, new[] { 1 }, true)]
    [InlineData("FORWARD", 3, new[] { 2 }, true)]
    [InlineData("FORWARD", 2, new[] { 3 }, true)]
    [InlineData("FORWARD", 1, new[] { 3, 2 }, true)]
    [InlineData("FORWARD", 1, new[] { 3 }, false)]
    [InlineData("FORWARD", 6, new[] { 1 }, false)]
    [InlineData("FORWARD_TRANSITIVE", 1, new[] { 8, 2 }, true)]
    [InlineData("FORWARD_TRANSITIVE", 2, new[] { 3 }, true)]
    [InlineData("FORWARD_TRANSITIVE", 1, new[] { 2 }, true)]
    [InlineData("FORWARD_TRANSITIVE", 1, new[] { 2, 3 }, false)]
    [InlineData("FORWARD_TRANSITIVE", 1, new[] { 3, 2 }, false)]
    [InlineData("FULL", 2, new[] { 1 }, true)]
    [InlineData("FULL", 3, new[] { 1, 2 }, true)]
    [InlineData("FULL", 1, new[] { 3, 2 }, true)]
    [InlineData("FULL", 3, new[] { 1 }, false)]
    [InlineData("FULL", 1, new[] { 3 }, false)]
    [InlineData("FULL", 7, new[] { 6 }, false)]
    [InlineData("FULL_TRANSITIVE", 8, new[] { 1, 2 }, true)]
    [InlineData("FULL_TRANSITIVE", 1, new[] { 8, 2 }, true)]
    [InlineData("FULL_TRANSITIVE", 2, new[] { 3 }, true)]
    [InlineData("FULL_TRANSITIVE", 1, new[] { 2 }, true)]
    [InlineData("FULL_TRANSITIVE", 2, new[] { 1 }, true)]
    [InlineData("FULL_TRANSITIVE", 3, new[] { 2 }, true)]
    [InlineData("FULL_TRANSITIVE", 3, new[] { 2, 1 }, false)]
    [InlineData("FULL_TRANSITIVE", 1, new[] { 2, 3 }, false)]
    [InlineData("NONE", 3, new[] { 1 }, true)]
    [InlineData("NONE", 1, new[] { 6, 7 }, true)]
    public void level_decides_like_the_reference_registry(string level, int candidate, int[] existing, bool compatible)
    {
        CompatibilityLevels.TryParse(level, out var parsedLevel).ShouldBeTrue();
        var checker = new CompatibilityChecker(_avro);

        var result = checker.Check(parsedLevel, Parse(candidate), existing.Select(Parse).ToList());

        result.IsCompatible.ShouldBe(compatible, string.Join("\n", result.Messages));
    }

    [Fact]
    public void incompatible_result_names_version_schema_and_level()
    {
        var checker = new CompatibilityChecker(_avro);

        var result = checker.Check(CompatibilityLevel.BackwardTransitive, Parse(3), [Parse(1), Parse(2)]);

        result.Messages.ShouldContain(m => m.Contains("READER_FIELD_MISSING_DEFAULT_VALUE") && m.Contains("'f2'"));
        result.Messages.ShouldContain("{oldSchemaVersion: 1}");
        result.Messages.ShouldContain(m => m.StartsWith("{oldSchema: '", StringComparison.Ordinal));
        result.Messages[^1].ShouldBe("{compatibility: 'BACKWARD_TRANSITIVE'}");
    }

    [Fact]
    public void messages_name_the_real_version_number()
    {
        var checker = new CompatibilityChecker(_avro);

        var result = checker.Check(CompatibilityLevel.Forward, Parse(1), [new VersionedSchema(7, Parse(2)), new VersionedSchema(9, Parse(3))]);

        result.IsCompatible.ShouldBeFalse();
        result.Messages.ShouldContain("{oldSchemaVersion: 9}");
    }

    [Fact]
    public void no_history_is_always_compatible() =>
        new CompatibilityChecker(_avro).Check(CompatibilityLevel.FullTransitive, Parse(3), Array.Empty<ParsedSchema>()).IsCompatible.ShouldBeTrue();

    [Theory]
    [InlineData("backward_transitive", CompatibilityLevel.BackwardTransitive)]
    [InlineData("FULL", CompatibilityLevel.Full)]
    [InlineData(" NONE ", CompatibilityLevel.None)]
    public void level_names_parse(string name, CompatibilityLevel expected)
    {
        CompatibilityLevels.TryParse(name, out var level).ShouldBeTrue();
        level.ShouldBe(expected);
        CompatibilityLevels.TryParse(level.ToWireName(), out var roundTrip).ShouldBeTrue();
        roundTrip.ShouldBe(expected);
    }

    [Fact]
    public void unknown_level_name_is_rejected() => CompatibilityLevels.TryParse("SIDEWAYS", out _).ShouldBeFalse();

    private ParsedSchema Parse(int version) => _avro.ParseOrThrow(Schemas.Q(History[version]));
}
