using DataSpine.Grains.Catalog.Classification;

namespace DataSpine.Grains.Tests.Catalog.Classification;

public sealed class MixedColumnTests
{
    [Fact]
    public void a_contact_column_of_emails_and_phones_gets_both_classes_by_share()
    {
        string?[] values =
        [
            "ann@example.com", "+1 415 555 0132", "bob@example.org", "+44 20 7946 0958", "cy@example.net",
            "+49 30 901820", "di@example.com", "(212) 555-0100", "+33 1 42 68 53 00", "ed@example.io",
        ];
        var result = ColumnClassifier.Classify(new ColumnSample("contact", "text", values));

        result.Select(r => r.Class).ShouldBe([PiiClasses.Email, PiiClasses.Phone], ignoreOrder: true);
        result.Single(r => r.Class == PiiClasses.Email).Evidence.Single().MatchRatio.ShouldBe(0.5);
        result.Single(r => r.Class == PiiClasses.Phone).Evidence.Single().MatchRatio.ShouldBe(0.5);
    }

    [Fact]
    public void message_ids_are_not_email_addresses()
    {
        string?[] values = ["<20240107.1234.abc@mail.example.com>", "<CAF3x9Q@mail.example.com>", "<a1b2c3@mx.example.org>", "<zz99@mail.example.com>", "<q7@example.net>"];
        ColumnClassifier.Classify(new ColumnSample("message_id", "text", values)).ShouldBeEmpty();
        ColumnClassifier.Classify(new ColumnSample("col3", "text", values)).ShouldBeEmpty();
    }

    [Fact]
    public void from_address_is_an_email_column_not_a_postal_address()
    {
        var result = ColumnClassifier.Classify(new ColumnSample("from_address", "text", null));
        result.Select(r => r.Class).ShouldBe([PiiClasses.Email]);
    }

    [Fact]
    public void a_minority_class_of_one_in_four_values_is_still_reported()
    {
        string?[] values =
        [
            "ann@example.com", "+1 415 555 0132", "+44 20 7946 0958", "+49 30 901820", "bob@example.org",
            "(212) 555-0100", "+33 1 42 68 53 00", "+61 2 9876 5432", "+81 3-1234-5678", "+7 495 123-45-67",
            "cy@example.net", "+86 138 0013 8000",
        ];
        ColumnClassifier.Classify(new ColumnSample("contact_info", "text", values)).Select(c => c.Class)
            .ShouldBe([PiiClasses.Phone, PiiClasses.Email], ignoreOrder: true);
    }

    [Fact]
    public void host_and_port_values_contradict_an_address_name()
    {
        string?[] values = ["web-01.prod.example.net:8080", "db-02.internal:5432", "10.0.0.4:443", "cache-3.example.net:6379", "mx-1.example.net:25"];
        ColumnClassifier.Classify(new ColumnSample("backend_address", "text", values)).ShouldNotContain(c => c.Class == PiiClasses.PostalAddress);
    }

    [Fact]
    public void a_name_that_describes_the_value_still_lets_unambiguous_values_speak()
    {
        string?[] phones = ["+1 415 555 0132", "+44 20 7946 0958", "+49 30 901820", "+33 1 42 68 53 00", "+61 2 9876 5432"];
        ColumnClassifier.Classify(new ColumnSample("Recovery Phone [MUST BE IN THE E.164 FORMAT]", "text", phones))
            .Select(c => c.Class).ShouldBe([PiiClasses.Phone]);

        string?[] kinds = ["mobile", "home", "work", "fax", "mobile"];
        ColumnClassifier.Classify(new ColumnSample("phone_type", "text", kinds)).ShouldBeEmpty();
    }
}
