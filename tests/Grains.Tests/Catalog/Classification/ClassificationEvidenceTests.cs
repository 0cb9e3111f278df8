using DataSpine.Grains.Catalog.Classification;

namespace DataSpine.Grains.Tests.Catalog.Classification;

/// <summary>Each class says which rule decided, what share of values matched and what the name said.</summary>
public sealed class ClassificationEvidenceTests
{
    [Fact]
    public void a_name_and_values_class_carries_rule_share_and_name_evidence()
    {
        string?[] values = ["+1 415 555 0132", "+44 20 7946 0958", "n/a", "+49 30 901820", "call me"];
        var result = ColumnClassifier.Classify(new ColumnSample("telefono", "text", values)).ShouldHaveSingleItem();
        result.Rule.ShouldBe("phone.value");
        result.ValueShare.ShouldBe(0.75);
        result.NameEvidence.ShouldNotBeNull().ShouldContain("telefono");
    }

    [Fact]
    public void a_names_only_class_has_no_value_share()
    {
        var result = ColumnClassifier.Classify(new ColumnSample("fecha_nacimiento", "date", null)).ShouldHaveSingleItem();
        result.Rule.ShouldBe("date_of_birth.name");
        result.ValueShare.ShouldBeNull();
        result.NameEvidence.ShouldNotBeNull();
    }

    [Fact]
    public void a_values_only_class_has_no_name_evidence()
    {
        string?[] values = ["ann@example.com", "bob@example.org", "cy@example.net", "di@example.io", "ed@example.com"];
        var result = ColumnClassifier.Classify(new ColumnSample("c9", "text", values)).ShouldHaveSingleItem();
        result.NameEvidence.ShouldBeNull();
        result.ValueShare.ShouldBe(1.0);
    }
}
