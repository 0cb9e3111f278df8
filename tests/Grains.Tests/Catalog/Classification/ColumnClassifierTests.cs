using DataSpine.Grains.Catalog.Classification;

namespace DataSpine.Grains.Tests.Catalog.Classification;

public sealed class ColumnClassifierTests
{
    private static readonly string[] Emails = ["ann@example.com", "bob+news@mail.example.org", "c.d@example.co.uk", "eve@example.io", "fay@example.net"];

    private static IReadOnlyList<string> Classes(string name, string? type = null, string?[]? values = null, string? table = null) =>
        [.. ColumnClassifier.Classify(new ColumnSample(name, type, values, TableName: table)).Select(c => c.Class)];

    [Fact]
    public void strong_name_alone_gives_moderate_confidence()
    {
        var result = ColumnClassifier.Classify(new ColumnSample("email", "text", null)).ShouldHaveSingleItem();
        result.Class.ShouldBe(PiiClasses.Email);
        result.Confidence.ShouldBe(0.65);
        result.Evidence.ShouldHaveSingleItem().Kind.ShouldBe("name");
    }

    [Fact]
    public void agreeing_values_raise_confidence_and_are_reported_as_evidence()
    {
        var result = ColumnClassifier.Classify(new ColumnSample("email", "text", Emails)).ShouldHaveSingleItem();
        result.Confidence.ShouldBeGreaterThan(0.95);
        var value = result.Evidence.Single(e => e.Kind == "value");
        value.Rule.ShouldBe("email.value");
        value.MatchRatio.ShouldBe(1.0);
        value.Detail.ShouldNotContain("@");
    }

    [Fact]
    public void strong_values_alone_classify()
    {
        var result = ColumnClassifier.Classify(new ColumnSample("col_7", "text", Emails)).ShouldHaveSingleItem();
        result.Class.ShouldBe(PiiClasses.Email);
        result.Evidence.ShouldHaveSingleItem().Kind.ShouldBe("value");
    }

    [Fact]
    public void contradicting_values_lower_confidence_below_the_threshold()
    {
        var codes = new string?[] { "101", "102", "205", "310", "311", "402" };
        Classes("phone", "text", codes).ShouldBeEmpty();

        var all = ColumnClassifier.Classify(new ColumnSample("phone", "text", codes), new ClassifierOptions { MinimumConfidence = 0 });
        all.ShouldHaveSingleItem().Confidence.ShouldBeLessThan(0.65);
    }

    [Fact]
    public void nulls_blanks_and_placeholders_do_not_count_as_values()
    {
        var values = new string?[] { null, "", "  ", "N/A", "ann@example.com", "bob@example.org", "cy@example.net", "di@example.com", "ed@example.com" };
        ColumnClassifier.Classify(new ColumnSample("email", "text", values)).Single().Evidence
            .Single(e => e.Kind == "value").MatchRatio.ShouldBe(1.0);
    }

    [Fact]
    public void values_are_ignored_when_sampling_is_not_allowed()
    {
        var result = ColumnClassifier.Classify(new ColumnSample("col_7", "text", Emails), new ClassifierOptions { UseValues = false });
        result.ShouldBeEmpty();
    }

    [Fact]
    public void only_the_first_values_are_inspected()
    {
        string?[] values = ["x", "y", "z", .. Emails, .. Emails];
        Classes("col_7", "text", values).ShouldBe([PiiClasses.Email]);
        ColumnClassifier.Classify(new ColumnSample("col_7", "text", values), new ClassifierOptions { MaxValues = 3 }).ShouldBeEmpty();
    }

    [Fact]
    public void results_are_sorted_by_confidence()
    {
        var result = ColumnClassifier.Classify(
            new ColumnSample("contact_email", "text", Emails), new ClassifierOptions { MinimumConfidence = 0 });
        result.Select(r => r.Confidence).ShouldBe(result.Select(r => r.Confidence).OrderDescending());
    }

    [Theory]
    [InlineData("zip_code")]
    [InlineData("postal_code")]
    [InlineData("order_code")]
    [InlineData("version")]
    [InlineData("build_number")]
    [InlineData("sku")]
    [InlineData("product_id")]
    [InlineData("ip_count")]
    [InlineData("email_count")]
    [InlineData("num_emails")]
    [InlineData("phone_type")]
    [InlineData("card_type")]
    [InlineData("card_last4")]
    [InlineData("created_at")]
    [InlineData("updated_at")]
    [InlineData("email_domain")]
    [InlineData("ip_country")]
    [InlineData("birth_year")]
    [InlineData("ssn_last4")]
    [InlineData("shipping_method")]
    [InlineData("description")]
    public void look_alike_names_are_not_pii(string name) => Classes(name).ShouldBeEmpty();

    [Fact]
    public void boolean_columns_are_never_pii() => Classes("is_email_verified", "boolean", ["true", "false"]).ShouldBeEmpty();

    [Fact]
    public void version_names_suppress_valid_ipv4_literals()
    {
        string?[] versions = ["1.2.3.4", "2.0.0.1", "10.4.1.0", "3.3.3.3", "1.0.0.0"];
        Classes("version", "text", versions).ShouldBeEmpty();
        Classes("build", "text", versions).ShouldBeEmpty();

        // Without a look-alike name the distribution decides (issue 20): small repeated parts are versions.
        Classes("peer", "text", versions).ShouldBeEmpty();
        Classes("peer", "text", ["203.0.113.7", "198.51.100.23", "192.0.2.44", "10.20.30.140", "172.16.4.200"])
            .ShouldBe([PiiClasses.IpAddress]);
    }

    [Fact]
    public void sixteen_digit_amounts_failing_luhn_are_not_cards()
    {
        string?[] amounts = ["1234567812345678", "9876543210987654", "4000000000000001", "5105105105105101", "1111222233334445"];
        Classes("amount", "numeric", amounts).ShouldBeEmpty();
        Classes("value", "text", amounts).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("first_name")]
    [InlineData("last_name")]
    [InlineData("full_name")]
    [InlineData("surname")]
    [InlineData("given_name")]
    [InlineData("customer_name")]
    [InlineData("cardholder_name")]
    public void person_name_columns_are_recognised_by_name(string name) => Classes(name).ShouldBe([PiiClasses.PersonName]);

    [Theory]
    [InlineData("username")]
    [InlineData("user_name")]
    [InlineData("file_name")]
    [InlineData("table_name")]
    [InlineData("product_name")]
    [InlineData("company_name")]
    [InlineData("host_name")]
    [InlineData("display_name")]
    [InlineData("name")]
    public void names_of_things_and_usernames_are_not_person_names(string name) => Classes(name).ShouldBeEmpty();

    [Fact]
    public void a_bare_name_column_is_a_person_name_only_in_a_table_of_people()
    {
        Classes("name", table: "customers").ShouldBe([PiiClasses.PersonName]);
        Classes("name", table: "products").ShouldBeEmpty();
    }

    [Fact]
    public void a_comment_supports_values_but_never_classifies_alone()
    {
        string?[] dates = ["1980-01-02", "1975-11-30", "1990-06-15", "1962-03-03", "2001-12-24"];
        ColumnClassifier.Classify(new ColumnSample("d1", "date", null, Comment: "Customer date of birth")).ShouldBeEmpty();
        var result = ColumnClassifier.Classify(new ColumnSample("d1", "date", dates, Comment: "Customer date of birth")).ShouldHaveSingleItem();
        result.Class.ShouldBe(PiiClasses.DateOfBirth);
        result.Evidence.Select(e => e.Kind).ShouldBe(["comment", "value"]);
    }

    [Fact]
    public void dates_alone_are_not_birth_dates()
    {
        string?[] dates = ["1980-01-02", "1975-11-30", "1990-06-15", "1962-03-03", "2001-12-24"];
        Classes("hire_date", "date", dates).ShouldBeEmpty();
        Classes("birth_date", "date", dates).ShouldBe([PiiClasses.DateOfBirth]);
    }

    [Fact]
    public void timestamps_contradict_a_birth_date_name()
    {
        string?[] stamps = ["2023-01-02 10:11:12", "2024-11-30 08:00:01", "2022-06-15 23:59:59", "2021-03-03 12:30:00", "2020-12-24 18:00:00"];
        Classes("birth_date", "text", stamps).ShouldBeEmpty();
    }
}
